using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>
/// Rule 8: turn restrictions via one or more ways, imported from OSM XML through osmium, applied exactly. A dual
/// carriageway: eastbound row 4 (A (4,0) → B (4,1) → C (4,2)), westbound row 2 (F (2,2) → E (2,1) → D (2,0)), joined by
/// the link U from B down to E (one way, or two ways through (3,1)) and by R from C to F; a road north of B (5,1) and one
/// south of E (1,1).
/// </summary>
public class ViaWayRestrictionTests
{
    // Route lengths in metres (grid steps 111 m north, 99 m east), within 2 m: A → B → U → E → D is the turn back
    // forbidden; round by C and R is 618; on to the south road, or from the north road, 432.
    private const double Forbidden = 420;

    private static RoadNetwork DualCarriageway(string restriction, bool splitVia = false)
    {
        var osm = new OsmXml();
        foreach ((long id, int row, int column) in new (long, int, int)[] { (1, 4, 0), (2, 4, 1), (3, 4, 2), (4, 2, 2), (5, 2, 1), (6, 2, 0), (7, 5, 1), (8, 1, 1), (9, 3, 1) })
        {
            osm.Node(id, row, column);
        }

        long e1 = osm.Way("highway=primary oneway=yes", 1, 2);
        osm.Way("highway=primary oneway=yes", 2, 3);
        osm.Way("highway=primary oneway=yes", 4, 5);
        long w1 = osm.Way("highway=primary oneway=yes", 5, 6);
        osm.Way("highway=residential", 3, 4);
        osm.Way("highway=residential", 7, 2);
        long south = osm.Way("highway=residential", 5, 8);
        long[] via = splitVia ? [osm.Way("highway=residential", 9, 5), osm.Way("highway=residential", 2, 9)] : [osm.Way("highway=residential", 2, 9, 5)];
        if (restriction.Length > 0)
        {
            long to = restriction.StartsWith("restriction=only_", StringComparison.Ordinal) ? south : w1;
            osm.Relation("type=restriction " + restriction, [("way", e1, "from"), .. via.Select(v => ("way", v, "via")), ("way", to, "to")]);
        }

        return osm.Load();
    }

    private static double Length(RoadNetwork network, (int Row, int Column) from, (int Row, int Column) to, RouteAlgorithm algorithm = RouteAlgorithm.Auto) =>
        network.Route(TravelProfiles.Car).From(TinyNetwork.At(from.Row, from.Column)).To(TinyNetwork.At(to.Row, to.Column))
            .Using(algorithm).Calculate().Route.LengthMetres;

    [Fact]
    public void WithoutTheRestriction_TheCarTurnsBackThroughTheLink()
    {
        RoadNetwork network = DualCarriageway("");

        Assert.Equal(Forbidden, Length(network, (4, 0), (2, 0)), 2.0);
    }

    [Theory]
    [InlineData(false, RouteAlgorithm.Dijkstra)]
    [InlineData(false, RouteAlgorithm.AStar)]
    [InlineData(false, RouteAlgorithm.ContractionHierarchy)]
    [InlineData(true, RouteAlgorithm.Dijkstra)]
    [InlineData(true, RouteAlgorithm.ContractionHierarchy)]
    public void NoUTurnViaTheLink_SendsTheCarRoundByTheNextLink(bool splitVia, RouteAlgorithm algorithm)
    {
        RoadNetwork network = DualCarriageway("restriction=no_u_turn", splitVia);

        Assert.Equal(1, network.GraphFor(TravelProfiles.Car).BindingViaWayRestrictionCount);
        Assert.Equal(618, Length(network, (4, 0), (2, 0), algorithm), 2.0);
    }

    [Theory]
    [InlineData(RouteAlgorithm.Dijkstra)]
    [InlineData(RouteAlgorithm.ContractionHierarchy)]
    public void NoUTurnViaTheLink_LeavesTheLinkOpen_ToAnotherExitAndFromAnotherEntry(RouteAlgorithm algorithm)
    {
        RoadNetwork network = DualCarriageway("restriction=no_u_turn");

        Assert.Equal(432, Length(network, (4, 0), (1, 1), algorithm), 2.0);
        Assert.Equal(432, Length(network, (5, 1), (2, 0), algorithm), 2.0);
    }

