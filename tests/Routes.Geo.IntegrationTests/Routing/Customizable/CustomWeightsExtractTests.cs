using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing.Customizable;

public class CustomWeightsExtractTests(ITestOutputHelper output)
{
    private const string Rules = """
        {
          "speed": [
            { "if": "class == tunnel", "multiply_by": 0.5 },
            { "if": "highway == primary", "multiply_by": 1.5 }
          ],
          "priority": [
            { "if": "highway == residential", "multiply_by": 0.6 },
            { "if": "highway == service", "multiply_by": 0 },
            { "if": "highway != footway", "multiply_by": 0.9 }
          ]
        }
        """;

    // 1,000 random pairs on Monaco through the fluent query with custom weights: each route's weight (its path under the
    // test's own reading of the rules) equals plain Dijkstra's under those weights from the same snapped points, and
    // enough routes change from the profile's own to show the rules acted.
    [Theory]
    [InlineData("car", RouteMetric.Fastest)]
    [InlineData("foot", RouteMetric.Fastest)]
    [InlineData("car", RouteMetric.Shortest)]
    public void CustomWeights_RouteCostsEqualDijkstraUnderTheSameWeights(string profileName, RouteMetric metric)
    {
        RoutingGraph graph = ExtractNetworks.Osm("monaco").GraphFor(TravelProfiles.ByName(profileName));
        CustomWeights custom = CustomWeights.FromJson(Rules);
        var w = new double[2 * graph.Network.EdgeCount];
        for (int e = 0; e < graph.Network.EdgeCount; e++)
        {
            IReadOnlyDictionary<string, string> tags = graph.Network.Ways[graph.Network.EdgeWay[e]].Tags;
            string highway = tags.GetValueOrDefault("highway", "");
            double speed = (tags.GetValueOrDefault("tunnel") is { } t && t != "no" ? 0.5 : 1) * (highway == "primary" ? 1.5 : 1);
            double priority = (highway == "residential" ? 0.6 : 1) * (highway == "service" ? 0 : 1) * (highway != "footway" ? 0.9 : 1);
            double divisor = priority * (metric == RouteMetric.Fastest ? speed : 1);
            for (int d = 2 * e; d <= (2 * e) + 1; d++)
            {
                w[d] = graph.CanTravel(d) && divisor > 0 ? graph.DirectedCost(d, metric) / divisor : double.PositiveInfinity;
            }
        }

        var random = new Random(16);
        int found = 0, changed = 0;
        for (int i = 0; i < 1_000; i++)
        {
            GeoPoint a = HierarchyExtractTests.RandomPoint(graph, random).Snapped, b = HierarchyExtractTests.RandomPoint(graph, random).Snapped;
            RouteResult result;
            try
            {
                result = graph.Route().From(a).To(b).Minimizing(metric).WithCustomWeights(custom).Calculate();
            }
            catch (SnapTooFarException)
            {
                continue;
            }

            if (!result.IsFound)
            {
                continue;
            }

            found++;
            Route route = result.Route;
            SnapResult from = route.Waypoints[0], to = route.Waypoints[1];
            double reference = WeightedDijkstra.Cost(graph, from, to, w, metric);
            double cost = WeightedDijkstra.PathCost(graph, from, to, route.Legs[0].Trace!.DirectedEdges, w, metric);
            Assert.True(Math.Abs(reference - cost) <= 1e-9 * Math.Max(1, reference), $"pair {i}: Dijkstra under the rules {reference}, route {cost}");
            RouteResult plain = graph.Route().From(a).To(b).Minimizing(metric).Calculate();
            changed += plain.IsFound && !plain.Route.Legs[0].Trace!.DirectedEdges.SequenceEqual(route.Legs[0].Trace!.DirectedEdges) ? 1 : 0;
        }

        output.WriteLine($"monaco/{profileName}/{metric} with custom weights: {found} routes found, {changed} differ from the profile's own");
        Assert.True(found > 300, $"only {found} routes found");
        Assert.True(changed > 20, $"only {changed} routes changed under the rules");
    }
}
