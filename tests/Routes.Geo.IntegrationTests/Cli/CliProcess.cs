using System.Diagnostics;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>What a run of routes-geo gave: its exit code and both output streams.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>True when the error stream shows no .NET stack trace.</summary>
    public bool HasNoStackTrace => !Error.Contains("   at ", StringComparison.Ordinal) && !Error.Contains("Exception:", StringComparison.Ordinal);
}

/// <summary>Runs the built routes-geo tool (same configuration as the tests) from the repository root, as a user would.</summary>
internal static class CliProcess
{
    /// <summary>The user cache folder the tool sees ($XDG_CACHE_HOME): one per test run, so that runs do not share prepared networks.</summary>
    public static string UserCacheRoot { get; } = Path.Combine(Path.GetTempPath(), $"routes-geo-cli-tests-{Environment.ProcessId}");

    public static CliRun Run(params string[] args) => RunWithUserCache(UserCacheRoot, args);

    /// <summary>Runs the tool with <paramref name="userCacheRoot"/> as its $XDG_CACHE_HOME.</summary>
    public static CliRun RunWithUserCache(string userCacheRoot, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["XDG_CACHE_HOME"] = userCacheRoot;
        start.ArgumentList.Add(ToolPath());
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"routes-geo {string.Join(' ', args)} did not finish in 3 minutes.");
        }

        return new CliRun(process.ExitCode, output.Result, error.Result);
    }

    public static string RepositoryRoot() => SharedData.RepositoryRoot();

    // bin/<Configuration>/net10.0/ of the tests tells which build of the tool to run.
    public static string ToolPath()
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        return Path.Combine(RepositoryRoot(), "samples", "Routes.Geo.Cli", "bin", configuration, "net10.0", "routes-geo.dll");
    }
}
