using Routes.Geo.Geodesy;
using Routes.Geo.Routing;

namespace Routes.Geo.Tests.Routing;

public class RoutingTests
{
    private static readonly GeoPoint Row0Col0 = TinyNetwork.At(0, 0);
    private static readonly GeoPoint Row0Col2 = TinyNetwork.At(0, 2);

    private static RouteResult Route(RoadNetwork network, Profile profile, GeoPoint from, GeoPoint to, RouteMetric metric = RouteMetric.Fastest) =>
        network.Route(profile).From(from).To(to).Minimizing(metric).Calculate();

    [Fact]
    public void StraightRoad_LengthIsEllipsoidalDistance()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        RouteResult result = Route(tiny.Build(), TravelProfiles.Car, Row0Col0, Row0Col2);

        double expected = Geodesic.Wgs84.Distance(Row0Col0.Latitude, Row0Col0.Longitude, TinyNetwork.At(0, 1).Latitude, TinyNetwork.At(0, 1).Longitude)
            + Geodesic.Wgs84.Distance(TinyNetwork.At(0, 1).Latitude, TinyNetwork.At(0, 1).Longitude, Row0Col2.Latitude, Row0Col2.Longitude);
        Assert.True(result.IsFound);
        Assert.Equal(expected, result.Route.LengthMetres, 6);
        Assert.Equal(expected / (25 / 3.6), result.Route.DurationSeconds, 6);
        Assert.Equal(Row0Col0, result.Route.From);
        Assert.Equal(Row0Col2, result.Route.To);
    }

    [Fact]
    public void OnewayAgainstTraffic_IsNotRoutable()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential oneway=yes", (0, 0), (0, 1), (0, 2));
        RoadNetwork network = tiny.Build();

        RouteResult against = Route(network, TravelProfiles.Car, Row0Col2, Row0Col0);

        Assert.False(against.IsFound);
        Assert.Equal(NoRouteReason.BlockedByDirectionOrRestriction, against.Failure.Reason);
        Assert.Throws<NoRouteException>(() => against.Route);
        Assert.True(Route(network, TravelProfiles.Car, Row0Col0, Row0Col2).IsFound);
    }

    [Fact]
    public void OnewayAgainstTraffic_IsWalkable()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential oneway=yes", (0, 0), (0, 1), (0, 2));
        Assert.True(Route(tiny.Build(), TravelProfiles.Foot, Row0Col2, Row0Col0).IsFound);
    }

    [Fact]
    public void OnewayAgainstTraffic_CarTakesTheDetour()
    {
        // Direct street (row 0) is one-way eastwards; the loop over row 1 is two-way.
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential oneway=yes", (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 1), (1, 2), (0, 2));
        RoadNetwork network = tiny.Build();

        Route car = Route(network, TravelProfiles.Car, Row0Col2, Row0Col0).Route;
        Route foot = Route(network, TravelProfiles.Foot, Row0Col2, Row0Col0).Route;

        Assert.True(car.LengthMetres > foot.LengthMetres + 200);
        Assert.Contains(car.Geometry, p => p == TinyNetwork.At(1, 1));
    }

    [Fact]
    public void NoLeftTurn_ForcesCarAroundTheBlock_ButNotPedestrians()
    {
        // A T junction at (0,1): from the west arm, turning north is forbidden.
        var tiny = new TinyNetwork();
        long west = tiny.Way("highway=residential", (0, 0), (0, 1));
        long north = tiny.Way("highway=residential", (0, 1), (1, 1));
        tiny.Way("highway=residential", (0, 1), (0, 2), (1, 2), (1, 1));
        tiny.Restriction(west, (0, 1), north, "type=restriction restriction=no_left_turn");
        RoadNetwork network = tiny.Build();
        GeoPoint target = TinyNetwork.At(1, 1);

        Route car = Route(network, TravelProfiles.Car, Row0Col0, target, RouteMetric.Shortest).Route;
        Route foot = Route(network, TravelProfiles.Foot, Row0Col0, target, RouteMetric.Shortest).Route;

        Assert.Equal(1, network.GraphFor(TravelProfiles.Car).BindingRestrictionCount);
        Assert.Contains(TinyNetwork.At(1, 2), car.Geometry);
        Assert.DoesNotContain(TinyNetwork.At(1, 2), foot.Geometry);
        Assert.True(car.LengthMetres > foot.LengthMetres + 150);
    }

    [Fact]
    public void Restriction_ExceptBicycle_DoesNotBindBicycles()
    {
        var tiny = new TinyNetwork();
        long west = tiny.Way("highway=residential", (0, 0), (0, 1));
        long north = tiny.Way("highway=residential", (0, 1), (1, 1));
        tiny.Restriction(west, (0, 1), north, "type=restriction restriction=no_left_turn except=bicycle");
        RoadNetwork network = tiny.Build();

        Assert.False(Route(network, TravelProfiles.Car, Row0Col0, TinyNetwork.At(1, 1)).IsFound);
        Assert.True(Route(network, TravelProfiles.Bicycle, Row0Col0, TinyNetwork.At(1, 1)).IsFound);
    }

    [Fact]
    public void OnlyStraightOn_ForbidsTheOtherTurns()
    {
        var tiny = new TinyNetwork();
        long west = tiny.Way("highway=residential", (0, 0), (0, 1));
        long east = tiny.Way("highway=residential oneway=yes", (0, 1), (0, 2), (0, 3));
        tiny.Way("highway=residential", (0, 1), (1, 1));
        tiny.Restriction(west, (0, 1), east, "type=restriction restriction=only_straight_on");
        RoadNetwork network = tiny.Build();

        // The east arm is a one-way with no way back, so once straight on there is no turning north.
        Assert.True(Route(network, TravelProfiles.Car, Row0Col0, Row0Col2).IsFound);
        Assert.False(Route(network, TravelProfiles.Car, Row0Col0, TinyNetwork.At(1, 1)).IsFound);
        Assert.True(Route(network, TravelProfiles.Foot, Row0Col0, TinyNetwork.At(1, 1)).IsFound);
    }

    [Fact]
    public void Bollard_BlocksCars_ButNotPedestriansOrBicycles()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        tiny.NodeTags(0, 1, "barrier=bollard");
        RoadNetwork network = tiny.Build();

        RouteResult car = Route(network, TravelProfiles.Car, Row0Col0, Row0Col2);
        Assert.False(car.IsFound);
        Assert.Equal(NoRouteReason.DifferentComponents, car.Failure.Reason);
        Assert.True(Route(network, TravelProfiles.Foot, Row0Col0, Row0Col2).IsFound);
        Assert.True(Route(network, TravelProfiles.Bicycle, Row0Col0, Row0Col2).IsFound);
    }

    [Fact]
    public void GateWithMotorVehicleNo_BlocksCars()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        tiny.NodeTags(0, 1, "barrier=gate motor_vehicle=no");
        RoadNetwork network = tiny.Build();

        Assert.False(Route(network, TravelProfiles.Car, Row0Col0, Row0Col2).IsFound);
        Assert.True(Route(network, TravelProfiles.Foot, Row0Col0, Row0Col2).IsFound);
    }

    [Fact]
    public void DisconnectedIsland_IsDifferentComponents()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1));
        tiny.Way("highway=residential", (5, 5), (5, 6));
        RouteResult result = Route(tiny.Build(), TravelProfiles.Foot, Row0Col0, TinyNetwork.At(5, 6));

        Assert.False(result.IsFound);
        Assert.Equal(NoRouteReason.DifferentComponents, result.Failure.Reason);
        Assert.Contains("no usable road joins", result.Failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ViaPoint_IsVisited_AndLegsAddUp()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 1), (1, 2), (0, 2));
        RoadNetwork network = tiny.Build();

        Route direct = network.Route(TravelProfiles.Foot).From(Row0Col0).To(Row0Col2).Calculate().Route;
        Route via = network.Route(TravelProfiles.Foot).From(Row0Col0).Via(TinyNetwork.At(1, 1)).To(Row0Col2).Calculate().Route;

        Assert.Equal(2, via.Legs.Count);
        Assert.Equal(via.Legs.Sum(l => l.LengthMetres), via.LengthMetres, 9);
        Assert.Contains(TinyNetwork.At(1, 1), via.Geometry);
        Assert.True(via.LengthMetres > direct.LengthMetres);
        Assert.Equal(3, via.Waypoints.Count);
    }

    [Fact]
    public void EqualCostTie_GivesTheSameRouteEveryTime()
    {
        // A square: both ways round from one corner to the opposite one are the same length.
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (1, 1));
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 1));
        RoadNetwork network = tiny.Build();
        GeoPoint target = TinyNetwork.At(1, 1);

        Route first = Route(network, TravelProfiles.Foot, Row0Col0, target).Route;
        for (int i = 0; i < 20; i++)
        {
            Route again = Route(network, TravelProfiles.Foot, Row0Col0, target).Route;
            Assert.Equal(first.Geometry, again.Geometry);
        }

        double side = first.LengthMetres;
        Assert.InRange(side, 209, 211);
    }

    [Fact]
    public void Fastest_PrefersTheFasterRoad_Shortest_TheShorterOne()
    {
        // Row 0: a short living street (10 km/h); over row 2: a longer primary road (65 km/h).
        var tiny = new TinyNetwork();
        tiny.Way("highway=living_street", (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=primary", (0, 0), (2, 0), (2, 2), (0, 2));
        RoadNetwork network = tiny.Build();

        Route fastest = Route(network, TravelProfiles.Car, Row0Col0, Row0Col2, RouteMetric.Fastest).Route;
        Route shortest = Route(network, TravelProfiles.Car, Row0Col0, Row0Col2, RouteMetric.Shortest).Route;

        Assert.True(shortest.LengthMetres < fastest.LengthMetres);
        Assert.True(fastest.DurationSeconds < shortest.DurationSeconds);
        Assert.Contains(TinyNetwork.At(2, 0), fastest.Geometry);
        Assert.DoesNotContain(TinyNetwork.At(2, 0), shortest.Geometry);
    }

    [Fact]
    public void PointsOnTheSameEdge_RouteAlongIt()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential name=Rue_Test", (0, 0), (0, 4));
        RoadNetwork network = tiny.Build();
        GeoPoint a = TinyNetwork.At(0.0001, 1), b = TinyNetwork.At(-0.0001, 3);

        Route route = Route(network, TravelProfiles.Foot, b, a).Route;

        Assert.InRange(route.LengthMetres, 2 * 99 - 2, 2 * 99 + 2);
        Assert.Equal(["Rue_Test"], route.RoadNames);
        Assert.Equal(a.Longitude, route.To.Longitude, 9);
    }

    [Fact]
    public void SameEdgeBehindOnOneway_GoesAroundTheBlock()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential oneway=yes", (0, 0), (0, 4));
        tiny.Way("highway=residential", (0, 4), (1, 4), (1, 0), (0, 0));
        RoadNetwork network = tiny.Build();

        Route route = Route(network, TravelProfiles.Car, TinyNetwork.At(0, 3), TinyNetwork.At(0, 1)).Route;

        // Forward to (0,4), round the loop to (0,0), then on to (0,1): about 99 + 618 + 99 m.
        Assert.Contains(TinyNetwork.At(1, 4), route.Geometry);
        Assert.InRange(route.LengthMetres, 800, 830);
    }

    [Theory]
    [InlineData(RouteAlgorithm.AStar)]
    [InlineData(RouteAlgorithm.Dijkstra)]
    [InlineData(RouteAlgorithm.ContractionHierarchy)]
    public void PointOnAJunction_IsReachedFromEveryRoadThere(RouteAlgorithm algorithm)
    {
        // The junction (0,1) ends a one-way street from (0,0); reaching it from (1,1) must not
        // require entering that one-way street, whichever edge the snap picked.
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential oneway=yes", (0, 0), (0, 1));
        tiny.Way("highway=residential", (1, 1), (0, 1));
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 1));
        RoadNetwork network = tiny.Build();
        GeoPoint junction = TinyNetwork.At(0, 1), corner = TinyNetwork.At(1, 1);

        Route to = network.Route(TravelProfiles.Car).From(corner).To(junction).Using(algorithm).Calculate().Route;
        Route from = network.Route(TravelProfiles.Car).From(junction).To(corner).Using(algorithm).Calculate().Route;

        Assert.InRange(to.LengthMetres, 110, 112);
        Assert.InRange(from.LengthMetres, 110, 112);
        Assert.Equal(junction, to.To);
        Assert.Equal(junction, from.From);
    }

    [Theory]
    [InlineData(RouteAlgorithm.AStar)]
    [InlineData(RouteAlgorithm.ContractionHierarchy)]
    public void SamePointTwice_IsAnEmptyRoute(RouteAlgorithm algorithm)
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        Route route = tiny.Build().Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 1)).To(TinyNetwork.At(0, 1)).Using(algorithm).Calculate().Route;
        Assert.Equal(0, route.LengthMetres);
        Assert.Equal(2, route.Geometry.Count);
    }

    [Fact]
    public void PointFarFromAnyRoad_ThrowsSnapTooFar_WithCoordinateAndDistance()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1));
        RoadNetwork network = tiny.Build();
        GeoPoint sea = TinyNetwork.At(30, 0);

        var error = Assert.Throws<SnapTooFarException>(() =>
            network.Route(TravelProfiles.Foot).From(Row0Col0).To(sea).WithMaxSnapDistance(100).Calculate());

        Assert.Equal("to", error.Role);
        Assert.Equal(sea, error.Point);
        Assert.NotNull(error.NearestMetres);
        Assert.InRange(error.NearestMetres!.Value, 3300, 3400);
        Assert.Contains("50.63", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoUsableRoadAtAll_SnapErrorSaysSo()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=motorway", (0, 0), (0, 1));
        var error = Assert.Throws<SnapTooFarException>(() => tiny.Build().Route(TravelProfiles.Foot).From(Row0Col0).To(Row0Col2).Calculate());
        Assert.Null(error.NearestMetres);
    }

    [Fact]
    public void InvalidCoordinate_IsATypedError()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1));
        RouteRequest request = tiny.Build().Route(TravelProfiles.Foot);

        Assert.Throws<InvalidCoordinateException>(() => request.From(double.NaN, 3.0));
        Assert.Throws<InvalidCoordinateException>(() => request.From(50.6, double.PositiveInfinity));
        Assert.Throws<InvalidCoordinateException>(() => request.To(91, 3.0));
        Assert.Throws<InvalidCoordinateException>(() => request.To(50, 181));
    }

    [Fact]
    public void ConcurrentQueries_GiveTheSameAnswersAsSequentialOnes()
    {
        var tiny = new TinyNetwork();
        for (int r = 0; r < 6; r++)
        {
            tiny.Way("highway=residential", [.. Enumerable.Range(0, 6).Select(c => (r, c))]);
            // Columns are one-way, alternately north and south, so every corner stays reachable.
            tiny.Way(r % 2 == 0 ? "highway=residential oneway=yes" : "highway=residential oneway=-1", [.. Enumerable.Range(0, 6).Select(c => (c, r))]);
        }

        RoadNetwork network = tiny.Build();
        var pairs = (from a in Enumerable.Range(0, 36) from b in Enumerable.Range(0, 36) select (a, b)).ToArray();
        double Length((int A, int B) p) =>
            network.Route(TravelProfiles.Car).From(TinyNetwork.At(p.A / 6, p.A % 6)).To(TinyNetwork.At(p.B / 6, p.B % 6)).Calculate().Route.LengthMetres;

        double[] sequential = [.. pairs.Select(Length)];
        var parallel = new double[pairs.Length];
        Parallel.For(0, pairs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Length(pairs[i]));

        Assert.Equal(sequential, parallel);
    }
}
