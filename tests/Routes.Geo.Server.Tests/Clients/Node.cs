using System.Diagnostics;

namespace Routes.Geo.Server.Tests.Clients;

/// <summary>Runs a script of Clients/ with node, in the test project's folder (where npm ci put node_modules).</summary>
internal static class Node
{
    public static string Run(string script, params string[] arguments)
    {
        string folder = SharedData.ProjectFolder();
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "osrm-text-instructions")),
            $"The npm clients are not installed: run 'npm ci' in {folder} (bash .ci/run does).");
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(folder, "Clients", script));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {script} did not finish within 60 s.");
        }

        Assert.True(process.ExitCode == 0, $"node {script} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
