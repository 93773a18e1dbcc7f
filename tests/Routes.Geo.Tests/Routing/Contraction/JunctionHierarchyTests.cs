using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Tests.Routing.Contraction;

public class JunctionHierarchyTests
{
    [Fact]
    public void Prepare_BuildsJunctions_OnlyWhereNoTurnRestrictionBinds()
    {
        var tiny = new TinyNetwork();
        long west = tiny.Way("highway=residential", (0, 0), (0, 1));
        long north = tiny.Way("highway=residential", (0, 1), (1, 1));
        tiny.Way("highway=residential", (0, 1), (0, 2));
        tiny.Restriction(west, (0, 1), north, "type=restriction restriction=no_left_turn");
        RoadNetwork network = tiny.Build();

        Assert.Equal(HierarchyKind.Turns, network.GraphFor(TravelProfiles.Car).Prepare().Kind);
        Assert.Equal(HierarchyKind.Junctions, network.GraphFor(TravelProfiles.Foot).Prepare().Kind);
    }

    [Fact]
    public void Prepare_BuildsTurns_ForACarWhoseTurnsCostTime_EvenWithoutRestrictions()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1));
        tiny.Way("highway=residential", (0, 1), (1, 1));
        tiny.Way("highway=residential", (0, 1), (0, 2));
        RoadNetwork network = tiny.Build();

        Assert.Equal(HierarchyKind.Turns, network.GraphFor(TravelProfiles.Car).Prepare().Kind);
        Assert.Equal(HierarchyKind.Junctions, network.GraphFor(new CarWithoutTurnCosts()).Prepare().Kind);
        Assert.Throws<ArgumentException>(() => ContractionHierarchy.Build(network.GraphFor(TravelProfiles.Car), RouteMetric.Fastest, HierarchyKind.Junctions));
    }

    [Fact]
    public void Build_JunctionsOnAGraphWithRestrictions_IsRefused()
    {
        var tiny = new TinyNetwork();
        long west = tiny.Way("highway=residential", (0, 0), (0, 1));
        long north = tiny.Way("highway=residential", (0, 1), (1, 1));
        tiny.Restriction(west, (0, 1), north, "type=restriction restriction=no_left_turn");
        RoutingGraph car = tiny.Build().GraphFor(TravelProfiles.Car);

        var error = Assert.Throws<ArgumentException>(() => ContractionHierarchy.Build(car, RouteMetric.Fastest, HierarchyKind.Junctions));
        Assert.Contains("turn restrictions", error.Message);
    }

    // The same random grid contracted both ways: every pair of points (inside edges and on junctions, so every
    // seeding case is met) costs what plain Dijkstra says, on both hierarchies, and both paths cost that much.
    [Theory]
    [InlineData(11, "foot")]
    [InlineData(12, "car")]
    [InlineData(13, "bicycle")]
    public void JunctionAndTurnHierarchies_CostWhatDijkstraCosts_ForEveryPair(int seed, string profileName)
    {
        // The car without turn costs: a junction hierarchy of the car with them is refused (above).
        RoutingGraph graph = RandomGrid(seed, 6).GraphFor(profileName == "car" ? new CarWithoutTurnCosts() : TravelProfiles.ByName(profileName));
        ContractionHierarchy junctions = ContractionHierarchy.Build(graph, RouteMetric.Fastest, HierarchyKind.Junctions);
        ContractionHierarchy turns = ContractionHierarchy.Build(graph, RouteMetric.Fastest, HierarchyKind.Turns);
        Assert.True(junctions.NodeCount < turns.NodeCount);
        var points = new List<SnapResult>();
        for (double r = 0; r <= 5; r += 0.5)
        {
            for (double c = 0; c <= 5; c += 1.25)
            {
                points.Add(graph.Snap(TinyNetwork.At(r, c), 1000));
            }
        }

        int found = 0;
        foreach (SnapResult a in points)
        {
            foreach (SnapResult b in points)
            {
                EdgeSearch.Found? dijkstra = EdgeSearch.Run(graph, a, b, RouteMetric.Fastest, useHeuristic: false);
                foreach (ContractionHierarchy ch in (ContractionHierarchy[])[junctions, turns])
                {
                    EdgeSearch.Found? hierarchy = HierarchySearch.Run(ch, a, b);
                    Assert.Equal(dijkstra is null, hierarchy is null);
                    if (dijkstra is { } d && hierarchy is { } h)
                    {
                        Assert.Equal(d.Cost, h.Cost, 1e-9);
                        Assert.Equal(d.Cost, PathCheck.Cost(graph, a, b, h.Path), 1e-9);
                    }
                }

                found += dijkstra is null ? 0 : 1;
            }
        }

        Assert.True(found > points.Count * points.Count / 2, $"only {found} pairs found");
    }

    [Fact]
    public void JunctionHierarchy_DoesNotPassAClosedGate_ButMayStartOnIt()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=footway", (0, 0), (0, 1), (0, 2));
        tiny.NodeTags(0, 1, "barrier=gate access=no");
        RoutingGraph foot = tiny.Build().GraphFor(TravelProfiles.Foot);
        ContractionHierarchy ch = foot.Prepare();
        Assert.Equal(HierarchyKind.Junctions, ch.Kind);

        Assert.Null(HierarchySearch.Run(ch, foot.Snap(TinyNetwork.At(0, 0.2)), foot.Snap(TinyNetwork.At(0, 1.8))));
        Assert.Null(HierarchySearch.Run(ch, foot.Snap(TinyNetwork.At(0, 0)), foot.Snap(TinyNetwork.At(0, 2))));
        EdgeSearch.Found? fromGate = HierarchySearch.Run(ch, foot.Snap(TinyNetwork.At(0, 1)), foot.Snap(TinyNetwork.At(0, 2)));
        EdgeSearch.Found? toGate = HierarchySearch.Run(ch, foot.Snap(TinyNetwork.At(0, 0)), foot.Snap(TinyNetwork.At(0, 1)));
        Assert.NotNull(fromGate);
        Assert.NotNull(toGate);
        Assert.Equal(EdgeSearch.Run(foot, foot.Snap(TinyNetwork.At(0, 1)), foot.Snap(TinyNetwork.At(0, 2)), RouteMetric.Fastest)!.Value.Cost, fromGate.Value.Cost, 1e-9);
    }

    [Fact]
    public void ParallelRoads_RouteTakesTheFasterOne()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1));
        tiny.Way("highway=residential", (0, 1), (0, 2));
        tiny.Way("highway=service maxspeed=10", (0, 1), (0, 2));
        tiny.Way("highway=primary", (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 2), (0, 3));
        RoutingGraph car = tiny.Build().GraphFor(new CarWithoutTurnCosts());
        ContractionHierarchy ch = ContractionHierarchy.Build(car, RouteMetric.Fastest, HierarchyKind.Junctions);
        SnapResult a = car.Snap(TinyNetwork.At(0, 0)), b = car.Snap(TinyNetwork.At(0, 3));

        EdgeSearch.Found found = HierarchySearch.Run(ch, a, b)!.Value;

        Assert.Equal(EdgeSearch.Run(car, a, b, RouteMetric.Fastest)!.Value.Cost, found.Cost, 1e-9);
        Assert.Equal("primary", car.Network.Ways[car.Network.EdgeWay[RoutingGraph.EdgeOf(found.Path[1])]].Tags.Get("highway"));
    }

    // Two map nodes on one spot (A and its twin, both junctions) joined by a 0 m footway: stepping onto it and back
    // costs nothing, and a junction path once did so, a U-turn plain Dijkstra never takes (found in review).
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ZeroLengthLink_IsNotSteppedOntoAndBack(bool twinIsDeadEnd)
    {
        var builder = new RoadNetworkBuilder("zero-length link");
        GeoPoint a = TinyNetwork.At(1, 3), b = TinyNetwork.At(2, 3), c = TinyNetwork.At(1.1, 3.5);
        builder.AddNode(104, a.Latitude, a.Longitude);
        builder.AddNode(204, b.Latitude, b.Longitude);
        builder.AddNode(10104, a.Latitude, a.Longitude);
        builder.AddNode(20104, c.Latitude, c.Longitude);
        builder.AddWay(1, [104, 204], TinyNetwork.Tags("highway=residential name=Main"));
        builder.AddWay(2, [104, 10104], TinyNetwork.Tags("highway=footway name=Link"));
        if (!twinIsDeadEnd)
        {
            builder.AddWay(3, [10104, 20104], TinyNetwork.Tags("highway=footway oneway=yes"));
        }

        RoutingGraph bicycle = builder.Build().GraphFor(TravelProfiles.Bicycle);
        ContractionHierarchy junctions = bicycle.Prepare();
        Assert.Equal(HierarchyKind.Junctions, junctions.Kind);
        Assert.Equal(0, bicycle.EdgeLength[1]);
        SnapResult from = new(b, b, 0, bicycle.EdgeLength[0], 0), to = new(a, a, 0, 0, 0);

        EdgeSearch.Found dijkstra = EdgeSearch.Run(bicycle, from, to, RouteMetric.Fastest, useHeuristic: false)!.Value;
        EdgeSearch.Found viaJunctions = HierarchySearch.Run(junctions, from, to)!.Value;

        Assert.Equal([1], dijkstra.Path);
        Assert.Equal(dijkstra.Path, viaJunctions.Path);
        Assert.Equal(dijkstra.Cost, viaJunctions.Cost, 1e-9);
    }

    [Fact]
    public void StoredHierarchy_ReadAsTheOtherKind_IsRefused()
    {
        RoutingGraph foot = RandomGrid(14, 5).GraphFor(TravelProfiles.Foot);
        ContractionHierarchy built = ContractionHierarchy.Build(foot, RouteMetric.Fastest, HierarchyKind.Junctions);

        ContractionHierarchy same = ContractionHierarchy.FromStored(foot, RouteMetric.Fastest, HierarchyKind.Junctions, built.Arcs, built.Rank, built.OriginalArcCount);
        var wrongKind = Assert.Throws<InvalidDataException>(() =>
            ContractionHierarchy.FromStored(foot, RouteMetric.Fastest, HierarchyKind.Turns, built.Arcs, built.Rank, built.OriginalArcCount));

        Assert.Equal(built.ShortcutCount, same.ShortcutCount);
        Assert.Contains("not a permutation", wrongKind.Message);
    }

    internal static RoadNetwork RandomGrid(int seed, int size)
    {
        var tiny = new TinyNetwork();
        tiny.RandomGrid(new Random(seed), size);
        tiny.NodeTags(2, 2, "barrier=gate access=no");
        return tiny.Build();
    }
}
