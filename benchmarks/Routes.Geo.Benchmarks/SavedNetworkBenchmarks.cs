using BenchmarkDotNet.Attributes;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Storage;

namespace Routes.Geo.Benchmarks;

/// <summary>
/// Loading a saved network (.rgnet with its fastest hierarchy) per extract and profile: one bulk read, checksum,
/// header and profile-fingerprint checks, the network and the hierarchy verified, ready to route. The Verify* and
/// CheckCosts operations time those verification steps alone on the loaded network, to show what they add to a load.
/// </summary>
[MemoryDiagnoser]
public class SavedNetworkBenchmarks
{
    private string _path = "";
    private Profile _profile = TravelProfiles.Car;
    private ContractionHierarchy? _loaded;

    [Params("monaco", "andorra", "liechtenstein")]
    public string Extract { get; set; } = "monaco";

    [Params("foot", "car")]
    public string Profile { get; set; } = "car";

    [GlobalSetup]
    public void Setup()
    {
        RoutingGraph graph = Extracts.Graph(Extract, Profile);
        graph.Prepare(RouteMetric.Fastest);
        _profile = TravelProfiles.ByName(Profile);
        _path = Path.Combine(Path.GetTempPath(), $"routes-geo-bench-{Extract}-{Profile}-{Environment.ProcessId}.rgnet");
        SavedNetwork.Save(_path, graph, RouteMetric.Fastest);
        _loaded = SavedNetwork.Load(_path, _profile).PreparedHierarchy(RouteMetric.Fastest);
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int Load() => SavedNetwork.Load(_path, _profile).UsableEdgeCount;

    /// <summary>The network's coordinates, geometry offsets, point offsets, way lengths and references.</summary>
    [Benchmark]
    public int VerifyNetwork()
    {
        SavedNetworkChecks.Verify(_loaded!.Graph.Network);
        return _loaded.Graph.Network.EdgeCount;
    }

    /// <summary>The hierarchy's ranks, original arcs and shortcuts against the graph (the original arcs were checked before too).</summary>
    [Benchmark]
    public int VerifyHierarchy()
    {
        ContractionHierarchy ch = _loaded!;
        StoredHierarchyCheck.Verify(ch.Graph, ch.Metric, ch.Kind, ch.Arcs, ch.Rank, ch.OriginalArcCount);
        return ch.ShortcutCount;
    }

    /// <summary>The hierarchy's costs from one node against Dijkstra's on its original arcs.</summary>
    [Benchmark]
    public int CheckCosts()
    {
        HierarchyCostCheck.Verify(_loaded!);
        return _loaded!.NodeCount;
    }
}
