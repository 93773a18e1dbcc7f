using Routes.Geo.Matrices;
using Routes.Geo.Network;
using Routes.Geo.Routing;

namespace Routes.Geo.Tests.Routing;

/// <summary>
/// A divided road: an eastbound half 22 m north of a westbound half, joined at both ends, with a side street
/// north from its western end. A point between the halves, nearer the eastbound one, wants to go west.
/// </summary>
public class DualCarriagewaySnappingTests
{
    private const double North = 50.6002, South = 50.6000;
    private static readonly GeoPoint BetweenHalves = new(50.60012, Lon(4));
    private static readonly GeoPoint SideStreetEnd = new(50.6012, Lon(1));

    private static double Lon(int column) => 3.0 + (column * 0.0014);

    private static RoadNetwork DividedRoad(bool withIsolatedOneway = false)
    {
        var builder = new RoadNetworkBuilder("divided road");
        if (withIsolatedOneway)
        {
            // A one-way piece joined to nothing, north of the side street.
            builder.AddNode(40, 50.6016, Lon(1) + 0.0003);
            builder.AddNode(41, 50.6019, Lon(1) + 0.0003);
            builder.AddWay(6, [40, 41], Tags("highway=residential oneway=yes"));
        }

        for (int c = 0; c <= 6; c++)
        {
            builder.AddNode(10 + c, North, Lon(c));
            builder.AddNode(20 + c, South, Lon(c));
        }

        builder.AddNode(30, SideStreetEnd.Latitude, SideStreetEnd.Longitude);
        builder.AddWay(1, [10, 11, 12, 13, 14, 15, 16], Tags("highway=primary oneway=yes"));
        builder.AddWay(2, [26, 25, 24, 23, 22, 21, 20], Tags("highway=primary oneway=yes"));
        builder.AddWay(3, [16, 26], Tags("highway=primary"));
        builder.AddWay(4, [20, 10], Tags("highway=primary"));
        builder.AddWay(5, [11, 30], Tags("highway=residential"));
        return builder.Build();
    }

    private static IReadOnlyDictionary<string, string> Tags(string tags) => TinyNetwork.Tags(tags);

    [Fact]
    public void PointBesideDualCarriageway_StartsOnTheHalfThatLeadsToTheTarget()
    {
        RoadNetwork network = DividedRoad();
        Route route = network.Route(TravelProfiles.Car).From(BetweenHalves).To(SideStreetEnd).Calculate().Route;
        Route fromWestbound = network.Route(TravelProfiles.Car).From(new GeoPoint(South, Lon(4))).To(SideStreetEnd).Calculate().Route;
        Route fromEastbound = network.Route(TravelProfiles.Car).From(new GeoPoint(North + 0.00001, Lon(4))).To(SideStreetEnd)
            .WithMaxSnapDistance(1.5).Calculate().Route;

        Assert.Equal(SnapCandidate.OppositeCarriageway, route.Waypoints[0].Candidate);
        Assert.Equal(South, route.From.Latitude, 9);
        Assert.Equal(fromWestbound.LengthMetres, route.LengthMetres, 6);
        Assert.True(fromEastbound.LengthMetres > route.LengthMetres + 300, $"{fromEastbound.LengthMetres:0} m against {route.LengthMetres:0} m");
    }

    [Fact]
    public void PointBesideDualCarriageway_KeepsTheNearHalfWhenItLeadsThere()
    {
        // Going east the nearer, eastbound half is the right one.
        RoadNetwork network = DividedRoad();
        Route route = network.Route(TravelProfiles.Car).From(BetweenHalves).To(new GeoPoint(North, Lon(6))).Calculate().Route;

        Assert.Equal(SnapCandidate.Nearest, route.Waypoints[0].Candidate);
        Assert.Equal(North, route.From.Latitude, 9);
    }

    // The hierarchy seeds both halves of each end into one search; Dijkstra still searches pair by pair.
    [Theory]
    [InlineData(RouteMetric.Fastest)]
    [InlineData(RouteMetric.Shortest)]
    public void PointsBesideDualCarriageway_OneHierarchySearch_ChoosesAsThePairByPairSearches(RouteMetric metric)
    {
        RoutingGraph car = DividedRoad().GraphFor(TravelProfiles.Car);
        GeoPoint[] ends = [BetweenHalves, SideStreetEnd, new GeoPoint(50.60008, Lon(2)), new GeoPoint(North, Lon(6)), new GeoPoint(50.60011, Lon(5))];
        foreach (GeoPoint a in ends)
        {
            foreach (GeoPoint b in ends)
            {
                Route pairs = car.Route().From(a).To(b).Minimizing(metric).Using(RouteAlgorithm.Dijkstra).Calculate().Route;
                Route one = car.Route().From(a).To(b).Minimizing(metric).Using(RouteAlgorithm.ContractionHierarchy).Calculate().Route;

                Assert.Equal(pairs.Waypoints.Select(w => (w.Edge, w.Candidate)), one.Waypoints.Select(w => (w.Edge, w.Candidate)));
                Assert.Equal(pairs.LengthMetres, one.LengthMetres, 6);
                Assert.Equal(pairs.DurationSeconds, one.DurationSeconds, 6);
            }
        }
    }

