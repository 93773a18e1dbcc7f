using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Tours;

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

    private static RoadNetwork DividedRoad()
    {
        var builder = new RoadNetworkBuilder("divided road");
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
}
