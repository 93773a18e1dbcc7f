using Xunit.Abstractions;

namespace Routes.Geo.Tests.Routing;

/// <summary>Turn restrictions of unusual shape: a U-turn ban on a through way, a no_entry with two from ways.</summary>
public class TurnRestrictionTests(ITestOutputHelper output)
{
    // A no_u_turn with from = to on a way through the via node bans the U-turn only (it once banned going straight on too)
    [Fact]
    public void NoUTurn_FromEqualsTo_ThroughWay_KeepsStraightOnOpen()
    {
        var tiny = new TinyNetwork();
        long x = tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 1), (1, 1));
        tiny.Restriction(x, (0, 1), x, "restriction=no_u_turn");
        RouteResult r = tiny.Build().Route(TravelProfiles.Car).From(TinyNetwork.At(0, 0.2)).To(TinyNetwork.At(0, 1.8)).Shortest().Calculate();
        output.WriteLine($"{r.IsFound} {(r.IsFound ? r.Route.LengthMetres : 0)}");
        Assert.True(r.IsFound);
        Assert.InRange(r.Route.LengthMetres, 150, 170);
    }

    // A no_entry with two "from" ways binds both (the importer once kept only the last)
    [Fact]
    public void NoEntry_WithTwoFromWays_BindsBoth()
    {
        var strings = new ProtoWriter();
        foreach (string s in new[] { "", "highway", "residential", "type", "restriction", "no_entry", "from", "via", "to" })
        {
            strings.String(1, s);
        }

        // V=1 centre, W=2 west, E=3 east, N=4 north
        var dense = new ProtoWriter()
            .PackedDelta(1, 1, 2, 3, 4)
            .PackedDelta(8, 437_000_000, 437_000_000, 437_000_000, 437_010_000)
            .PackedDelta(9, 74_000_000, 73_990_000, 74_010_000, 74_000_000)
            .Packed(10, 0, 0, 0, 0);
        ProtoWriter Way(ulong id, long a, long b) =>
            new ProtoWriter().Varint(1, id).Packed(2, 1).Packed(3, 2).PackedDelta(8, a, b);
        var relation = new ProtoWriter().Varint(1, 70).Packed(2, 3, 4).Packed(3, 4, 5)
            .Packed(8, 6, 6, 7, 8).PackedDelta(9, 10, 11, 1, 12).Packed(10, 1, 1, 0, 1);
        var group = new ProtoWriter().Message(3, Way(10, 2, 1)).Message(3, Way(11, 3, 1)).Message(3, Way(12, 1, 4));
        var block = new ProtoWriter()
            .Message(1, strings)
            .Message(2, new ProtoWriter().Message(2, dense))
            .Message(2, group)
            .Message(2, new ProtoWriter().Message(4, relation))
            .Varint(17, 100);
        byte[] file = TestPbf.File(TestPbf.StandardHeader(), TestPbf.Frame("OSMData", block.ToArray()));
        using var reader = new Routes.Geo.Osm.Pbf.PbfReader(new MemoryStream(file), "no_entry.osm.pbf");
        RoadNetwork network = Routes.Geo.Osm.OsmNetwork.Load(reader);
        output.WriteLine($"restrictions resolved: {network.TurnRestrictionCount}");
        RouteResult fromWest = network.Route(TravelProfiles.Car).From(43.7, 7.3995).To(43.7005, 7.4).Calculate();
        RouteResult fromEast = network.Route(TravelProfiles.Car).From(43.7, 7.4005).To(43.7005, 7.4).Calculate();
        output.WriteLine($"from west found={fromWest.IsFound} {(fromWest.IsFound ? fromWest.Route.LengthMetres : 0):F0} m, from east found={fromEast.IsFound} {(fromEast.IsFound ? fromEast.Route.LengthMetres : 0):F0} m");
        // The north arm cannot be entered from either side, so the target falls back to its large-component
        // Candidate: the junction itself, 55 m south of the point; the route never enters the arm.
        Assert.True(fromWest.IsFound);
        Assert.Equal(SnapCandidate.LargeComponent, fromWest.Route.Waypoints[^1].Candidate);
        Assert.All(fromWest.Route.Geometry, p => Assert.True(p.Latitude < 43.70001, $"{p} is on the north arm"));
    }
}
