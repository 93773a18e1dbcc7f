using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Routes.Geo.TestSupport.Peers;

namespace Routes.Geo.Benchmarks.Peers;

/// <summary>
/// Routino 3.3 (Debian package <c>routino</c>): <c>planetsplitter</c> builds its database once with stock
/// tagging and default pruning, then one <c>routino-router --quickest --output-none --logtime</c> process per query.
/// </summary>
internal sealed partial class RoutinoPeer : IRoutePeer
{
    private readonly RoutinoRunner _runner;
    private readonly string _profile;

    private RoutinoPeer(RoutinoRunner runner, string profile, double buildSeconds)
    {
        _runner = runner;
        _profile = profile;
        BuildSeconds = buildSeconds;
    }

    public string Name => "Routino 3.3 (process per query)";

    public string Includes =>
        "wall: process start, memory-mapping the database, snapping both points, the search, exit (no output written); " +
        "own: routino-router's --logtime total from main() to exit (no process start); own search: its start+finish+middle+combined route steps";

    public (string Wall, string? OwnTotal) ChartSeries => ("Routino (one process per query)", "Routino (its --logtime total, no process start)");

    /// <summary>planetsplitter's wall time for the extract.</summary>
    public double BuildSeconds { get; }

    public static RoutinoPeer Build(string pbf, string profile)
    {
        var watch = Stopwatch.StartNew();
        RoutinoRunner runner = RoutinoRunner.Build(pbf, prune: true);
        return new RoutinoPeer(runner, profile == "car" ? "motorcar" : profile, watch.Elapsed.TotalSeconds);
    }

    public PeerTiming Route(GeoPoint from, GeoPoint to)
    {
        long start = Stopwatch.GetTimestamp();
        (int code, string stdout, string stderr) = _runner.RunRouter(
        [
            "--profile=" + _profile, "--quickest", "--output-none", "--loggable", "--logtime",
            Invariant($"--lat1={from.Latitude:0.#######}"), Invariant($"--lon1={from.Longitude:0.#######}"),
            Invariant($"--lat2={to.Latitude:0.#######}"), Invariant($"--lon2={to.Longitude:0.#######}"),
        ]);
        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        string output = stdout + stderr;
        double? total = null, search = null;
        foreach (Match m in LogLine().Matches(output))
        {
            double seconds = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * 60) + double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            string step = m.Groups[3].Value;
            if (step.StartsWith("Finish Program", StringComparison.Ordinal))
            {
                total = seconds;
            }
            else if (step.Contains(" Route", StringComparison.Ordinal))
            {
                search = (search ?? 0) + seconds;
            }
        }

        return new PeerTiming(code == 0 && output.Contains("Routed OK", StringComparison.Ordinal), wall, total, search);
    }

    public void Dispose() => _runner.Dispose();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\[\s*(\d+):(\d+\.\d+)\] (.+)$", RegexOptions.Multiline)]
    private static partial Regex LogLine();
}
