using System.Globalization;
using Routes.Geo.Benchmarks.Measure;
using Routes.Geo.Routing;
using Routes.Geo.TestSupport.Peers;

namespace Routes.Geo.Benchmarks.Peers;

/// <summary>
/// Console mode <c>peers [--extract E[,E...]] [--profile car|foot[,...]] [--repeat R]</c>: our in-process searches,
/// Routino and pgRouting on the same extract and the same pairs (the Mixed, Short and Long sets of the query
/// benchmarks), then a table of the Long pairs' medians for the charts.
/// </summary>
internal static class PeersRun
{
    public static int Run(Options options)
    {
        string[] extracts = options.Text("extract", "monaco").Split(','), profiles = options.Text("profile", "car").Split(',');
        int repeat = options.Int("repeat", 5);
        using PgRoutingServer server = PgRoutingServer.Start();
        Console.WriteLine($"# Peers: {server.Versions}, private instance started in {server.StartTime.TotalSeconds:0.0} s; .NET {Environment.Version}");
        Console.WriteLine();
        var chart = new List<ChartRow>();
        foreach (string extract in extracts)
        {
            foreach (string profile in profiles)
            {
                chart.AddRange(RunOne(server, extract, profile, repeat));
            }
        }

        PeersChartTable.Write(chart, extracts);
        return 0;
    }

    private static List<ChartRow> RunOne(PgRoutingServer server, string extract, string profile, int repeat)
    {
        RoutingGraph graph = Extracts.Graph(extract, profile);
        graph.Prepare(RouteMetric.Fastest);
        using RoutinoPeer routino = RoutinoPeer.Build(Extracts.PbfPath(extract), profile);
        using PgRoutingPeer pgRouting = PgRoutingPeer.Load(server, graph, $"{extract}_{profile}");
        IRoutePeer[] peers = [routino, pgRouting];
        Console.WriteLine($"## Peers on {extract}, {profile}");
        Console.WriteLine($"- load average at the start: {LoadAverage()}");
        Console.WriteLine($"- Routino database built in {routino.BuildSeconds:0.000} s (planetsplitter, wall); pgRouting table of " +
            $"{pgRouting.Table.Rows.Count:N0} edges (barrier vertices: {pgRouting.Table.BlockedVertices}, split into {pgRouting.Table.SplitCopies} ends) built and loaded in {pgRouting.LoadSeconds:0.000} s");
        Console.WriteLine("- ours: in-process, one public query (snap both points, search, build the route), already loaded and warmed up");
        foreach (IRoutePeer peer in peers)
        {
            Console.WriteLine($"- {peer.Name}: {peer.Includes}");
        }

        Console.WriteLine();
        Console.WriteLine("| pairs | router | found | per query (median / p90 / p99) | own total (median) | own search (median) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        var chart = new List<ChartRow>();
        var notes = new List<string>();
        QueryTimer.WarmUp(graph, QueryPairs.Of(graph, PairSet.Mixed));
        foreach (PairSet set in Enum.GetValues<PairSet>())
        {
            var pairs = QueryPairs.Of(graph, set).ToList();
            foreach (RouteAlgorithm algorithm in (RouteAlgorithm[])[RouteAlgorithm.Dijkstra, RouteAlgorithm.AStar, RouteAlgorithm.ContractionHierarchy])
            {
                QueryTimer.Full(graph, pairs, algorithm);
                int found = pairs.Count(p => graph.Route().From(p.From).To(p.To).Using(algorithm).Calculate().IsFound);
                (List<double> times, double share) = CpuShare.Of(() => QueryTimer.Full(graph, pairs, algorithm, repeat));
                Console.WriteLine($"| {set} | ours {algorithm} | {found}/{pairs.Count} | {Percentiles.Summary(times, 1e6)} µs | CPU/wall {share:0.00} | |");
                if (set == PairSet.LongRoutes && algorithm != RouteAlgorithm.AStar)
                {
                    string name = algorithm == RouteAlgorithm.Dijkstra ? "Dijkstra" : "CH";
                    chart.Add(new ChartRow(extract, profile, $"Routes.Geo {name} (in process, whole query)", Percentiles.Of(times, 50)));
                }
            }

            double?[] ours = [.. pairs.Select(p => graph.Route().From(p.From).To(p.To).Using(RouteAlgorithm.Dijkstra).Calculate())
                .Select(r => r.IsFound ? (double?)r.Route.DurationSeconds : null)];
            foreach (IRoutePeer peer in peers)
            {
                peer.Route(pairs[0].From, pairs[0].To);
                var timings = pairs.Select(p => peer.Route(p.From, p.To)).ToList();
                List<double> wall = [.. timings.Select(t => t.WallSeconds)];
                List<double> total = [.. timings.Where(t => t.OwnTotalSeconds is not null).Select(t => t.OwnTotalSeconds!.Value)];
                List<double> search = [.. timings.Where(t => t.OwnSearchSeconds is not null).Select(t => t.OwnSearchSeconds!.Value)];
                Console.WriteLine($"| {set} | {peer.Name} | {timings.Count(t => t.Found)}/{pairs.Count} | {Percentiles.Summary(wall, 1e3, "0.00")} ms | {Median(total)} | {Median(search)} |");
                if (timings.Any(t => t.Cost is not null))
                {
                    notes.Add($"{set}, {peer.Name}: {CostCheck.Describe(ours, [.. timings.Select(t => t.Cost)])}");
                }

                if (set == PairSet.LongRoutes)
                {
                    chart.Add(new ChartRow(extract, profile, peer.ChartSeries.Wall, Percentiles.Of(wall, 50)));
                    if (peer.ChartSeries.OwnTotal is { } own && total.Count > 0)
                    {
                        chart.Add(new ChartRow(extract, profile, own, Percentiles.Of(total, 50)));
                    }
                }
            }
        }

        Console.WriteLine();
        List<GeoPoint> someVertices = [.. QueryPairs.RandomPoints(graph, 20, 44)];
        double fixedCost = Percentiles.Of([.. someVertices.Select(pgRouting.FixedCostSeconds)], 50);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- pgRouting, pgr_dijkstra from a vertex to itself (no path to search; edges read and graph built), server-side execution, median of {someVertices.Count} vertices: {fixedCost * 1e6:N0} µs"));
        double roundTrip = Percentiles.Of([.. Enumerable.Range(0, 20).Select(_ => pgRouting.RoundTripSeconds())], 50);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"- pgRouting, a bare round trip on the same connection (prepared `SELECT 1`, our Stopwatch), median of 20: {roundTrip * 1e6:N0} µs"));
        Console.WriteLine($"- pgRouting snapping: {pgRouting.SnapSummary()}");
        foreach (string note in notes)
        {
            Console.WriteLine($"- cost check, {note}");
        }

        Console.WriteLine($"- load average at the end: {LoadAverage()}");
        Console.WriteLine();
        return chart;
    }

    private static string Median(List<double> seconds) => seconds.Count == 0 ? "—" :
        (Percentiles.Of(seconds, 50) * 1e6).ToString("N0", CultureInfo.InvariantCulture) + " µs";

    // The machine is shared: the 1, 5 and 15 minute load averages say how much else ran.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