    [Fact]
    public void OnFoot_TheNearestHalfIsKept_ForWalkersIgnoreOneways()
    {
        Route route = DividedRoad().Route(TravelProfiles.Foot).From(BetweenHalves).To(SideStreetEnd).Calculate().Route;

        Assert.Equal(SnapCandidate.Nearest, route.Waypoints[0].Candidate);
    }

    [Fact]
    public void MatrixCell_BesideDualCarriageway_EqualsTheRoute()
    {
        RoadNetwork network = DividedRoad();
        RoutingGraph graph = network.GraphFor(TravelProfiles.Car);
        GeoPoint[] points = [BetweenHalves, SideStreetEnd];
        Route route = network.Route(TravelProfiles.Car).From(points[0]).To(points[1]).Calculate().Route;

        foreach (RouteAlgorithm algorithm in new[] { RouteAlgorithm.AStar, RouteAlgorithm.ContractionHierarchy })
        {
            TravelCell cell = TravelMatrix.Compute(graph, points, points, algorithm: algorithm)[0, 1];
            Assert.Equal(SnapCandidate.OppositeCarriageway, cell.SourceCandidate);
            Assert.Equal(route.DurationSeconds, cell.DurationSeconds, 9);
            Assert.Equal(route.LengthMetres, cell.LengthMetres, 6);
        }
    }
    [Fact]
    public void MatrixCell_FromAnOppositeCarriagewayToALargeComponentCandidate_EqualsTheRoute()
    {
        // Found by review: the matrix once paired large-component snaps with nearest snaps only.
        RoadNetwork network = DividedRoad(withIsolatedOneway: true);
        GeoPoint[] points = [BetweenHalves, new(50.6015, Lon(1) + 0.0003)];
        Route route = network.Route(TravelProfiles.Car).From(points[0]).To(points[1]).Calculate().Route;

        TravelCell cell = TravelMatrix.Compute(network.GraphFor(TravelProfiles.Car), points, points)[0, 1];

        Assert.Equal(SnapCandidate.OppositeCarriageway, route.Waypoints[0].Candidate);
        Assert.Equal(SnapCandidate.LargeComponent, route.Waypoints[1].Candidate);
        Assert.Equal((route.Waypoints[0].Candidate, route.Waypoints[1].Candidate), (cell.SourceCandidate, cell.TargetCandidate));
        Assert.Equal(route.LengthMetres, cell.LengthMetres, 6);
    }

    [Fact]
    public void FarSideOfARoundabout_IsNoOppositeCarriageway()
    {
        // A roundabout of radius 12 m (counter-clockwise N -> W -> S -> E), four two-way arms; the point lies in its
        // north-east quarter and the target down the south arm, which the far side (W -> S) would reach sooner.
        const double Lat = 50.6, Lon0 = 3.0, DLat = 0.0001078, DLon = 0.0001697;
        var builder = new RoadNetworkBuilder("roundabout");
        builder.AddNode(1, Lat + DLat, Lon0);
        builder.AddNode(2, Lat, Lon0 - DLon);
        builder.AddNode(3, Lat - DLat, Lon0);
        builder.AddNode(4, Lat, Lon0 + DLon);
        builder.AddNode(11, Lat + 0.001, Lon0);
        builder.AddNode(12, Lat, Lon0 - 0.0014);
        builder.AddNode(13, Lat - 0.001, Lon0);
        builder.AddNode(14, Lat, Lon0 + 0.0014);
        builder.AddWay(1, [1, 2, 3, 4, 1], Tags("highway=primary junction=roundabout"));
        for (int arm = 1; arm <= 4; arm++)
        {
            builder.AddWay(10 + arm, [arm, 10 + arm], Tags("highway=primary"));
        }

        Route route = builder.Build().Route(TravelProfiles.Car).From(new GeoPoint(Lat + 0.00006, Lon0 + 0.0001)).To(new GeoPoint(Lat - 0.001, Lon0)).Calculate().Route;

        Assert.Equal(SnapCandidate.Nearest, route.Waypoints[0].Candidate);
        Assert.True(route.Waypoints[0].DistanceMetres < 5, $"{route.Waypoints[0].DistanceMetres:0.0} m");
    }
}
