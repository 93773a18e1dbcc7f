using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Benchmarks.Measure;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Benchmarks.Synthetic;

/// <summary>
/// Console mode <c>scaling --nodes N [--layout streets|mesh] [--seed S] [--queries Q] [--dijkstra D] [--no-ch]</c>: builds one synthetic
/// network, then times and weighs each step (car profile, fastest) and the queries on random junction pairs.
/// Not BenchmarkDotNet: one preparation of a large network takes too long to repeat.
/// </summary>
internal static class ScalingRun
{
    private static TimeSpan _lastCpu;

    public static int Run(Options options)
    {
        int nodes = options.Int("nodes", 100_000), seed = options.Int("seed", 1), queries = options.Int("queries", 100), dijkstra = options.Int("dijkstra", 10);
        SyntheticLayout layout = Enum.Parse<SyntheticLayout>(options.Text("layout", "streets"), ignoreCase: true);
        int side = SyntheticNetwork.SideFor(nodes, layout);
        Console.WriteLine($"## Synthetic network ({layout}), about {nodes:N0} junctions requested: {side}x{side} grid, seed {seed}");
        long live0 = Memory.LiveManagedBytes();

        _lastCpu = ProcessCpu();
        var watch = Stopwatch.StartNew();
        RoadNetwork network = SyntheticNetwork.Build(side, seed, layout);
        Row("build (RoadNetworkBuilder)", watch, $"{network.VertexCount:N0} vertices, {network.EdgeCount:N0} edges, {network.WayCount:N0} ways");
        long liveNetwork = Memory.LiveManagedBytes() - live0;
        Row("network live heap", $"{Memory.Mb(liveNetwork)} = {(double)liveNetwork / network.VertexCount:0} B/vertex");

        _lastCpu = ProcessCpu();
        watch.Restart();
        RoutingGraph graph = new Router(network).GraphFor(TravelProfiles.Car);
        Row("routing graph (car)", watch, $"{graph.UsableEdgeCount:N0} usable edges");
        long liveGraph = Memory.LiveManagedBytes() - live0 - liveNetwork;
        Row("graph live heap", $"{Memory.Mb(liveGraph)} = {(double)liveGraph / network.VertexCount:0} B/vertex");

        GeoPoint[] points = [.. Enumerable.Range(0, 2 * queries).Select(i => network.GetVertex(new Random(seed + 1000 + i).Next(network.VertexCount)))];
        var pairs = Enumerable.Range(0, queries).Select(i => (points[2 * i], points[(2 * i) + 1])).ToList();
        Row("snap per point (µs, median / p90 / p99)", Percentiles.Summary(QueryTimer.Snap(graph, points), 1e6));
        QueryTimer.Full(graph, pairs.Take(3).ToList(), RouteAlgorithm.AStar);
        Row($"A* per query, {queries} pairs (ms, median / p90 / p99)", Percentiles.Summary(QueryTimer.Full(graph, pairs, RouteAlgorithm.AStar), 1e3, "0.00"));
        var dijkstraPairs = pairs.Take(dijkstra).ToList();
        List<double> dijkstraTimes = QueryTimer.Full(graph, dijkstraPairs, RouteAlgorithm.Dijkstra);
        if (dijkstra > 0)
        {
            Row($"Dijkstra per query, {dijkstraPairs.Count} pairs (ms, median / p90 / p99)", Percentiles.Summary(dijkstraTimes, 1e3, "0.00"));
        }

        if (options.Has("no-ch"))
        {
            Row("peak working set", Memory.Mb(Memory.PeakWorkingSetBytes()));
            return 0;
        }

        long allocated = Memory.AllocatedBytes();
        _lastCpu = ProcessCpu();
        watch.Restart();
        ContractionHierarchy ch = graph.Prepare(RouteMetric.Fastest);
        Row("CH preparation (fastest)", watch, $"{ch.Kind} hierarchy, {ch.NodeCount:N0} nodes, {ch.OriginalArcCount:N0} arcs, {ch.ShortcutCount:N0} shortcuts");
        Row("CH preparation allocated", Memory.Mb(Memory.AllocatedBytes() - allocated));
        long liveCh = Memory.LiveManagedBytes() - live0 - liveNetwork - liveGraph;
        Row("CH live heap", $"{Memory.Mb(liveCh)} = {(double)liveCh / network.VertexCount:0} B/vertex, {(double)liveCh / ch.NodeCount:0} B/CH node");
        QueryTimer.Full(graph, pairs.Take(3).ToList(), RouteAlgorithm.ContractionHierarchy);
        Row($"CH per query, {queries} pairs (µs, median / p90 / p99)", Percentiles.Summary(QueryTimer.Full(graph, pairs, RouteAlgorithm.ContractionHierarchy, 3), 1e6));
        Row("CH search only (µs, median / p90 / p99)", Percentiles.Summary(QueryTimer.SearchOnly(graph, pairs, RouteAlgorithm.ContractionHierarchy, 3), 1e6));
        Row("route length (km, median / p90 / p99)", Percentiles.Summary(QueryTimer.Lengths(graph, pairs), 1e-3));
        if (dijkstraPairs.Count > 0)
        {
            // The same pairs Dijkstra ran, each timed 3 times on the hierarchy; a pair's speed-up uses its median.
            List<double> chTimes = QueryTimer.Full(graph, dijkstraPairs, RouteAlgorithm.ContractionHierarchy, 3);
            double[] ratios = [.. dijkstraPairs.Select((_, i) => dijkstraTimes[i] / Percentiles.Of([chTimes[i], chTimes[dijkstraPairs.Count + i], chTimes[(2 * dijkstraPairs.Count) + i]], 50))];
            Row($"CH per query on the {dijkstraPairs.Count} Dijkstra pairs (µs, median / p90 / p99)", Percentiles.Summary(chTimes, 1e6));
            // Lengths per pair (0 where no route), to single out the long routes the ratio is about.
            double[] metres = [.. dijkstraPairs.Select(p => graph.Route().From(p.Item1).To(p.Item2).Using(RouteAlgorithm.ContractionHierarchy).Calculate() is { IsFound: true } r ? r.Route.LengthMetres : 0)];
            double medianMetres = Percentiles.Of(metres, 50);
            double[] longRatios = [.. ratios.Where((_, i) => metres[i] >= medianMetres)];
            Row("their route length (km, median / min / max)", string.Create(CultureInfo.InvariantCulture,
                $"{medianMetres / 1e3:0.0} / {metres.Min() / 1e3:0.0} / {metres.Max() / 1e3:0.0}"));
            Row("speed-up per pair, whole query (Dijkstra / CH: median / min / max)", string.Create(CultureInfo.InvariantCulture,
                $"{Percentiles.Of(ratios, 50):0} / {ratios.Min():0.0} / {ratios.Max():0}"));
            Row($"the same on the {longRatios.Length} longer routes (≥ {medianMetres / 1e3:0.0} km)", string.Create(CultureInfo.InvariantCulture,
                $"{Percentiles.Of(longRatios, 50):0} / {longRatios.Min():0} / {longRatios.Max():0}"));
        }

        Row("peak working set", Memory.Mb(Memory.PeakWorkingSetBytes()));
        return 0;
    }

    // CPU seconds beside wall seconds: on a shared machine the wall figure includes waiting for a core.
    private static void Row(string what, Stopwatch watch, string detail)
    {
        TimeSpan cpu = ProcessCpu();
        Row(what, string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:0.00} s wall, {(cpu - _lastCpu).TotalSeconds:0.00} s CPU; {detail}"));
        _lastCpu = cpu;
    }

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void Row(string what, string value) => Console.WriteLine($"| {what} | {value} |");
}
