using Routes.Geo.Network;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Tests.Routing.Customizable;

/// <summary>
/// A divided road (eastbound half 22 m north of the westbound one, joined at both ends) whose westbound half crosses a
/// bridge between columns 2 and 4, with a residential detour south of it, and a side street north from the western end.
/// A point between the halves snaps to both; the westbound route west uses the bridge unless bridges are excluded.
/// </summary>
public class ExclusionBesideDualCarriagewayTests
{
    private const double North = 50.6002, South = 50.6000;
    private static readonly GeoPoint BetweenHalves = new(50.60012, Lon(5));
    private static readonly GeoPoint SideStreetEnd = new(50.6012, Lon(1));

    private static double Lon(int column) => 3.0 + (column * 0.0014);

    private static RoadNetwork DividedRoadWithBridge()
    {
        var builder = new RoadNetworkBuilder("divided road with a bridge");
        for (int c = 0; c <= 6; c++)
        {
            builder.AddNode(10 + c, North, Lon(c));
            builder.AddNode(20 + c, South, Lon(c));
        }

        builder.AddNode(30, SideStreetEnd.Latitude, SideStreetEnd.Longitude);
        builder.AddNode(40, South - 0.0006, Lon(4));
        builder.AddNode(41, South - 0.0006, Lon(2));
        builder.AddWay(1, [10, 11, 12, 13, 14, 15, 16], TinyNetwork.Tags("highway=primary oneway=yes"));
        builder.AddWay(2, [26, 25, 24], TinyNetwork.Tags("highway=primary oneway=yes"));
        builder.AddWay(3, [24, 23, 22], TinyNetwork.Tags("highway=primary oneway=yes bridge=yes"));
        builder.AddWay(4, [22, 21, 20], TinyNetwork.Tags("highway=primary oneway=yes"));
        builder.AddWay(5, [16, 26], TinyNetwork.Tags("highway=primary"));
        builder.AddWay(6, [20, 10], TinyNetwork.Tags("highway=primary"));
        builder.AddWay(7, [11, 30], TinyNetwork.Tags("highway=residential"));
        builder.AddWay(8, [24, 40, 41, 22], TinyNetwork.Tags("highway=residential"));
        return builder.Build();
    }

    // Both halves are snapped to and searched together; with the plain hierarchy prepared that joint search once ran on
    // it, which knows no excluded classes, and crossed the bridge.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ExcludingBridges_BesideADualCarriageway_AvoidsTheBridge_WithOrWithoutAPreparedHierarchy(bool prepared)
    {
        RoutingGraph g = DividedRoadWithBridge().GraphFor(TravelProfiles.Car);
        if (prepared)
        {
            g.Prepare(RouteMetric.Fastest);
        }

        Route plain = g.Route().From(BetweenHalves).To(SideStreetEnd).Calculate().Route;
        Route avoiding = g.Route().From(BetweenHalves).To(SideStreetEnd).Excluding(RoadClass.Bridge).Calculate().Route;

        Assert.Equal(SnapCandidate.OppositeCarriageway, avoiding.Waypoints[0].Candidate);
        Assert.Contains(3L, WaysOf(g, plain));
        Assert.DoesNotContain(3L, WaysOf(g, avoiding));
        Assert.Contains(8L, WaysOf(g, avoiding));
        Assert.True(avoiding.DurationSeconds > plain.DurationSeconds);
    }

    private static List<long> WaysOf(RoutingGraph g, Route route) =>
        [.. route.Legs.SelectMany(l => l.Trace!.DirectedEdges).Select(d => g.Network.Ways[g.Network.EdgeWay[RoutingGraph.EdgeOf(d)]].Id).Distinct()];
}
