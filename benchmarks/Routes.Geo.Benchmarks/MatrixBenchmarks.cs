using BenchmarkDotNet.Attributes;
using Routes.Geo.Matrices;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks;

/// <summary>
/// Car travel matrices between N fixed random points and themselves (N×N cells, snapping included)
/// with the contraction hierarchy's bucket many-to-many; the hierarchy is prepared before measuring.
/// </summary>
[MemoryDiagnoser]
public class MatrixBenchmarks
{
    private RoutingGraph _graph = null!;
    private GeoPoint[] _points = [];

    [Params("monaco", "andorra", "liechtenstein")]
    public string Extract { get; set; } = "monaco";

    [Params(10, 100, 1000)]
    public int Size { get; set; } = 10;

    [GlobalSetup]
    public void Setup()
    {
        _graph = Extracts.Graph(Extract, "car");
        _graph.Prepare(RouteMetric.Fastest);
        _points = QueryPairs.RandomPoints(_graph, Size, 7);
    }

    [Benchmark]
    public TravelMatrix ChManyToMany() =>
        TravelMatrix.Compute(_graph, _points, _points, RouteMetric.Fastest, RouteRequest.DefaultMaxSnapMetres, RouteAlgorithm.ContractionHierarchy);
}

/// <summary>The same matrices (10×10 and 100×100 only) with one A* query per cell, rows in parallel on the 2 cores.</summary>
[MemoryDiagnoser]
public class PointToPointMatrixBenchmarks
{
    private RoutingGraph _graph = null!;
    private GeoPoint[] _points = [];

    [Params("monaco", "andorra", "liechtenstein")]
    public string Extract { get; set; } = "monaco";

    [Params(10, 100)]
    public int Size { get; set; } = 10;

    [GlobalSetup]
    public void Setup()
    {
        _graph = Extracts.Graph(Extract, "car");
        _points = QueryPairs.RandomPoints(_graph, Size, 7);
    }

    [Benchmark]
    public TravelMatrix AStarPerCell() =>
        TravelMatrix.Compute(_graph, _points, _points, RouteMetric.Fastest, RouteRequest.DefaultMaxSnapMetres, RouteAlgorithm.AStar);
}
