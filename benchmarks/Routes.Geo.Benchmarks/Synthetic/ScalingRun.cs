using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Benchmarks.Measure;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Osm;
using Routes.Geo.Storage;

namespace Routes.Geo.Benchmarks.Synthetic;

/// <summary>
/// Console mode <c>scaling --nodes N [--layout streets|mesh] [--seed S] [--queries Q] [--astar A] [--dijkstra D] [--no-ch] [--no-cch]
/// [--customizations C] [--profile car|foot|bicycle] [--save PATH] [--pbf FILE.osm.pbf]</c>: builds one synthetic network (or
/// imports <c>--pbf</c>, for example one <see cref="SyntheticOsmRun"/> wrote), then times and weighs each step (car by default, fastest)
/// and the queries on random junction pairs: the plain hierarchy, then the customizable one (<see cref="ScalingCch"/>);
/// <c>--save</c> writes the network (with the fastest hierarchy when it was prepared) as a saved network.
/// Not BenchmarkDotNet: one preparation of a large network takes too long to repeat.
/// </summary>
internal static class ScalingRun
{
    private static TimeSpan _lastCpu;

    public static int Run(Options options)
    {
        int nodes = options.Int("nodes", 100_000), seed = options.Int("seed", 1), queries = options.Int("queries", 100), dijkstra = options.Int("dijkstra", 10);
        int astar = options.Int("astar", queries);
        SyntheticLayout layout = Enum.Parse<SyntheticLayout>(options.Text("layout", "streets"), ignoreCase: true);
        int side = SyntheticNetwork.SideFor(nodes, layout);
        string pbf = options.Text("pbf", "");
        Console.WriteLine(pbf.Length > 0 ? $"## {pbf} (imported)" : $"## Synthetic network ({layout}), about {nodes:N0} junctions requested: {side}x{side} grid, seed {seed}");
        long live0 = Memory.LiveManagedBytes();

        _lastCpu = ProcessCpu();
        var watch = Stopwatch.StartNew();
        RoadNetwork network = pbf.Length > 0 ? OsmNetwork.Load(pbf) : SyntheticNetwork.Build(side, seed, layout);
        Row(pbf.Length > 0 ? "import (OsmNetwork.Load)" : "build (RoadNetworkBuilder)", watch, $"{network.VertexCount:N0} vertices, {network.EdgeCount:N0} edges, {network.WayCount:N0} ways");
        Row("peak working set so far", Memory.Mb(Memory.PeakWorkingSetBytes()));
        long liveNetwork = Memory.LiveManagedBytes() - live0;
        Row("network live heap", $"{Memory.Mb(liveNetwork)} = {(double)liveNetwork / network.VertexCount:0} B/vertex");

        _lastCpu = ProcessCpu();
        watch.Restart();
        string profile = options.Text("profile", "car");
        RoutingGraph graph = new Router(network).GraphFor(TravelProfiles.ByName(profile));
        Row($"routing graph ({profile})", watch, $"{graph.UsableEdgeCount:N0} usable edges");
        long liveGraph = Memory.LiveManagedBytes() - live0 - liveNetwork;
        Row("graph live heap", $"{Memory.Mb(liveGraph)} = {(double)liveGraph / network.VertexCount:0} B/vertex");

        GeoPoint[] points = [.. Enumerable.Range(0, 2 * queries).Select(i => network.GetVertex(new Random(seed + 1000 + i).Next(network.VertexCount)))];
        var pairs = Enumerable.Range(0, queries).Select(i => (points[2 * i], points[(2 * i) + 1])).ToList();
        Row("snap per point (µs, median / p90 / p99)", Percentiles.Summary(QueryTimer.Snap(graph, points), 1e6));
        if (astar > 0)
        {
            QueryTimer.Full(graph, pairs.Take(3).ToList(), RouteAlgorithm.AStar);
            Row($"A* per query, {Math.Min(astar, queries)} pairs (ms, median / p90 / p99)", Percentiles.Summary(QueryTimer.Full(graph, pairs.Take(astar).ToList(), RouteAlgorithm.AStar), 1e3, "0.00"));
        }

        var dijkstraPairs = pairs.Take(dijkstra).ToList();
        List<double> dijkstraTimes = QueryTimer.Full(graph, dijkstraPairs, RouteAlgorithm.Dijkstra);
        if (dijkstra > 0)
        {
            Row($"Dijkstra per query, {dijkstraPairs.Count} pairs (ms, median / p90 / p99)", Percentiles.Summary(dijkstraTimes, 1e3, "0.00"));
        }

        Row("peak working set so far", Memory.Mb(Memory.PeakWorkingSetBytes()));
        ContractionHierarchy? ch = options.Has("no-ch") ? null : PlainHierarchy(graph, pairs, dijkstraPairs, dijkstraTimes, live0 + liveNetwork + liveGraph);
        if (!options.Has("no-cch"))
        {
            ScalingCch.Run(graph, pairs, ch, options.Int("customizations", 3));
        }

        if (options.Text("save", "") is { Length: > 0 } path)
        {
            watch.Restart();
            _lastCpu = ProcessCpu();
            SavedNetwork.Save(path, graph, ch is null ? [] : [RouteMetric.Fastest]);
            Row("saved network", watch, $"{path}, {Memory.Mb(new FileInfo(path).Length)}{(ch is null ? ", network only" : ", with the fastest hierarchy")}");
        }

        Row("peak working set", Memory.Mb(Memory.PeakWorkingSetBytes()));
        return 0;
    }

