using Routes.Geo.Isochrones;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Matrices;

namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>
/// Rule 4 enforced: a destination-only way is usable only at the start or end of a route, never as a through route.
/// Row 0 of the grid: a public road P (0,0) – (0,1), a residential street with <c>motor_vehicle=destination</c> from
/// (0,1) to (0,5), a public road on to Q (0,6); a public detour (0,1) – (2,1) – (2,5) – (0,5). Grid steps are 111 m
/// north and 99 m east, so P to Q is 594 m through the zone and 1,038 m round it.
/// </summary>
public class DestinationOnlyRoutingTests
{
    private const double Through = 594, Detour = 1038;

    private static readonly (int Row, int Column) P = (0, 0), Q = (0, 6), Inside = (0, 3);

    private static readonly RouteAlgorithm[] Algorithms =
        [RouteAlgorithm.Dijkstra, RouteAlgorithm.AStar, RouteAlgorithm.ContractionHierarchy, RouteAlgorithm.CustomizableHierarchy];

    private static RoadNetwork Zone(string zoneTags = "highway=residential motor_vehicle=destination", IEnumerable<Profile>? profiles = null, bool stub = false)
    {
        var osm = new OsmXml();
        foreach ((long id, int row, int column) in new (long, int, int)[] { (1, 0, 0), (2, 0, 1), (3, 0, 2), (4, 0, 3), (5, 0, 4), (6, 0, 5), (7, 0, 6), (8, 2, 1), (9, 2, 5) })
        {
            osm.Node(id, row, column);
        }

        osm.Way("highway=residential", 1, 2);
        osm.Way(zoneTags, 2, 3, 4, 5, 6);
        osm.Way("highway=residential", 6, 7);
        osm.Way("highway=residential", 2, 8, 9, 6);
        if (stub)
        {
            // A public cul-de-sac (1,3) leaving the middle of the zone: reached only through it.
            osm.Node(10, 1, 3);
            osm.Way("highway=residential", 4, 10);
        }

        return osm.Load(profiles);
    }

    private static RouteResult Route(RoadNetwork network, (int Row, int Column) from, (int Row, int Column) to, RouteAlgorithm algorithm, Profile? profile = null) =>
        network.Route(profile ?? TravelProfiles.Car).From(TinyNetwork.At(from.Row, from.Column)).To(TinyNetwork.At(to.Row, to.Column))
            .Using(algorithm).Calculate();

    public static TheoryData<RouteAlgorithm> EveryAlgorithm() => [.. Algorithms];

    [Theory]
    [MemberData(nameof(EveryAlgorithm))]
    public void DestinationOnlyWay_IsNotAThroughRoute(RouteAlgorithm algorithm)
    {
        RoadNetwork network = Zone();

        Assert.Equal(Detour, Route(network, P, Q, algorithm).Route.LengthMetres, 2.0);
        Assert.Equal(Detour, Route(network, Q, P, algorithm).Route.LengthMetres, 2.0);
    }

    [Theory]
    [MemberData(nameof(EveryAlgorithm))]
    public void WithoutTheSign_TheStreetIsTheThroughRoute(RouteAlgorithm algorithm) =>
        Assert.Equal(Through, Route(Zone("highway=residential"), P, Q, algorithm).Route.LengthMetres, 2.0);

    [Theory]
    [MemberData(nameof(EveryAlgorithm))]
    public void DestinationInsideTheZone_IsReachedThroughIt(RouteAlgorithm algorithm)
    {
        RoadNetwork network = Zone();

        Assert.Equal(297, Route(network, P, Inside, algorithm).Route.LengthMetres, 2.0);
        Assert.Equal(297, Route(network, Q, Inside, algorithm).Route.LengthMetres, 2.0);
    }

    [Theory]
    [MemberData(nameof(EveryAlgorithm))]
    public void OriginInsideTheZone_LeavesThroughIt(RouteAlgorithm algorithm)
    {
        RoadNetwork network = Zone();

        Assert.Equal(297, Route(network, Inside, P, algorithm).Route.LengthMetres, 2.0);
        Assert.Equal(297, Route(network, Inside, Q, algorithm).Route.LengthMetres, 2.0);
    }

