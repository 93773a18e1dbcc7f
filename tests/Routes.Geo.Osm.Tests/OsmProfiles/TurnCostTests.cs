using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>
/// Car turn costs as OSRM's car.lua gives them (turn_penalty 7.5 s, turn_bias 1.075, u_turn_penalty 20 s, traffic
/// signals 2 s; stop 2 s and give-way 1 s from its obstacles), on junctions imported from OSM XML through osmium.
/// </summary>
public class TurnCostTests
{
    private const double ResidentialMetresPerSecond = 25 / 3.6;

    // OSRM car.lua's sigmoid, written out here apart from the profile's code: angle positive to the right.
    private static double Osrm(double angle) => angle >= 0
        ? 7.5 / (1 + Math.Exp(-((13 / 1.075 * angle / 180) - (6.5 * 1.075))))
        : 7.5 / (1 + Math.Exp(-((13 * 1.075 * -angle / 180) - (6.5 / 1.075))));

    // A crossroads at grid (1, 1): arms west (1, 0), east (1, 2), south (0, 1), north (2, 1); a car comes from the west.
    private static RoadNetwork Crossroads(string centreTags = "")
    {
        var osm = new OsmXml().Node(1, 1, 0).Node(2, 1, 1, centreTags).Node(3, 1, 2).Node(4, 0, 1).Node(5, 2, 1);
        osm.Way("highway=residential", 1, 2, 3);
        osm.Way("highway=residential", 4, 2, 5);
        return osm.Load();
    }

    [Theory]
    [InlineData(2, 1, -90, 5.39)]
    [InlineData(0, 1, 90, 2.11)]
    [InlineData(1, 2, 0, 0.0069)]
    public void CarTurnAtACrossroads_CostsOsrmsSigmoidOfItsAngle_LeftDearerThanRight(int toRow, int toColumn, double angle, double roughSeconds)
    {
        RoadNetwork network = Crossroads();

        Route route = network.Route(TravelProfiles.Car).From(TinyNetwork.At(1, 0)).To(TinyNetwork.At(toRow, toColumn)).Calculate().Route;

        double turnSeconds = route.DurationSeconds - (route.LengthMetres / ResidentialMetresPerSecond);
        Assert.Equal(Osrm(angle), turnSeconds, 1e-9);
        Assert.Equal(roughSeconds, turnSeconds, 2);
    }

    [Fact]
    public void Pedestrians_PayNoTurnCost()
    {
        RoadNetwork network = Crossroads("highway=traffic_signals");

        Route route = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(1, 0)).To(TinyNetwork.At(2, 1)).Calculate().Route;

        Assert.Equal(route.LengthMetres / (5 / 3.6), route.DurationSeconds, 1e-9);
        Assert.False(network.GraphFor(TravelProfiles.Foot).HasTurnCosts);
    }

    [Theory]
    [InlineData("highway=traffic_signals", 2, 2)]
    [InlineData("highway=traffic_signals traffic_signals:direction=forward", 2, 0)]
    [InlineData("highway=traffic_signals direction=backward", 0, 2)]
    [InlineData("highway=stop", 2, 2)]
    [InlineData("highway=stop direction=forward", 2, 0)]
    [InlineData("highway=give_way", 1, 1)]
    [InlineData("highway=crossing", 0, 0)]
    public void SignalStopOrGiveWayOnARoad_DelaysEachDirectionItFaces(string nodeTags, double forwardSeconds, double backwardSeconds)
    {
        RoadNetwork network = SingleWay.Import("highway=residential", nodeTags);

        Route forward = network.Route(TravelProfiles.Car).From(SingleWay.First).To(SingleWay.Last).Calculate().Route;
        Route backward = network.Route(TravelProfiles.Car).From(SingleWay.Last).To(SingleWay.First).Calculate().Route;

        Assert.Equal(forwardSeconds, forward.DurationSeconds - (forward.LengthMetres / ResidentialMetresPerSecond), 1e-9);
        Assert.Equal(backwardSeconds, backward.DurationSeconds - (backward.LengthMetres / ResidentialMetresPerSecond), 1e-9);
    }

    [Fact]
    public void TrafficSignalNode_BecomesAVertex_ButAPlainCrossingDoesNot()
    {
        Assert.Equal(3, SingleWay.Import("highway=residential", "highway=traffic_signals").VertexCount);
        Assert.Equal(2, SingleWay.Import("highway=residential", "highway=crossing").VertexCount);
    }

    [Fact]
    public void UTurn_CostsTheSigmoidAt180DegreesAndTwentySeconds()
    {
        var turn = new TurnDescription(179, IsUTurn: true, RoadCount: 1, NodeTags: null, AlongWay: true, 50, 50, FromSlowerRoad: false);

        Assert.Equal(Osrm(180) + 20, TravelProfiles.Car.TurnSeconds(turn), 1e-9);
    }

    [Fact]
    public void RoadGoingOn_PaysNoAngleCost()
    {
        var bend = new TurnDescription(-60, IsUTurn: false, RoadCount: 2, NodeTags: null, AlongWay: true, 50, 50, FromSlowerRoad: false);

        Assert.Equal(0, TravelProfiles.Car.TurnSeconds(bend));
    }

    [Fact]
    public void ShortestRoute_IgnoresTurnCostsInItsChoice_ButItsDurationCountsThem()
    {
        RoadNetwork network = Crossroads();

        Route shortest = network.Route(TravelProfiles.Car).From(TinyNetwork.At(1, 0)).To(TinyNetwork.At(2, 1)).Shortest().Calculate().Route;

        Assert.Equal(Osrm(-90), shortest.DurationSeconds - (shortest.LengthMetres / ResidentialMetresPerSecond), 1e-9);
    }

    [Fact]
    public void SavedCarNetwork_FromBeforeTurnCosts_IsRefused()
    {
        RoadNetwork network = Crossroads();
        string path = Path.Combine(Path.GetTempPath(), "routes-geo-turns-" + Guid.NewGuid().ToString("N") + ".rgnet");
        try
        {
            SavedNetwork.Save(path, network.GraphFor(new CarWithoutTurnCosts()), RouteMetric.Fastest);

            var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Car));
            Assert.Contains("turn costs", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void SavedCarNetwork_KeepsItsTurnCosts()
    {
        RoadNetwork network = Crossroads("highway=traffic_signals");
        string path = Path.Combine(Path.GetTempPath(), "routes-geo-turns-" + Guid.NewGuid().ToString("N") + ".rgnet");
        try
        {
            SavedNetwork.Save(path, network.GraphFor(TravelProfiles.Car), RouteMetric.Fastest);
            RoutingGraph loaded = SavedNetwork.Load(path, TravelProfiles.Car);

            Route route = loaded.Route().From(TinyNetwork.At(1, 0)).To(TinyNetwork.At(2, 1)).Using(RouteAlgorithm.ContractionHierarchy).Calculate().Route;
            Assert.Equal(Osrm(-90) + 2, route.DurationSeconds - (route.LengthMetres / ResidentialMetresPerSecond), 1e-9);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
