using BenchmarkDotNet.Attributes;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.Benchmarks;

/// <summary>
/// Loading a saved network (.rgnet with its fastest hierarchy) per extract and profile: one bulk read, checksum,
/// header and profile-fingerprint checks, the hierarchy checked against the graph, ready to route.
/// </summary>
[MemoryDiagnoser]
public class SavedNetworkBenchmarks
{
    private string _path = "";
    private Profile _profile = TravelProfiles.Car;

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
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public int Load() => SavedNetwork.Load(_path, _profile).UsableEdgeCount;
}