    [Theory]
    [MemberData(nameof(EveryAlgorithm))]
    public void RouteWhollyInsideTheZone_StaysInside(RouteAlgorithm algorithm) =>
        Assert.Equal(198, Route(Zone(), (0, 2), (0, 4), algorithm).Route.LengthMetres, 2.0);

    [Theory]
    [MemberData(nameof(EveryAlgorithm))]
    public void ViaPointInsideTheZone_IsADestinationThenAnOrigin(RouteAlgorithm algorithm)
    {
        RouteResult result = Zone().Route(TravelProfiles.Car).From(TinyNetwork.At(P.Row, P.Column)).Via(TinyNetwork.At(Inside.Row, Inside.Column))
            .To(TinyNetwork.At(Q.Row, Q.Column)).Using(algorithm).Calculate();

        Assert.Equal(Through, result.Route.LengthMetres, 2.0);
    }

    [Theory]
    [MemberData(nameof(EveryAlgorithm))]
    public void OnewayDestinationStreet_IsEnteredOnlyAlongItsDirection_AndLeftOnlyThatWay(RouteAlgorithm algorithm)
    {
        RoadNetwork network = Zone("highway=residential motor_vehicle=destination oneway=yes");

        Assert.Equal(Detour, Route(network, P, Q, algorithm).Route.LengthMetres, 2.0);
        Assert.Equal(297, Route(network, P, Inside, algorithm).Route.LengthMetres, 2.0);
        Assert.Equal(99 + 840 + 198, Route(network, Q, Inside, algorithm).Route.LengthMetres, 2.0);
        Assert.Equal(198 + 840 + 99, Route(network, Inside, P, algorithm).Route.LengthMetres, 2.0);
    }

    [Theory]
    [MemberData(nameof(EveryAlgorithm))]
    public void RoadReachedOnlyThroughTheZone_IsPartOfIt_ReachedAndLeftButNoShortcut(RouteAlgorithm algorithm)
    {
        RoadNetwork network = Zone(stub: true);

        Assert.Equal(297 + 111, Route(network, P, (1, 3), algorithm).Route.LengthMetres, 2.0);
        Assert.Equal(111 + 297, Route(network, (1, 3), Q, algorithm).Route.LengthMetres, 2.0);
        Assert.Equal(Detour, Route(network, P, Q, algorithm).Route.LengthMetres, 2.0);
    }

    [Theory]
    [InlineData("highway=residential access=destination", "car", Detour)]
    [InlineData("highway=residential access=customers", "car", Detour)]
    [InlineData("highway=residential access=delivery", "car", Detour)]
    [InlineData("highway=residential access=destination", "foot", Through)]
    [InlineData("highway=residential access=destination", "bicycle", Through)]
    [InlineData("highway=residential bicycle=destination", "bicycle", Through)]
    public void DestinationValues_BindCarsOnly(string zoneTags, string profileName, double expectedMetres) =>
        Assert.Equal(expectedMetres, Route(Zone(zoneTags), P, Q, RouteAlgorithm.ContractionHierarchy, TravelProfiles.ByName(profileName)).Route.LengthMetres, 2.0);

