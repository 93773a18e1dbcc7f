using Routes.Geo.Geodesy;
using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing;

public class ExtractRoutingTests(ITestOutputHelper output)
{
    // Prince's Palace and the Casino of Monte-Carlo (approximate, snapped to the nearest road).
    private static readonly GeoPoint Palace = new(43.7314, 7.4199);
    private static readonly GeoPoint Casino = new(43.7394, 7.4276);

    [Theory]
    [InlineData("monaco")]
    [InlineData("andorra")]
    [InlineData("liechtenstein")]
    public void Extract_LoadsIntoARoutableNetwork(string name)
    {
        RoadNetwork network = ExtractNetworks.Osm(name);
        output.WriteLine($"{name}: {network.VertexCount} vertices, {network.EdgeCount} edges, {network.TotalLengthMetres / 1000:0.0} km, {network.Statistics}");
        foreach (Profile profile in TravelProfiles.All)
        {
            RoutingGraph graph = network.GraphFor(profile);
            output.WriteLine($"  {profile}: {graph.UsableEdgeCount} usable edges, {graph.BindingRestrictionCount} binding restrictions");
            Assert.True(graph.UsableEdgeCount > network.EdgeCount / 10);
        }

        Assert.True(network.EdgeCount > 1000);
    }

    [Theory]
    [InlineData("foot")]
    [InlineData("car")]
    [InlineData("bicycle")]
    public void Monaco_PalaceToCasino_IsAPlausibleRoute(string profileName)
    {
        Route route = ExtractNetworks.Osm("monaco").Route(TravelProfiles.ByName(profileName)).From(Palace).To(Casino).Calculate().Route;
        double crow = Geodesic.Wgs84.Distance(route.From, route.To);
        output.WriteLine($"{profileName}: {route.LengthMetres:0} m, {route.DurationSeconds / 60:0.0} min, crow {crow:0} m via {string.Join(", ", route.RoadNames)}");

        Assert.InRange(route.LengthMetres, crow, 3 * crow);
        Assert.True(route.Waypoints[0].DistanceMetres < 100);
        Assert.Equal(route.Geometry.Zip(route.Geometry.Skip(1)).Sum(p => Geodesic.Wgs84.Distance(p.First, p.Second)), route.LengthMetres, 0.01 * route.LengthMetres);
        Assert.NotEmpty(route.RoadNames);
    }

    [Theory]
    [InlineData("monaco", "foot", RouteMetric.Shortest)]
    [InlineData("monaco", "car", RouteMetric.Fastest)]
    [InlineData("andorra", "car", RouteMetric.Fastest)]
    [InlineData("liechtenstein", "bicycle", RouteMetric.Shortest)]
    public void AStar_EqualsPlainDijkstra_OnRandomPairs(string extract, string profileName, RouteMetric metric)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profileName));
        var random = new Random(20260924);
        int compared = 0, unreachable = 0;
        for (int i = 0; i < 150; i++)
        {
            SnapResult a = RandomSnap(graph, random), b = RandomSnap(graph, random);
            EdgeSearch.Found? astar = EdgeSearch.Run(graph, a, b, metric);
            EdgeSearch.Found? dijkstra = EdgeSearch.Run(graph, a, b, metric, useHeuristic: false);
            Assert.Equal(dijkstra is null, astar is null);
            if (astar is null)
            {
                unreachable++;
                continue;
            }

            Assert.Equal(dijkstra!.Value.Cost, astar.Value.Cost, 1e-6 * Math.Max(1, dijkstra.Value.Cost));
            compared++;
        }

        output.WriteLine($"{compared} pairs equal, {unreachable} unreachable by both");
        Assert.True(compared > 100);
    }

    [Fact]
    public void Monaco_RouteLength_IsAtLeastTheGeodesicDistance_OnRandomPairs()
    {
        RoadNetwork network = ExtractNetworks.Osm("monaco");
        RoutingGraph graph = network.GraphFor(TravelProfiles.Foot);
        var random = new Random(3);
        for (int i = 0; i < 200; i++)
        {
            SnapResult a = RandomSnap(graph, random), b = RandomSnap(graph, random);
            RouteResult result = graph.Route().From(a.Snapped).To(b.Snapped).Shortest().Calculate();
            if (result.IsFound)
            {
                Assert.True(result.Route.LengthMetres >= Geodesic.Wgs84.Distance(a.Snapped, b.Snapped) - 0.01);
            }
        }
    }

    [Fact]
    public void Monaco_PointInTheSea_IsSnapTooFar()
    {
        var sea = new GeoPoint(43.70, 7.45);
        var error = Assert.Throws<SnapTooFarException>(() =>
            ExtractNetworks.Osm("monaco").Route(TravelProfiles.Foot).From(Palace).To(sea).Calculate());
        output.WriteLine(error.Message);
        Assert.True(error.NearestMetres > 1000);
    }

    [Fact]
    public void Lille_MemorialsAreJoinedOnFootAndByCar()
    {
        // Monument aux fusillés (OSM node 899302267) to Monument aux Morts (node 1043788567), from the fact sheet.
        var fusilles = new GeoPoint(50.637725, 3.051623);
        var morts = new GeoPoint(50.635566, 3.062158);
        RoadNetwork lille = ExtractNetworks.Lille();
        Route walk = lille.Route(TravelProfiles.Foot).From(fusilles).To(morts).Calculate().Route;
        Route drive = lille.Route(TravelProfiles.Car).From(fusilles).To(morts).Calculate().Route;
        double crow = Geodesic.Wgs84.Distance(fusilles, morts);
        output.WriteLine($"Lille: {lille.VertexCount} vertices, {lille.EdgeCount} edges; walk {walk.LengthMetres:0} m {walk.DurationSeconds / 60:0} min; drive {drive.LengthMetres:0} m {drive.DurationSeconds / 60:0.0} min; crow {crow:0} m");

        Assert.InRange(walk.LengthMetres, crow, 2 * crow);
        Assert.InRange(drive.LengthMetres, crow, 3 * crow);
        Assert.True(drive.DurationSeconds < walk.DurationSeconds);
    }

    internal static SnapResult RandomSnap(RoutingGraph graph, Random random)
    {
        RoadNetwork network = graph.Network;
        while (true)
        {
            int edge = random.Next(network.EdgeCount);
            if (graph.IsUsable(edge))
            {
                GeoPoint p = network.GetEdgeGeometry(edge)[0];
                return graph.Snap(p, 1);
            }
        }
    }
}
