using System.Diagnostics;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode <c>breakdown [--extract E] [--profile P]</c>: where a query's time goes on a real extract
/// (snap, search alone, whole query) per pair set and algorithm, and what preparation builds and keeps.
/// </summary>
internal static class BreakdownRun
{
    public static int Run(Options options)
    {
        foreach (string extract in options.Text("extract", string.Join(',', Extracts.Names)).Split(','))
        {
            foreach (string profile in options.Text("profile", "foot,car").Split(','))
            {
                Extracts.Network(extract);
                var graphWatch = Stopwatch.StartNew();
                RoutingGraph graph = Extracts.Graph(extract, profile);
                double graphMs = graphWatch.Elapsed.TotalMilliseconds;
                graphWatch.Restart();
                for (int i = 0; i < 10; i++)
                {
                    StrongComponents.LargeEdges(graph);
                }

                double componentsMs = graphWatch.Elapsed.TotalMilliseconds / 10;
                Console.WriteLine($"## {extract} {profile}: graph built in {graphMs:0.0} ms (first build, JIT included); its strongly connected components take {componentsMs:0.00} ms (mean of 10 more)");
                long live = Memory.LiveManagedBytes();
                long allocated = Memory.AllocatedBytes();
                var watch = Stopwatch.StartNew();
                ContractionHierarchy ch = graph.Prepare(RouteMetric.Fastest);
                double seconds = watch.Elapsed.TotalSeconds;
                long kept = Memory.LiveManagedBytes() - live;
                Console.WriteLine($"## {extract} {profile}: CH {ch.NodeCount:N0} nodes, {ch.OriginalArcCount:N0} arcs, {ch.ShortcutCount:N0} shortcuts; " +
                    $"first preparation {seconds:0.000} s (JIT included), allocated {Memory.Mb(Memory.AllocatedBytes() - allocated)}, " +
                    $"kept {Memory.Mb(kept)} = {(double)kept / graph.Network.VertexCount:0} B/vertex");
                Console.WriteLine("| pairs | route km (median) | snap µs (median / p90 / p99) | route building µs (median / p90 / p99; edges, points) | algorithm | search only µs (median / p90 / p99) | whole query µs (median / p90 / p99) | CPU/wall |");
                Console.WriteLine("|---|---:|---:|---:|---|---:|---:|---:|");
                QueryTimer.WarmUp(graph, QueryPairs.Of(graph, PairSet.Mixed));
                foreach (PairSet set in Enum.GetValues<PairSet>())
                {
                    var pairs = QueryPairs.Of(graph, set).ToList();
                    string km = (Percentiles.Of(QueryTimer.Lengths(graph, pairs), 50) / 1000).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
                    QueryTimer.Snap(graph, pairs.Select(p => p.From));
                    string snap = Percentiles.Summary(QueryTimer.Snap(graph, pairs.SelectMany(p => new[] { p.From, p.To })), 1e6);
                    QueryTimer.Build(graph, pairs);
                    (List<double> buildTimes, double edges, double points) = QueryTimer.Build(graph, pairs, 5);
                    string build = $"{Percentiles.Summary(buildTimes, 1e6)}; {edges:0}, {points:0}";
                    foreach (RouteAlgorithm algorithm in (RouteAlgorithm[])[RouteAlgorithm.Dijkstra, RouteAlgorithm.AStar, RouteAlgorithm.ContractionHierarchy])
                    {
                        QueryTimer.Full(graph, pairs, algorithm);
                        string search = Percentiles.Summary(QueryTimer.SearchOnly(graph, pairs, algorithm, 5), 1e6);
                        (List<double> times, double share) = CpuShare.Of(() => QueryTimer.Full(graph, pairs, algorithm, 5));
                        string full = Percentiles.Summary(times, 1e6);
                        Console.WriteLine($"| {set} | {km} | {snap} | {build} | {algorithm} | {search} | {full} | {share:0.00} |");
                    }
                }
            }
        }

        return 0;
    }
}
