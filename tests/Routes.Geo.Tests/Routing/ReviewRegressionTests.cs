using System.Text;
using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Storage;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Routing;

// Regression tests for the bugs an independent review demonstrated (each failed before its fix).

public class ReviewRegressionTests(ITestOutputHelper output)
{
    // 1. duration overflow escapes as OverflowException
    [Fact]
    public void FerryWithHugeIsoDuration_DoesNotBreakTheGraph()
    {
        var tiny = new TinyNetwork();
        tiny.Way("route=ferry motorcar=yes duration=P99999999D", (0, 0), (0, 1));
        RoadNetwork network = tiny.Build();
        var e = Record.Exception(() => network.GraphFor(TravelProfiles.Car));
        output.WriteLine(e?.GetType().FullName + ": " + e?.Message);
        Assert.Null(e);
    }

    // 2. header with a bad 7-bit string length
    [Fact]
    public void SavedNetwork_BadStringLength_IsASavedNetworkException()
    {
        string path = Path.GetTempFileName();
        using (var w = new BinaryWriter(File.Create(path)))
        {
            w.Write("RGEO-NET"u8.ToArray());
            w.Write(SavedNetwork.FormatVersion);
            w.Write(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF });
        }

        Exception? e1 = Record.Exception(() => SavedNetwork.ReadHeader(path));
        Exception? e2 = Record.Exception(() => SavedNetwork.Load(path, TravelProfiles.Car));
        output.WriteLine(e1?.GetType().FullName + " / " + e2?.GetType().FullName);
        Assert.IsType<SavedNetworkException>(e1);
        Assert.IsType<SavedNetworkException>(e2);
        File.Delete(path);
    }

    private static RoadNetwork Grid(int size)
    {
        var tiny = new TinyNetwork();
        for (int r = 0; r < size; r++)
        {
            tiny.Way("highway=residential", [.. Enumerable.Range(0, size).Select(c => (r, c))]);
            tiny.Way("highway=residential", [.. Enumerable.Range(0, size).Select(c => (c, r))]);
        }

        return tiny.Build();
    }

    // Rewrites the FirstChild and SecondChild arrays of a saved file and fixes the checksum.
    private static string Tamper(RoutingGraph graph, Action<int[], int[]> edit)
    {
        string path = Path.GetTempFileName();
        SavedNetwork.Save(path, graph, RouteMetric.Fastest);
        var file = SavedFile.Of(File.ReadAllBytes(path));
        int n = file.Arrays["h0.first"].Count;
        int[] first = [.. Enumerable.Range(0, n).Select(a => file.IntAt("h0.first", a))];
        int[] second = [.. Enumerable.Range(0, n).Select(a => file.IntAt("h0.second", a))];
        edit(first, second);
        for (int a = 0; a < n; a++)
        {
            file.SetIntAt("h0.first", a, first[a]);
            file.SetIntAt("h0.second", a, second[a]);
        }

        file.Reseal().WriteTo(path);
        return path;
    }

    // 3a. a shortcut with a -1 second child used to load, then crash the query with IndexOutOfRangeException
    [Fact]
    public void SavedNetwork_ShortcutWithMissingChild_IsRefusedOnLoad()
    {
        RoutingGraph graph = Grid(6).GraphFor(TravelProfiles.Car);
        graph.Prepare(RouteMetric.Fastest);
        string path = Tamper(graph, (first, second) =>
        {
            for (int a = 0; a < first.Length; a++)
            {
                if (first[a] >= 0)
                {
                    second[a] = -1;
                }
            }
        });
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Car));
        output.WriteLine(error.Message);
        File.Delete(path);
    }

    // 3b. shortcuts whose children are the previous shortcut twice used to unpack exponentially (a hang)
    [Fact]
    public void SavedNetwork_ShortcutReusingItsPredecessor_IsRefusedOnLoad()
    {
        RoutingGraph graph = Grid(6).GraphFor(TravelProfiles.Car);
        graph.Prepare(RouteMetric.Fastest);
        string path = Tamper(graph, (first, second) =>
        {
            int previous = -1;
            for (int a = 0; a < first.Length; a++)
            {
                if (first[a] < 0)
                {
                    continue;
                }

                if (previous >= 0)
                {
                    first[a] = previous;
                    second[a] = previous;
                }

                previous = a;
            }
        });
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Car));
        output.WriteLine(error.Message);
        File.Delete(path);
    }

    // 4. bicycle=dismount on a footway gives riding speed
    [Fact]
    public void Bicycle_Dismount_IsPushingSpeed()
    {
        EdgeAccess a = TravelProfiles.Bicycle.Evaluate(TinyNetwork.Tags("highway=footway bicycle=dismount"));
        output.WriteLine(a.ToString());
        Assert.Equal(BicycleProfile.PushingSpeedKmh, a.SpeedKmh);
    }

    // 5. motorroad=yes forbids bicycles
    [Fact]
    public void Bicycle_Motorroad_IsForbidden()
    {
        EdgeAccess a = TravelProfiles.Bicycle.Evaluate(TinyNetwork.Tags("highway=trunk motorroad=yes"));
        output.WriteLine(a.ToString());
        Assert.False(a.IsUsable);
    }

    // 5b. bicycle=use_sidepath
    [Fact]
    public void Bicycle_UseSidepath_IsForbidden()
    {
        EdgeAccess a = TravelProfiles.Bicycle.Evaluate(TinyNetwork.Tags("highway=primary bicycle=use_sidepath"));
        output.WriteLine(a.ToString());
        Assert.False(a.IsUsable);
    }

    // 6. no_u_turn with from = to on a way that runs through the via node forbids going straight on
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

    // 7. snapping across the antimeridian
    [Fact]
    public void Snap_AcrossAntimeridian_FindsRoadThirtyMetresAway()
    {
        var b = new RoadNetworkBuilder("am");
        b.AddNode(1, -17.0, 179.9990);
        b.AddNode(2, -17.0, 179.9998);
        b.AddWay(1, [1, 2], TinyNetwork.Tags("highway=residential"));
        RoutingGraph g = b.Build().GraphFor(TravelProfiles.Foot);
        var e = Record.Exception(() => g.Snap(new GeoPoint(-17.0, -179.9999), 250));
        output.WriteLine(e?.Message ?? "ok");
        Assert.Null(e);
    }

    // An edge from a vertex to itself breaks the searches' U-turn rule; the builder never makes one, so a saved file
    // holding one is damaged or crafted and is refused (found in review: a junction hierarchy undercut Dijkstra on it).
    [Fact]
    public void SavedNetwork_WithAnEdgeFromAVertexToItself_IsRefused()
    {
        GeoPoint p0 = TinyNetwork.At(0, 0), p1 = TinyNetwork.At(0, 1), q = TinyNetwork.At(1, 1.5);
        var tags = TinyNetwork.Tags("highway=residential");
        var network = new RoadNetwork("self-loop", [p0.Latitude, p1.Latitude], [p0.Longitude, p1.Longitude], [1, 2], [],
            edgeFrom: [0, 1], edgeTo: [1, 1], edgeWay: [0, 1], edgeGeometryStart: [0, 2, 5],
            pointLat: [p0.Latitude, p1.Latitude, p1.Latitude, q.Latitude, p1.Latitude],
            pointLon: [p0.Longitude, p1.Longitude, p1.Longitude, q.Longitude, p1.Longitude],
            pointOffsetMetres: [0, 111, 0, 150, 300],
            ways: [new WayRecord(1, tags, 111), new WayRecord(2, tags, 300)], restrictions: [],
            statistics: new NetworkStatistics(2, 2, 0, 0, 0));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            SavedNetworkPayload.WriteNetwork(writer, network);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        var error = Assert.Throws<InvalidDataException>(() => SavedNetworkPayload.ReadNetwork(reader));
        Assert.Contains("starts and ends at the same vertex", error.Message);
    }

    // Whole edges end exactly on their vertex: near 0° longitude, interpolating to the end once gave a point one ulp
    // beside it, so routes carried near-duplicate points (found in review).
    [Fact]
    public void RouteGeometry_NearThePrimeMeridian_HasNoNearDuplicatePoints()
    {
        var builder = new RoadNetworkBuilder("greenwich");
        builder.AddNode(1, 51.5, -0.003);
        builder.AddNode(2, 51.5, -0.0009);
        builder.AddNode(3, 51.5, 0.001);
        builder.AddWay(1, [1, 2], TinyNetwork.Tags("highway=residential name=West"));
        builder.AddWay(2, [2, 3], TinyNetwork.Tags("highway=residential name=East"));
        RoutingGraph car = builder.Build().GraphFor(TravelProfiles.Car);

        Route route = car.Route().From(new GeoPoint(51.5, -0.003)).To(new GeoPoint(51.5, 0.001)).Using(RouteAlgorithm.Dijkstra).Calculate().Route;

        Assert.Equal([new GeoPoint(51.5, -0.003), new GeoPoint(51.5, -0.0009), new GeoPoint(51.5, 0.001)], route.Legs[0].Geometry);
    }
}