    private static ContractionHierarchy PlainHierarchy(RoutingGraph graph, List<(GeoPoint, GeoPoint)> pairs, List<(GeoPoint, GeoPoint)> dijkstraPairs, List<double> dijkstraTimes, long liveBefore)
    {
        RoadNetwork network = graph.Network;
        long allocated = Memory.AllocatedBytes();
        _lastCpu = ProcessCpu();
        var watch = Stopwatch.StartNew();
        ContractionHierarchy ch = graph.Prepare(RouteMetric.Fastest);
        Row("CH preparation (fastest)", watch, $"{ch.Kind} hierarchy, {ch.NodeCount:N0} nodes, {ch.OriginalArcCount:N0} arcs, {ch.ShortcutCount:N0} shortcuts");
        Row("CH preparation allocated", Memory.Mb(Memory.AllocatedBytes() - allocated));
        long liveCh = Memory.LiveManagedBytes() - liveBefore;
        Row("CH live heap", $"{Memory.Mb(liveCh)} = {(double)liveCh / network.VertexCount:0} B/vertex, {(double)liveCh / ch.NodeCount:0} B/CH node");
        QueryTimer.Full(graph, pairs.Take(3).ToList(), RouteAlgorithm.ContractionHierarchy);
        Row($"CH per query, {pairs.Count} pairs (µs, median / p90 / p99)", Percentiles.Summary(QueryTimer.Full(graph, pairs, RouteAlgorithm.ContractionHierarchy, 3), 1e6));
        Row("CH search only (µs, median / p90 / p99)", Percentiles.Summary(QueryTimer.SearchOnly(graph, pairs, RouteAlgorithm.ContractionHierarchy, 3), 1e6));
        Row("route length (km, median / p90 / p99)", Percentiles.Summary(QueryTimer.Lengths(graph, pairs), 1e-3));
        if (dijkstraPairs.Count > 0)
        {
            // The same pairs Dijkstra ran, each timed 3 times on the hierarchy; a pair's speed-up uses its median.
            List<double> chTimes = QueryTimer.Full(graph, dijkstraPairs, RouteAlgorithm.ContractionHierarchy, 3);
            double[] ratios = [.. dijkstraPairs.Select((_, i) => dijkstraTimes[i] / Percentiles.Of([chTimes[i], chTimes[dijkstraPairs.Count + i], chTimes[(2 * dijkstraPairs.Count) + i]], 50))];
            Row($"CH per query on the {dijkstraPairs.Count} Dijkstra pairs (µs, median / p90 / p99)", Percentiles.Summary(chTimes, 1e6));
            // Lengths per pair (0 where no route), to single out the long routes the issue's ratio is about.
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

        Row("peak working set so far", Memory.Mb(Memory.PeakWorkingSetBytes()));
        return ch;
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