    [Theory]
    [InlineData(RouteAlgorithm.AStar)]
    [InlineData(RouteAlgorithm.ContractionHierarchy)]
    public void MatrixCells_RespectTheZone(RouteAlgorithm algorithm)
    {
        RoutingGraph graph = Zone().GraphFor(TravelProfiles.Car);
        GeoPoint[] points = [TinyNetwork.At(P.Row, P.Column), TinyNetwork.At(Inside.Row, Inside.Column), TinyNetwork.At(Q.Row, Q.Column)];

        TravelMatrix matrix = TravelMatrix.Compute(graph, points, points, RouteMetric.Shortest, algorithm: algorithm);

        Assert.Equal(Detour, matrix[0, 2].LengthMetres, 2.0);
        Assert.Equal(Detour, matrix[2, 0].LengthMetres, 2.0);
        Assert.Equal(297, matrix[0, 1].LengthMetres, 2.0);
        Assert.Equal(297, matrix[1, 2].LengthMetres, 2.0);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Isochrone_EntersTheZone_ButDoesNotPassThroughIt(bool hierarchy)
    {
        RoutingGraph graph = Zone().GraphFor(TravelProfiles.Car);
        SnapResult origin = graph.Snap(TinyNetwork.At(P.Row, P.Column));
        double budget = 1.5 * Through / (25 / 3.6);

        ReachedNetwork reached = hierarchy ? OneToAll.Phast(graph.Prepare(), origin, budget) : OneToAll.Dijkstra(graph, origin, budget, RouteMetric.Fastest);

        Dictionary<int, double> entry = reached.Entries.ToDictionary(e => e.Directed, e => e.Entry);
        int intoZone = Directed(graph, (0, 1), (0, 5)), outOfZone = Directed(graph, (0, 5), (0, 6));
        Assert.True(entry.ContainsKey(intoZone), "the zone is entered");
        Assert.False(entry.ContainsKey(outOfZone), "the road beyond the zone is not reached through it within 1.5 times the direct time");
    }

    [Theory]
    [InlineData("highway=residential vehicle=destination")]
    [InlineData("highway=residential vehicle=destination oneway=yes")]
    [InlineData("highway=residential vehicle:forward=destination")]
    public void Hierarchies_EqualDijkstra_OnEveryPairOfTheZoneNetwork(string zoneTags)
    {
        var bicycle = new DestinationBicycle();
        RoadNetwork network = Zone(zoneTags, [TravelProfiles.Car, bicycle]);
        var points = new List<(int, int)>();
        for (int column = 0; column <= 6; column++)
        {
            points.Add((0, column));
        }

        points.AddRange([(2, 1), (2, 3), (2, 5), (1, 1), (1, 5)]);
        foreach (Profile profile in new Profile[] { TravelProfiles.Car, bicycle })
        {
            Assert.True(network.GraphFor(profile).DestinationOnlyDirectedEdgeCount > 0);
            foreach ((int, int) a in points)
            {
                foreach ((int, int) b in points)
                {
                    RouteResult plain = Route(network, a, b, RouteAlgorithm.Dijkstra, profile);
                    foreach (RouteAlgorithm algorithm in (RouteAlgorithm[])[RouteAlgorithm.ContractionHierarchy, RouteAlgorithm.CustomizableHierarchy])
                    {
                        RouteResult hierarchy = Route(network, a, b, algorithm, profile);
                        Assert.Equal(plain.IsFound, hierarchy.IsFound);
                        if (plain.IsFound)
                        {
                            Assert.Equal(plain.Route.DurationSeconds, hierarchy.Route.DurationSeconds, 6);
                        }
                    }
                }
            }
        }
    }

    private static int Directed(RoutingGraph graph, (int Row, int Column) from, (int Row, int Column) to)
    {
        RoadNetwork n = graph.Network;
        int Vertex((int Row, int Column) at)
        {
            GeoPoint p = TinyNetwork.At(at.Row, at.Column);
            return Enumerable.Range(0, n.VertexCount).Single(v => Math.Abs(n.VertexLat[v] - p.Latitude) < 1e-7 && Math.Abs(n.VertexLon[v] - p.Longitude) < 1e-7);
        }

        int tail = Vertex(from), head = Vertex(to);
        // The straight one along row 0, not the detour between the same junctions.
        return Enumerable.Range(0, 2 * n.EdgeCount).Where(d => graph.Tail(d) == tail && graph.Head(d) == head).MinBy(d => n.EdgeLengthMetres(d >> 1));
    }

    // A bicycle profile that reads destination signs (the built-in one does not): a graph without turn costs whose hierarchy must still keep the rule.
    private sealed class DestinationBicycle : BicycleProfile
    {
        public override string Name => "bicycle-destination";

        protected override IReadOnlySet<string> DestinationOnlyValues { get; } = new HashSet<string> { "destination" };
    }
}
