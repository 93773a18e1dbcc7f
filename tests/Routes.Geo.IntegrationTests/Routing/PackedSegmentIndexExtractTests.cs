using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing;

/// <summary>The packed snapping index on the real extracts, car and foot, against a full scan of every usable segment.</summary>
public class PackedSegmentIndexExtractTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Graphs => new()
    {
        { "monaco", "car" }, { "monaco", "foot" }, { "andorra", "car" }, { "andorra", "foot" }, { "liechtenstein", "car" }, { "liechtenstein", "foot" },
    };

    [Theory]
    [MemberData(nameof(Graphs))]
    public void PackedIndex_FindsTheSameNearestSegmentAsAFullScan(string extract, string profile)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profile));
        var scan = new SegmentScan(graph);
        (double south, double west, double north, double east) = Bounds(graph.Network);
        var random = new Random(20261202);
        int found = 0;
        for (int i = 0; i < 2000; i++)
        {
            // Inside the bounding box and up to a fifth of it beyond each side; a third with the default reach, the rest 5 km.
            var point = new GeoPoint(south + ((north - south) * ((1.4 * random.NextDouble()) - 0.2)), west + ((east - west) * ((1.4 * random.NextDouble()) - 0.2)));
            double maxMetres = i % 3 == 0 ? RouteRequest.DefaultMaxSnapMetres : 5000;
            SnapResult? snap = graph.SnapIndex.Snap(point, maxMetres);
            Assert.Equal(scan.Nearest(point, maxMetres), snap is null ? null : (snap.Edge, snap.OffsetMetres, snap.DistanceMetres));
            found += snap is null ? 0 : 1;
        }

        output.WriteLine($"{extract} {profile}: {graph.SnapIndex.Packed.Count} segments, {found} of 2000 points snapped");
        Assert.InRange(found, 400, 2000); // Andorra is mostly mountains without roads: 528 car, 869 foot.
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void PackedIndex_VisitsExactlyTheSegmentsWhoseBoxMeetsTheQuery(string extract, string profile)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profile));
        var scan = new SegmentScan(graph);
        (double south, double west, double north, double east) = Bounds(graph.Network);
        var random = new Random(20261203);
        long visits = 0;
        for (int i = 0; i < 300; i++)
        {
            // From a few metres to past the whole extract.
            double size = Math.Pow(10, -4.5 + (4 * random.NextDouble()));
            double w = west + ((east - west) * ((1.2 * random.NextDouble()) - 0.1)), s = south + ((north - south) * ((1.2 * random.NextDouble()) - 0.1));
            double e = w + (size * random.NextDouble()), n = s + (size * random.NextDouble());
            var visited = new SegmentList([]);
            graph.SnapIndex.Packed.Query(w, s, e, n, ref visited);
            visited.Found.Sort();
            Assert.Equal(scan.Meeting(w, s, e, n), visited.Found);
            visits += visited.Found.Count;
        }

        output.WriteLine($"{extract} {profile}: {visits} segments visited in 300 boxes");
        Assert.True(visits > 1000);
    }

    private static (double South, double West, double North, double East) Bounds(RoadNetwork network)
    {
        double[] lat = network.PointLat.ToArray(), lon = network.PointLon.ToArray();
        return (lat.Min(), lon.Min(), lat.Max(), lon.Max());
    }

    private readonly record struct SegmentList(List<int> Found) : ISegmentVisitor
    {
        public void Visit(int segment) => Found.Add(segment);
    }
}
