using System.Diagnostics;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Fuzz;

/// <summary>
/// Runs the fuzz harness (tests/Routes.Geo.Fuzz) as a process for 20 s per reader: every mutant must
/// end in success or a typed error. A separate process, so a hang or a blow-up cannot take the test host down.
/// </summary>
public sealed partial class ReaderFuzzTests(ITestOutputHelper output) : IDisposable
{
    // Fixed, so a CI failure is rebuilt locally with the same --seed and the iteration it prints.
    private const string Seed = "20261201";
    private readonly string _out = Directory.CreateTempSubdirectory("routes-geo-fuzz-test-").FullName;

    [Theory]
    [InlineData("pbf")]
    [InlineData("geojson")]
    [InlineData("saved")]
    public void TwentySecondsOfMutants_EndInSuccessOrATypedError(string target)
    {
        (int exitCode, string text) = RunHarness("--target", target, "--seconds", "20", "--seed", Seed, "--out", _out);

        Assert.True(InputsTried(text, target) > 0, "the harness tried no input:\n" + text);
        Assert.True(exitCode == 0, $"fuzzing {target} found untyped exceptions, hangs, bad output or memory blow-ups; replay with the files named below:\n{text}");
    }

    [Fact]
    public void SameSeedAndIterations_GiveTheSameCounts()
    {
        string[] run = ["--target", "all", "--iterations", "100", "--seed", Seed, "--out", _out];

        string first = Counts(RunHarness(run).Text), second = Counts(RunHarness(run).Text);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    public void Dispose() => Directory.Delete(_out, recursive: true);

    // Not CliProcess: that one runs routes-geo with a user cache of its own; this is another program.
    private (int ExitCode, string Text) RunHarness(params string[] args)
    {
        string configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(SharedData.RepositoryRoot(), "tests", "Routes.Geo.Fuzz", "bin", configuration, "net10.0", "Routes.Geo.Fuzz.dll"));
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the fuzz harness ({string.Join(' ', args)}) did not finish in 10 minutes.");
        }

        string text = stdout.Result + stderr.Result;
        output.WriteLine(text);
        Assert.NotEqual(2, process.ExitCode);
        return (process.ExitCode, text);
    }

    private static long InputsTried(string text, string target) =>
        InputsLine().Match(text) is { Success: true } m && m.Groups[1].Value == target ? long.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    // The summary without its timings: outcome counts depend only on seed and iteration.
    private static string Counts(string text) =>
        string.Join('\n', text.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.Contains(" ms", StringComparison.Ordinal) && !l.Contains("allocated", StringComparison.Ordinal))
            .Select(l => InSeconds().Replace(l, "")));

    [GeneratedRegex(@"target (\w+): (\d+) inputs")]
    private static partial Regex InputsLine();

    [GeneratedRegex(@" in \d+ s")]
    private static partial Regex InSeconds();
}
