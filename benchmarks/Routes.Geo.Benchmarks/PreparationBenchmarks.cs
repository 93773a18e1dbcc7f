using BenchmarkDotNet.Attributes;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Benchmarks;

/// <summary>
/// Contraction hierarchy preparation (fastest metric) per extract and profile: turn graph, contraction,
/// up/down split. Built through the internal constructor so that the graph's cache does not hide the work.
/// </summary>
[MemoryDiagnoser]
public class PreparationBenchmarks
{
    private RoutingGraph _graph = null!;

    [Params("monaco", "andorra", "liechtenstein")]
    public string Extract { get; set; } = "monaco";

    [Params("foot", "car")]
    public string Profile { get; set; } = "car";

    [GlobalSetup]
    public void Setup() => _graph = Extracts.Graph(Extract, Profile);

    [Benchmark]
    public int Prepare() => ContractionHierarchy.Build(_graph, RouteMetric.Fastest, ContractionHierarchy.KindFor(_graph)).ShortcutCount;
}
