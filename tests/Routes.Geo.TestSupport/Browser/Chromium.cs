using System.Diagnostics;

namespace Routes.Geo.TestSupport;

/// <summary>
/// Debian's headless Chromium, run the way CI can: no sandbox (root in a container), no GPU, no
/// background or component traffic, a fresh profile each run. Missing Chromium fails the test.
/// </summary>
public static class Chromium
{
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    public static string Executable { get; } = Find();

    /// <summary>Runs Chromium on <paramref name="url"/> with extra arguments; returns stdout and stderr.</summary>
    public static (string Stdout, string Stderr) Run(string url, params string[] extra)
    {
        string profile = Directory.CreateTempSubdirectory("chromium-profile-").FullName;
        try
        {
            var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (string arg in (string[])[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                $"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000", .. extra, url])
            {
                start.ArgumentList.Add(arg);
            }

            using Process process = Process.Start(start)!;
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"Chromium did not finish within 90 s on {url}.");
            }

            return (stdout.Result, stderr.Result);
        }
        finally
        {
            Directory.Delete(profile, true);
        }
    }

    /// <summary>Console errors, uncaught exceptions and failed loads that Chromium logged for the page.</summary>
    public static string[] PageErrors(string stderr) =>
        [.. stderr.Split('\n').Where(l =>
            (l.Contains("CONSOLE", StringComparison.Ordinal) && (l.Contains("Uncaught", StringComparison.Ordinal) || l.Contains("Error", StringComparison.Ordinal)))
            || l.Contains("net::ERR_", StringComparison.Ordinal)
            || l.Contains("Failed to load resource", StringComparison.Ordinal))];

    private static string Find()
    {
        foreach (string folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            foreach (string name in Names)
            {
                string path = Path.Combine(folder, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return "";
    }

    /// <summary>Fails (never skips) with how to install it when Chromium is not on PATH.</summary>
    public static void Require() =>
        Assert.True(Executable.Length > 0,
            "Chromium is not installed, so the offline map page cannot be tested in a browser: run 'apt-get install -y chromium' (bash .ci/run installs it).");
}
