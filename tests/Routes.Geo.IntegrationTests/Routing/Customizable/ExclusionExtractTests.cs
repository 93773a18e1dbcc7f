using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing.Customizable;

public class ExclusionExtractTests(ITestOutputHelper output)
{
    // 2,000 random pairs per extract and profile (points anywhere on the profile's roads) through the fluent query with classes excluded: no route uses a way of
    // an excluded class (read from its tags by the documented rule), and each route's cost equals plain Dijkstra's on
    // the graph with those ways removed, from the same snapped points. Pairs whose unrestricted route used an excluded
    // class are counted, so the test shows it had something to avoid.
    [Theory]
    [InlineData("monaco", "car", "tunnel,bridge,toll")]
    [InlineData("monaco", "foot", "steps,tunnel")]
    [InlineData("andorra", "car", "tunnel,unpaved")]
    [InlineData("andorra", "foot", "steps,unpaved")]
    [InlineData("liechtenstein", "car", "motorway,bridge")]
    [InlineData("liechtenstein", "bicycle", "unpaved,ferry")]
    public void ExcludedClasses_NeverAppear_AndCostsEqualDijkstraWithoutThem(string extract, string profileName, string classes)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profileName));
        // With the plain hierarchy prepared, as a server has it: a request excluding classes must still not use it (a dual
        // carriageway's two snaps once took it, and an excluded edge, only when another test had prepared it first).
        graph.Prepare(RouteMetric.Fastest);
        RoadClassSet excluded = RoadClassSet.Parse(classes);
        bool[] excludedEdge = new bool[graph.Network.EdgeCount];
        var w = new double[2 * graph.Network.EdgeCount];
        for (int e = 0; e < excludedEdge.Length; e++)
        {
            IReadOnlyDictionary<string, string> tags = graph.Network.Ways[graph.Network.EdgeWay[e]].Tags;
            excludedEdge[e] = excluded.Classes.Any(c => RoadClassRules.Matches(c, tags));
            for (int d = 2 * e; d <= (2 * e) + 1; d++)
            {
                w[d] = graph.CanTravel(d) && !excludedEdge[e] ? graph.DirectedCost(d, RouteMetric.Fastest) : double.PositiveInfinity;
            }
        }

        var random = new Random(15);
        int found = 0, avoided = 0, usableExcluded = Enumerable.Range(0, excludedEdge.Length).Count(e => excludedEdge[e] && graph.IsUsable(e));
        for (int i = 0; i < 2_000; i++)
        {
            GeoPoint a = HierarchyExtractTests.RandomPoint(graph, random).Snapped, b = HierarchyExtractTests.RandomPoint(graph, random).Snapped;
            RouteResult plain = graph.Route().From(a).To(b).Calculate();
            RouteResult result;
            try
            {
                result = graph.Route().From(a).To(b).Excluding(excluded).Calculate();
            }
            catch (SnapTooFarException)
            {
                continue;
            }

            if (plain.IsFound && plain.Route.Legs.SelectMany(l => l.Trace!.DirectedEdges).Any(d => excludedEdge[RoutingGraph.EdgeOf(d)]))
            {
                avoided++;
            }

            if (!result.IsFound)
            {
                continue;
            }

            found++;
            Route route = result.Route;
            int[] path = route.Legs[0].Trace!.DirectedEdges;
            Assert.All(path, d => Assert.False(excludedEdge[RoutingGraph.EdgeOf(d)], $"pair {i}: the route uses edge {RoutingGraph.EdgeOf(d)} of an excluded class"));
            SnapResult from = route.Waypoints[0], to = route.Waypoints[1];
            double reference = WeightedDijkstra.Cost(graph, from, to, w);
            Assert.True(Math.Abs(reference - route.DurationSeconds) <= 1e-9 * Math.Max(1, reference), $"pair {i}: Dijkstra without them {reference} s, route {route.DurationSeconds} s");
        }

        output.WriteLine($"{extract}/{profileName} excluding {excluded}: {usableExcluded} usable edges excluded; {found} routes found, {avoided} pairs whose plain route used an excluded class");
        Assert.True(found > 500, $"only {found} routes found");
        Assert.True(avoided > 20, $"only {avoided} pairs had an excluded class to avoid");
    }
}
