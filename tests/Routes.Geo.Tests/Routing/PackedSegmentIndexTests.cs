using Routes.Geo.Network;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.Tests.Routing;

/// <summary>
/// The packed snapping index against a full scan of every segment (<see cref="SegmentScan"/>) on hand-built and random
/// networks, and its saved form: a round trip, determinism, and damaged arrays.
/// </summary>
public class PackedSegmentIndexTests
{
    [Fact]
    public void PackedIndex_VisitsExactlyTheSegmentsWhoseBoxMeetsTheQuery()
    {
        foreach (RoutingGraph graph in new[] { RandomPolylines(7, 1500).GraphFor(TravelProfiles.Foot), RandomGrid(8, 45).GraphFor(TravelProfiles.Car) })
        {
            var random = new Random(11);
            var scan = new SegmentScan(graph);
            Assert.True(graph.SnapIndex.Packed.Count > 16 * 16 * 4, "the trees have several levels");
            for (int i = 0; i < 600; i++)
            {
                // Boxes from a point's size to past the whole network, some collapsed to a line or a point.
                double size = Math.Pow(10, -6 + (5 * random.NextDouble()));
                double west = 2.99 + (0.09 * random.NextDouble()), south = 50.59 + (0.07 * random.NextDouble());
                double east = i % 10 == 0 ? west : west + (size * random.NextDouble()), north = i % 15 == 0 ? south : south + (size * random.NextDouble());
                Assert.Equal(scan.Meeting(west, south, east, north), Visited(graph.SnapIndex.Packed, west, south, east, north));
            }
        }
    }

    [Fact]
    public void PackedIndex_FindsTheSameNearestSegmentAsAFullScan()
    {
        foreach (RoutingGraph graph in new[] { RandomPolylines(3, 1500).GraphFor(TravelProfiles.Foot), RandomGrid(5, 45).GraphFor(TravelProfiles.Car) })
        {
            var random = new Random(12);
            var scan = new SegmentScan(graph);
            for (int i = 0; i < 600; i++)
            {
                var point = new GeoPoint(50.58 + (0.09 * random.NextDouble()), 2.98 + (0.11 * random.NextDouble()));
                double maxMetres = i % 3 == 0 ? 30 : 2000;
                Assert.Equal(scan.Nearest(point, maxMetres), Found(graph.SnapIndex.Snap(point, maxMetres)));
            }
        }
    }

