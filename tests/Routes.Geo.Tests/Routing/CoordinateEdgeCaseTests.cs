using Routes.Geo.Network;
using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Routing;

/// <summary>Points where coordinates wrap or coincide: across the antimeridian, near the prime meridian, the same point twice.</summary>
public class CoordinateEdgeCaseTests(ITestOutputHelper output)
{
    // Snapping across the antimeridian
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

    // The same point as start and end on a one-way street is a zero-length route (it once gave no route, or a loop)
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