public class SameSpotRegressionTests(ITestOutputHelper output)
{
    // 8. from == to inside a oneway=-1 street: no route (or a loop) instead of a zero-length route
    [Theory]
    [InlineData("oneway=yes")]
    [InlineData("oneway=-1")]
    public void SamePointTwice_OnOneway_IsZeroLengthRoute(string oneway)
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential " + oneway, (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 2), (1, 2), (1, 0), (0, 0));
        RoadNetwork network = tiny.Build();
        GeoPoint p = TinyNetwork.At(0, 0.5);
        foreach (RouteAlgorithm alg in new[] { RouteAlgorithm.AStar, RouteAlgorithm.ContractionHierarchy })
        {
            RouteResult r = network.Route(TravelProfiles.Car).From(p).To(p).Using(alg).Calculate();
            output.WriteLine($"{oneway} {alg}: found={r.IsFound} length={(r.IsFound ? r.Route.LengthMetres : double.NaN)}");
            Assert.True(r.IsFound);
            Assert.Equal(0, r.Route.LengthMetres, 6);
        }
    }
}

public class MultiMemberRestrictionTests(ITestOutputHelper output)
{
    // 9. restriction=no_entry with two "from" ways: only the last from way is imported.
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
        // candidate: the junction itself, 55 m south of the point; the route never enters the arm.
        Assert.True(fromWest.IsFound);
        Assert.Equal(SnapCandidate.LargeComponent, fromWest.Route.Waypoints[^1].Candidate);
        Assert.All(fromWest.Route.Geometry, p => Assert.True(p.Latitude < 43.70001, $"{p} is on the north arm"));
    }
}
