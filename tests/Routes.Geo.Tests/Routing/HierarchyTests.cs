using Routes.Geo.Routing;

namespace Routes.Geo.Tests.Routing;

public class HierarchyTests
{
    // A random grid with random one-ways, a few turn restrictions and bollards: every pair of points
    // must cost the same on the hierarchy as with plain Dijkstra, or be unreachable for both.
    [Theory]
    [InlineData(1, "car")]
    [InlineData(2, "car")]
    [InlineData(3, "bicycle")]
    [InlineData(4, "foot")]
    [InlineData(5, "car")]
    public void RandomGrid_HierarchyCostEqualsDijkstra_ForEveryPair(int seed, string profileName)
    {
        var random = new Random(seed);
        var tiny = new TinyNetwork();
        const int Size = 7;
        var ways = tiny.RandomGrid(random, Size);

        for (int i = 0; i < 8; i++)
        {
            var from = ways[random.Next(ways.Count)];
            var to = ways.Where(w => w.Id != from.Id && (w.A == from.B || w.B == from.B)).ToList();
            if (to.Count > 0)
            {
                tiny.Restriction(from.Id, from.B, to[random.Next(to.Count)].Id, random.NextDouble() < 0.7 ? "restriction=no_left_turn" : "restriction=only_straight_on");
            }
        }

        tiny.NodeTags(3, 3, "barrier=bollard");
        RoadNetwork network = tiny.Build();
        RoutingGraph graph = network.GraphFor(TravelProfiles.ByName(profileName));
        graph.Prepare(RouteMetric.Fastest);
        int found = 0;
        for (int a = 0; a < Size * Size; a += 2)
        {
            for (int b = 0; b < Size * Size; b += 3)
            {
                GeoPoint from = TinyNetwork.At(a / Size + 0.3, a % Size), to = TinyNetwork.At(b / Size, b % Size + 0.4);
                RouteResult dijkstra = graph.Route().From(from).To(to).Using(RouteAlgorithm.Dijkstra).WithMaxSnapDistance(1000).Calculate();
                RouteResult ch = graph.Route().From(from).To(to).Using(RouteAlgorithm.ContractionHierarchy).WithMaxSnapDistance(1000).Calculate();
                Assert.Equal(dijkstra.IsFound, ch.IsFound);
                if (dijkstra.IsFound)
                {
                    found++;
                    Assert.Equal(dijkstra.Route.DurationSeconds, ch.Route.DurationSeconds, 1e-6);
                    Assert.Equal(ch.Route.Geometry[0], ch.Route.From);
                }
            }
        }

        Assert.True(found > 100);
    }

    [Fact]
    public void Hierarchy_KeepsTurnRestrictions()
    {
        var tiny = new TinyNetwork();
        long west = tiny.Way("highway=residential", (0, 0), (0, 1));
        long north = tiny.Way("highway=residential", (0, 1), (1, 1));
        tiny.Way("highway=residential", (0, 1), (0, 2), (1, 2), (1, 1));
        tiny.Restriction(west, (0, 1), north, "type=restriction restriction=no_left_turn");
        RoadNetwork network = tiny.Build();

        Route route = network.Route(TravelProfiles.Car).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(1, 1))
            .Using(RouteAlgorithm.ContractionHierarchy).Calculate().Route;

        Assert.Contains(TinyNetwork.At(1, 2), route.Geometry);
    }

    [Fact]
    public void Hierarchy_SameEdgeBehindOnOneway_GoesAroundTheBlock()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential oneway=yes", (0, 0), (0, 4));
        tiny.Way("highway=residential", (0, 4), (1, 4), (1, 0), (0, 0));
        RoadNetwork network = tiny.Build();

        Route ch = network.Route(TravelProfiles.Car).From(TinyNetwork.At(0, 3)).To(TinyNetwork.At(0, 1)).Using(RouteAlgorithm.ContractionHierarchy).Calculate().Route;
        Route dijkstra = network.Route(TravelProfiles.Car).From(TinyNetwork.At(0, 3)).To(TinyNetwork.At(0, 1)).Using(RouteAlgorithm.Dijkstra).Calculate().Route;

        Assert.Equal(dijkstra.LengthMetres, ch.LengthMetres, 6);
        Assert.Equal(dijkstra.Geometry, ch.Geometry);
    }

    [Fact]
    public void Hierarchy_OnewayAgainstTraffic_IsNotRoutable()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential oneway=yes", (0, 0), (0, 1), (0, 2));
        RouteResult result = tiny.Build().Route(TravelProfiles.Car).From(TinyNetwork.At(0, 2)).To(TinyNetwork.At(0, 0))
            .Using(RouteAlgorithm.ContractionHierarchy).Calculate();
        Assert.False(result.IsFound);
    }
}
