using BenchmarkDotNet.Attributes;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks;

/// <summary>
/// Point-to-point queries on a real extract with each algorithm on the same fixed pairs, through the
/// public API (snap both points, search, build the route). Mean per operation is per query.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const int Mixed = 100;
    private const int Split = 50;
    private RoutingGraph _graph = null!;
    private (GeoPoint From, GeoPoint To)[] _pairs = [];

    [Params("monaco", "andorra", "liechtenstein")]
    public string Extract { get; set; } = "monaco";

    [Params("foot", "car")]
    public string Profile { get; set; } = "car";

    [Params(PairSet.Mixed, PairSet.ShortRoutes, PairSet.LongRoutes)]
    public PairSet Pairs { get; set; }

    // Only the hierarchy's benchmark pays for its preparation (seconds on foot graphs).
    [GlobalSetup(Target = nameof(ChPerQuery))]
    public void SetupHierarchy()
    {
        Setup();
        _graph.Prepare(RouteMetric.Fastest);
    }

    [GlobalSetup(Targets = [nameof(DijkstraPerQuery), nameof(AStarPerQuery)])]
    public void Setup()
    {
        _graph = Extracts.Graph(Extract, Profile);
        _pairs = QueryPairs.Of(_graph, Pairs);
        if (_pairs.Length != (Pairs == PairSet.Mixed ? Mixed : Split))
        {
            throw new InvalidOperationException($"Expected {(Pairs == PairSet.Mixed ? Mixed : Split)} pairs, got {_pairs.Length}.");
        }
    }

    [Benchmark(OperationsPerInvoke = Mixed)]
    public double DijkstraPerQuery() => RunAll(RouteAlgorithm.Dijkstra);

    [Benchmark(OperationsPerInvoke = Mixed)]
    public double AStarPerQuery() => RunAll(RouteAlgorithm.AStar);

    [Benchmark(OperationsPerInvoke = Mixed)]
    public double ChPerQuery() => RunAll(RouteAlgorithm.ContractionHierarchy);

    // Short and Long have 50 pairs: they run them twice so that every operation is 100 queries.
    private double RunAll(RouteAlgorithm algorithm)
    {
        double total = 0;
        for (int round = 0; round < Mixed / _pairs.Length; round++)
        {
            foreach ((GeoPoint from, GeoPoint to) in _pairs)
            {
                RouteResult result = _graph.Route().From(from).To(to).Using(algorithm).Calculate();
                total += result.IsFound ? result.Route.LengthMetres : 0;
            }
        }

        return total;
    }
}
