using NetTopologySuite.Geometries;
using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Tests.Routing;
using Routes.Geo.Tours;

namespace Routes.Geo.Tests.Tours;

public class IsochroneTests
{
    // A 3 × 3 grid of residential streets (about 111 m between rows, 99 m between columns); on foot at 5 km/h.
    private static RoadNetwork Grid()
    {
        var tiny = new TinyNetwork();
        for (int r = 0; r < 3; r++)
        {
            tiny.Way("highway=residential", (r, 0), (r, 1), (r, 2));
            tiny.Way("highway=residential", (0, r), (1, r), (2, r));
        }

        return tiny.Build();
    }

    private static Point At(double row, double column)
    {
        GeoPoint p = TinyNetwork.At(row, column);
        return new Point(p.Longitude, p.Latitude);
    }

    [Fact]
    public void ReachSearch_ReachesWholeEdgesWithinTheBudget_AndCutsTheBoundaryEdgesWhereTimeRunsOut()
    {
        RoutingGraph graph = Grid().GraphFor(TravelProfiles.Foot);
        SnapResult origin = graph.Snap(TinyNetwork.At(0, 0));
        double east = graph.DirectedDurationSeconds[2 * graph.Snap(TinyNetwork.At(0, 0.5)).Edge];
        double north = graph.DirectedDurationSeconds[2 * graph.Snap(TinyNetwork.At(0.5, 0)).Edge];
        double budget = 1.5 * Math.Max(east, north);

        List<ReachSearch.Piece> pieces = ReachSearch.Run(graph, origin, budget, RouteMetric.Fastest);

        // Two whole edges out of the corner; beyond each, two edges cut where the remaining time runs out.
        Assert.Equal(2, pieces.Count(p => p.From == 0 && p.To == 1));
        double[] cut = [.. pieces.Where(p => p.To - p.From is > 0 and < 1).Select(p => (p.To - p.From) * graph.DirectedDurationSeconds[2 * p.Edge]).Order()];
        double[] expected = [.. new[] { budget - east, budget - east, budget - north, budget - north }.Order()];
        Assert.Equal(expected.Length, cut.Length);
        Assert.All(cut.Zip(expected), pair => Assert.Equal(pair.Second, pair.First, 6));
    }

    [Fact]
    public void Isochrone_ContainsWhatIsReachableInTime_AndNothingBeyond()
    {
        RoutingGraph graph = Grid().GraphFor(TravelProfiles.Foot);
        double secondsPerColumn = graph.DirectedDurationSeconds[2 * graph.Snap(TinyNetwork.At(0, 0.5)).Edge];

        // 1.5 columns of time: (0,1) and 40-50% of the way to (0,2) and (1,1) are reachable; (1,1) and (0,2) are not.
        IsochroneResult result = Isochrone.Compute(graph, TinyNetwork.At(0, 0), TimeSpan.FromSeconds(1.5 * secondsPerColumn), bufferMetres: 10);

        Assert.Equal(4326, result.Area.SRID);
        Assert.True(result.Area.Covers(At(0, 1)));
        Assert.True(result.Area.Covers(At(0, 1.4)));
        Assert.True(result.Area.Covers(At(0.4, 1)));
        Assert.False(result.Area.Covers(At(0, 1.7)));
        Assert.False(result.Area.Covers(At(1, 1)));
        Assert.False(result.Area.Covers(At(0, 2)));
        Assert.False(result.Area.Covers(At(0.5, 0.5)), "the block between reached streets is not reached");
        Assert.True(result.Area is Polygon or MultiPolygon);
    }

    [Fact]
    public void Isochrone_OfAStraightStreet_IsOneBandTwiceTheBufferWide()
    {
        // A single straight street: 10 m bands around it form one polygon whose area is about length × 20 m.
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2), (0, 3));
        RoutingGraph graph = tiny.Build().GraphFor(TravelProfiles.Foot);
        IsochroneResult result = Isochrone.Compute(graph, TinyNetwork.At(0, 0), TimeSpan.FromHours(1), bufferMetres: 10);
        double length = graph.Network.TotalLengthMetres;
        Assert.IsType<Polygon>(result.Area);
        Assert.InRange(result.AreaSquareMetres, length * 20 * 0.99, (length * 20) + (Math.PI * 100 * 1.01));
    }

    [Fact]
    public void BadArguments_AreRejected()
    {
        RoutingGraph graph = Grid().GraphFor(TravelProfiles.Foot);
        Assert.Throws<ArgumentOutOfRangeException>(() => Isochrone.Compute(graph, TinyNetwork.At(0, 0), TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Isochrone.Compute(graph, TinyNetwork.At(0, 0), TimeSpan.FromMinutes(1), bufferMetres: 0));
        Assert.Throws<SnapTooFarException>(() => Isochrone.Compute(graph, new GeoPoint(51.5, 3.0), TimeSpan.FromMinutes(1)));
    }
}
