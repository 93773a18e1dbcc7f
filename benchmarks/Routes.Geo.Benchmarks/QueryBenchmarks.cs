using BenchmarkDotNet.Attributes;
using Routes.Geo.Network;
using Routes.Geo.Osm;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks;

/// <summary>
/// Point-to-point queries on a real extract: 100 fixed random pairs of points on the network,
/// routed in one operation (the figure per query is the mean divided by 100).
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private RoutingGraph _graph = null!;
    private (GeoPoint From, GeoPoint To)[] _pairs = [];

    [Params("monaco", "liechtenstein")]
    public string Extract { get; set; } = "monaco";

    [Params("foot", "car")]
    public string Profile { get; set; } = "car";

    [GlobalSetup]
    public void Setup()
    {
        RoadNetwork network = OsmNetwork.Load(SharedData.PathOf("osm", Extract + ".osm.pbf"));
        _graph = network.GraphFor(TravelProfiles.ByName(Profile));
        var random = new Random(42);
        var points = new List<GeoPoint>();
        while (points.Count < 200)
        {
            int edge = random.Next(network.EdgeCount);
            if (_graph.IsUsable(edge))
            {
                points.Add(network.GetEdgeGeometry(edge)[0]);
            }
        }

        _pairs = [.. Enumerable.Range(0, 100).Select(i => (points[2 * i], points[2 * i + 1]))];
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public double AStar100Queries()
    {
        double total = 0;
        foreach ((GeoPoint from, GeoPoint to) in _pairs)
        {
            RouteResult result = _graph.Route().From(from).To(to).Calculate();
            total += result.IsFound ? result.Route.LengthMetres : 0;
        }

        return total;
    }
}