    [Theory]
    [InlineData(RouteAlgorithm.Dijkstra)]
    [InlineData(RouteAlgorithm.ContractionHierarchy)]
    public void OnlyStraightOnViaTheLink_HoldsTheCarToTheToWay_OnlyWhenItCameByTheFromWay(RouteAlgorithm algorithm)
    {
        RoadNetwork network = DualCarriageway("restriction=only_straight_on");

        Assert.Equal(618, Length(network, (4, 0), (2, 0), algorithm), 2.0);
        Assert.Equal(432, Length(network, (4, 0), (1, 1), algorithm), 2.0);
        Assert.Equal(432, Length(network, (5, 1), (2, 0), algorithm), 2.0);
    }

    [Fact]
    public void ViaWayRestriction_BindsNoPedestrian()
    {
        RoadNetwork network = DualCarriageway("restriction=no_u_turn");

        Assert.Equal(0, network.GraphFor(TravelProfiles.Foot).BindingRestrictionCount);
    }

    // Every pair of grid points and edge midpoints: the hierarchy (with its via-way copies) costs what plain Dijkstra does.
    [Theory]
    [InlineData("restriction=no_u_turn", false)]
    [InlineData("restriction=only_straight_on", true)]
    public void Hierarchy_CostsWhatDijkstraCosts_WithViaWayRestrictions(string restriction, bool splitVia)
    {
        RoutingGraph car = DualCarriageway(restriction, splitVia).GraphFor(TravelProfiles.Car);
        var points = new List<SnapResult>();
        for (double r = 1; r <= 5; r += 0.5)
        {
            for (double c = 0; c <= 2; c += 0.5)
            {
                points.Add(car.Snap(TinyNetwork.At(r, c), 1000));
            }
        }

        foreach (RouteMetric metric in (RouteMetric[])[RouteMetric.Fastest, RouteMetric.Shortest])
        {
            car.Prepare(metric);
            foreach (SnapResult a in points)
            {
                foreach (SnapResult b in points)
                {
                    EdgeSearch.Found? plain = car.Search(a, b, metric, RouteAlgorithm.Dijkstra);
                    EdgeSearch.Found? hierarchy = car.Search(a, b, metric, RouteAlgorithm.ContractionHierarchy);
                    Assert.Equal(plain is null, hierarchy is null);
                    Assert.Equal(plain?.Cost ?? 0, hierarchy?.Cost ?? 0, 1e-9);
                }
            }
        }
    }

    [Fact]
    public void SavedNetwork_KeepsItsViaWayRestrictions()
    {
        RoadNetwork network = DualCarriageway("restriction=no_u_turn", splitVia: true);
        string path = Path.Combine(Path.GetTempPath(), "routes-geo-viaway-" + Guid.NewGuid().ToString("N") + ".rgnet");
        try
        {
            SavedNetwork.Save(path, network.GraphFor(TravelProfiles.Car), RouteMetric.Fastest);
            RoutingGraph loaded = SavedNetwork.Load(path, TravelProfiles.Car);

            Assert.Equal(1, loaded.BindingViaWayRestrictionCount);
            Route route = loaded.Route().From(TinyNetwork.At(4, 0)).To(TinyNetwork.At(2, 0)).Using(RouteAlgorithm.ContractionHierarchy).Calculate().Route;
            Assert.Equal(618, route.LengthMetres, 2.0);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ViaWaysThatDoNotChain_AreDroppedAndCounted()
    {
        var osm = new OsmXml().Node(1, 0, 0).Node(2, 0, 1).Node(3, 0, 2).Node(4, 3, 3).Node(5, 3, 4);
        long from = osm.Way("highway=residential", 1, 2);
        long to = osm.Way("highway=residential", 2, 3);
        long far = osm.Way("highway=residential", 4, 5);
        osm.Relation("type=restriction restriction=no_left_turn", ("way", from, "from"), ("way", far, "via"), ("way", to, "to"));

        RoadNetwork network = osm.Load();

        Assert.Equal(1, network.Statistics.TurnRestrictionsDropped);
        Assert.Equal(0, network.GraphFor(TravelProfiles.Car).BindingRestrictionCount);
    }
}