    [Fact]
    public void PackedIndex_QueryAllocatesNothing()
    {
        PackedSegmentIndex index = RandomPolylines(9, 1500).GraphFor(TravelProfiles.Foot).SnapIndex.Packed;
        var counter = new SegmentCounter();
        index.Query(-180, -90, 180, 90, ref counter);
        counter = new SegmentCounter();

        long before = GC.GetAllocatedBytesForCurrentThread();
        index.Query(-180, -90, 180, 90, ref counter);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(index.Count, counter.Count);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void EmptyIndex_VisitsNothingSnapsNowhereAndRoundTrips()
    {
        var network = new TinyNetwork();
        network.Way("highway=motorway", (0, 0), (0, 1));
        RoutingGraph foot = network.Build().GraphFor(TravelProfiles.Foot);

        Assert.Equal(0, foot.SnapIndex.Packed.Count);
        Assert.Empty(Visited(foot.SnapIndex.Packed, -180, -90, 180, 90));
        Assert.Null(foot.SnapIndex.Snap(TinyNetwork.At(0, 0), 1000));
        Assert.Null(foot.SnapIndex.NearestDistanceMetres(TinyNetwork.At(0, 0), 100));
        PackedSegmentIndex read = PackedSegmentIndex.Read(Reader(Bytes(foot.SnapIndex.Packed)), foot, full: true);
        Assert.Equal(0, read.Count);
        Assert.Equal(0, read.NodeBoxes.Length);
    }

    [Fact]
    public void OneSegment_IsVisitedByExactlyTheBoxesThatMeetIt_TouchingIncluded()
    {
        var network = new TinyNetwork();
        network.Way("highway=residential", (0, 0), (1, 1));
        RoutingGraph graph = network.Build().GraphFor(TravelProfiles.Foot);
        GeoPoint a = TinyNetwork.At(0, 0), b = TinyNetwork.At(1, 1);

        Assert.Equal([0], Visited(graph.SnapIndex.Packed, a.Longitude, a.Latitude, a.Longitude, a.Latitude));
        Assert.Equal([0], Visited(graph.SnapIndex.Packed, b.Longitude, b.Latitude, b.Longitude + 1, b.Latitude + 1));
        Assert.Empty(Visited(graph.SnapIndex.Packed, b.Longitude + 1e-9, a.Latitude, b.Longitude + 1, b.Latitude));
        Assert.Empty(Visited(graph.SnapIndex.Packed, a.Longitude, a.Latitude - 1, b.Longitude, a.Latitude - 1e-9));
        GeoPoint middle = TinyNetwork.At(0.5, 0.5);
        Assert.Equal(new SegmentScan(graph).Nearest(middle, 250), Found(graph.SnapIndex.Snap(middle, 250)));
    }

    [Theory]
    [InlineData(179.9990, 179.9998, -179.9999)]
    [InlineData(-179.9998, -179.9990, 179.9999)]
    public void SearchBoxAcrossTheAntimeridian_FindsTheRoadOnTheOtherSide(double fromLon, double toLon, double pointLon)
    {
        var builder = new RoadNetworkBuilder("antimeridian");
        builder.AddNode(1, -17.0, fromLon);
        builder.AddNode(2, -17.0, toLon);
        builder.AddWay(1, [1, 2], TinyNetwork.Tags("highway=residential"));
        RoutingGraph graph = builder.Build().GraphFor(TravelProfiles.Foot);
        var point = new GeoPoint(-17.0001, pointLon);

        SnapResult? snap = graph.SnapIndex.Snap(point, 250);
        Assert.NotNull(snap);
        Assert.InRange(snap.DistanceMetres, 11, 40);
        Assert.Equal(new SegmentScan(graph).Nearest(point, 250), Found(snap));
    }

    [Fact]
    public void ManyIdenticalBoxes_AreAllVisitedAndTheLowestSegmentWins()
    {
        var builder = new RoadNetworkBuilder("forty copies of one road");
        for (int i = 0; i < 40; i++)
        {
            builder.AddNode(1 + (2 * i), 50.6, 3.0);
            builder.AddNode(2 + (2 * i), 50.601, 3.001);
            builder.AddWay(1 + i, [1 + (2 * i), 2 + (2 * i)], TinyNetwork.Tags("highway=residential"));
        }

        RoutingGraph graph = builder.Build().GraphFor(TravelProfiles.Foot);
        var point = new GeoPoint(50.6004, 3.0006);

        Assert.Equal(40, graph.SnapIndex.Packed.Count);
        Assert.Equal(new SegmentScan(graph).Meeting(3.0005, 50.6, 3.0005, 50.6), Visited(graph.SnapIndex.Packed, 3.0005, 50.6, 3.0005, 50.6));
        Assert.Equal(40, Visited(graph.SnapIndex.Packed, 3.0005, 50.6, 3.0005, 50.6).Count);
        Assert.Equal(new SegmentScan(graph).Nearest(point, 250), Found(graph.SnapIndex.Snap(point, 250)));
        Assert.Equal(0, graph.SnapIndex.Snap(point, 250)!.Edge);
    }

    [Fact]
    public void WriteThenRead_GivesTheSameArraysAndTheSameSnaps()
    {
        RoadNetwork network = RandomPolylines(4, 800);
        RoutingGraph built = network.GraphFor(TravelProfiles.Foot);
        byte[] bytes = Bytes(built.SnapIndex.Packed);
        foreach (bool full in new[] { true, false })
        {
            var read = new RoutingGraph(network, TravelProfiles.Foot, g => new SnapIndex(g, PackedSegmentIndex.Read(Reader(bytes), g, full)));

            Assert.Equal(built.SnapIndex.Packed.Segments.ToArray(), read.SnapIndex.Packed.Segments.ToArray());
            Assert.Equal(built.SnapIndex.Packed.NodeBoxes.ToArray(), read.SnapIndex.Packed.NodeBoxes.ToArray());
            var random = new Random(13);
            for (int i = 0; i < 300; i++)
            {
                var point = new GeoPoint(50.58 + (0.09 * random.NextDouble()), 2.98 + (0.11 * random.NextDouble()));
                Assert.Equal(built.SnapIndex.Snap(point, 2000), read.SnapIndex.Snap(point, 2000));
                Assert.Equal(built.SnapIndex.Nearest(point, 3, 500, null, SnapConstraint.None), read.SnapIndex.Nearest(point, 3, 500, null, SnapConstraint.None));
            }
        }
    }

    [Fact]
    public void Build_IsDeterministic()
    {
        byte[] first = Bytes(RandomPolylines(5, 800).GraphFor(TravelProfiles.Foot).SnapIndex.Packed);
        byte[] second = Bytes(RandomPolylines(5, 800).GraphFor(TravelProfiles.Foot).SnapIndex.Packed);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData(3, -1, "snap index, segments 3")]
    [InlineData(5, int.MaxValue, "snap index, segments 5")]
    [InlineData(7, 0, "snap index, segments")] // segment 0 listed twice (at 7 and where it was)
    public void Read_WithTheFullCheck_RejectsABadSegmentId(int at, int id, string section)
    {
        RoutingGraph graph = RandomPolylines(6, 300).GraphFor(TravelProfiles.Foot);
        PackedSegmentIndex packed = graph.SnapIndex.Packed;
        int[] segments = packed.Segments.ToArray();
        at = id == 0 && segments[at] == 0 ? at + 1 : at;
        segments[at] = id;

        var e = Assert.Throws<InvalidDataException>(() => PackedSegmentIndex.Read(Reader(Bytes(segments, packed.NodeBoxes.ToArray())), graph, full: true));
        Assert.Contains(section, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithTheFullCheck_RejectsTheLastPointOfAnEdgeAsASegment()
    {
        RoutingGraph graph = RandomPolylines(6, 300).GraphFor(TravelProfiles.Foot);
        PackedSegmentIndex packed = graph.SnapIndex.Packed;
        int[] segments = packed.Segments.ToArray();
        segments[9] = graph.Network.EdgeGeometryStart[1] - 1;

        var e = Assert.Throws<InvalidDataException>(() => PackedSegmentIndex.Read(Reader(Bytes(segments, packed.NodeBoxes.ToArray())), graph, full: true));
        Assert.Contains("snap index, segments 9", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-1)]
    public void Read_WithTheFullCheck_RejectsANodeBoxThatIsNotItsChildrensUnion(int at)
    {
        RoutingGraph graph = RandomPolylines(6, 300).GraphFor(TravelProfiles.Foot);
        PackedSegmentIndex packed = graph.SnapIndex.Packed;
        double[] boxes = packed.NodeBoxes.ToArray();
        at = at < 0 ? boxes.Length - 2 : at;
        boxes[at] += 1e-7;

        var e = Assert.Throws<InvalidDataException>(() => PackedSegmentIndex.Read(Reader(Bytes(packed.Segments.ToArray(), boxes)), graph, full: true));
        Assert.Contains($"snap index, node boxes {at}", e.Message, StringComparison.Ordinal);
        _ = PackedSegmentIndex.Read(Reader(Bytes(packed.Segments.ToArray(), boxes)), graph, full: false);
    }

    [Fact]
    public void Read_OfATruncatedSection_ThrowsEndOfStreamNamingIt()
    {
        RoutingGraph graph = RandomPolylines(6, 300).GraphFor(TravelProfiles.Foot);
        byte[] bytes = Bytes(graph.SnapIndex.Packed);

        foreach (bool full in new[] { true, false })
        {
            var boxes = Assert.Throws<EndOfStreamException>(() => PackedSegmentIndex.Read(Reader(bytes[..^8]), graph, full));
            Assert.Contains("snap index, node boxes", boxes.Message, StringComparison.Ordinal);
            var segments = Assert.Throws<EndOfStreamException>(() => PackedSegmentIndex.Read(Reader(bytes[..100]), graph, full));
            Assert.Contains("snap index, segments", segments.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_WithoutTheFullCheck_RejectsLengthsThatDisagreeWithTheGraph()
    {
        RoadNetwork network = RandomPolylines(6, 300);
        RoutingGraph car = network.GraphFor(TravelProfiles.Car), foot = network.GraphFor(TravelProfiles.Foot);
        Assert.NotEqual(car.SnapIndex.Packed.Count, foot.SnapIndex.Packed.Count);
        PackedSegmentIndex packed = foot.SnapIndex.Packed;

        var e = Assert.Throws<InvalidDataException>(() => PackedSegmentIndex.Read(Reader(Bytes(packed)), car, full: false));
        Assert.Contains("snap index, segments", e.Message, StringComparison.Ordinal);
        var boxes = Assert.Throws<InvalidDataException>(() => PackedSegmentIndex.Read(Reader(Bytes(packed.Segments.ToArray(), packed.NodeBoxes.ToArray()[4..])), foot, full: false));
        Assert.Contains("snap index, node boxes", boxes.Message, StringComparison.Ordinal);
    }

    // Random polylines of 2 to 6 points near Lille, one in eight a tunnel, one in twenty a motorway (not for foot).
    private static RoadNetwork RandomPolylines(int seed, int ways)
    {
        var random = new Random(seed);
        var builder = new RoadNetworkBuilder("random polylines");
        long node = 1;
        for (int w = 0; w < ways; w++)
        {
            double lat = 50.6 + (0.05 * random.NextDouble()), lon = 3.0 + (0.07 * random.NextDouble());
            var nodes = new List<long>();
            for (int p = 0, points = random.Next(2, 7); p < points; p++, node++)
            {
                builder.AddNode(node, lat, lon);
                nodes.Add(node);
                (lat, lon) = (lat + (0.0008 * (random.NextDouble() - 0.5)), lon + (0.0011 * (random.NextDouble() - 0.5)));
            }

            string tags = w % 20 == 0 ? "highway=motorway" : w % 8 == 0 ? "highway=residential tunnel=yes" : "highway=residential";
            builder.AddWay(w + 1, [.. nodes], TinyNetwork.Tags(tags));
        }

        return builder.Build();
    }

    private static RoadNetwork RandomGrid(int seed, int size)
    {
        var network = new TinyNetwork();
        network.RandomGrid(new Random(seed), size);
        return network.Build();
    }

    private static (int Edge, double OffsetMetres, double DistanceMetres)? Found(SnapResult? snap) =>
        snap is null ? null : (snap.Edge, snap.OffsetMetres, snap.DistanceMetres);

    private static List<int> Visited(PackedSegmentIndex index, double west, double south, double east, double north)
    {
        var visited = new SegmentList([]);
        index.Query(west, south, east, north, ref visited);
        visited.Found.Sort();
        return visited.Found;
    }

    private static byte[] Bytes(PackedSegmentIndex index)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            index.Write(writer);
        }

        return stream.ToArray();
    }

    // The layout Write gives, from arrays a test has changed.
    private static byte[] Bytes(int[] segments, double[] nodeBoxes)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(PackedSegmentIndex.NodeSize);
            BinaryArrays.Write(writer, segments);
            BinaryArrays.Write(writer, nodeBoxes);
        }

        return stream.ToArray();
    }

    private static BinaryReader Reader(byte[] bytes) => new(new MemoryStream(bytes));

    private struct SegmentCounter : ISegmentVisitor
    {
        public int Count { get; private set; }

        public void Visit(int segment) => Count++;
    }

    private readonly record struct SegmentList(List<int> Found) : ISegmentVisitor
    {
        public void Visit(int segment) => Found.Add(segment);
    }
}
