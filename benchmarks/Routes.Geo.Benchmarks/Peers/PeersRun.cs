using System.Globalization;
using Routes.Geo.Benchmarks.Measure;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks.Peers;

/// <summary>
/// Console mode <c>peers [--extract E] [--profile car|foot] [--repeat R]</c>: our in-process searches and the
/// peers on the same extract and the same pairs (the Mixed, Short and Long sets of the query benchmarks).
/// </summary>
internal static class PeersRun
{
    public static int Run(Options options)
    {
        string extract = options.Text("extract", "monaco"), profile = options.Text("profile", "car");
        int repeat = options.Int("repeat", 5);
        RoutingGraph graph = Extracts.Graph(extract, profile);
        graph.Prepare(RouteMetric.Fastest);
        using RoutinoPeer routino = RoutinoPeer.Build(Extracts.PbfPath(extract), profile);
        Console.WriteLine($"## Peers on {extract}, {profile}; Routino database built in {routino.BuildSeconds:0.000} s (planetsplitter, wall)");
        Console.WriteLine($"- {routino.Name}: {routino.Includes}");
        Console.WriteLine("- ours: in-process, one public query (snap both points, search, build the route), already loaded and warmed up");
        Console.WriteLine("- pgRouting: " + PgRoutingHook.Status);
        Console.WriteLine();
        Console.WriteLine("| pairs | router | found | per query (median / p90 / p99) | own total (median) | own search (median) |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (PairSet set in Enum.GetValues<PairSet>())
        {
            var pairs = QueryPairs.Of(graph, set).ToList();
            foreach (RouteAlgorithm algorithm in (RouteAlgorithm[])[RouteAlgorithm.Dijkstra, RouteAlgorithm.AStar, RouteAlgorithm.ContractionHierarchy])
            {
                QueryTimer.Full(graph, pairs, algorithm);
                int found = pairs.Count(p => graph.Route().From(p.From).To(p.To).Using(algorithm).Calculate().IsFound);
                (List<double> times, double share) = CpuShare.Of(() => QueryTimer.Full(graph, pairs, algorithm, repeat));
                Console.WriteLine($"| {set} | ours {algorithm} | {found}/{pairs.Count} | {Percentiles.Summary(times, 1e6)} µs | CPU/wall {share:0.00} | |");
            }

            routino.Route(pairs[0].From, pairs[0].To);
            var timings = pairs.Select(p => routino.Route(p.From, p.To)).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {set} | Routino | {timings.Count(t => t.Found)}/{pairs.Count} | {Percentiles.Summary([.. timings.Select(t => t.WallSeconds)], 1e3, "0.00")} ms | " +
                $"{Percentiles.Of([.. timings.Where(t => t.OwnTotalSeconds is not null).Select(t => t.OwnTotalSeconds!.Value)], 50) * 1e6:0} µs | " +
                $"{Percentiles.Of([.. timings.Where(t => t.OwnSearchSeconds is not null).Select(t => t.OwnSearchSeconds!.Value)], 50) * 1e6:0} µs |"));
        }

        return 0;
    }
}
