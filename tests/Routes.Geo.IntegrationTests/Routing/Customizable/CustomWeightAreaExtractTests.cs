using System.Globalization;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing.Customizable;

public class CustomWeightAreaExtractTests(ITestOutputHelper output)
{
    // Two rectangles over Monaco: the Rock (Monaco-Ville) and the port (Port Hercule), longitude and latitude bounds.
    private static readonly (double West, double South, double East, double North) Rock = (7.4150, 43.7290, 7.4250, 43.7325);
    private static readonly (double West, double South, double East, double North) Port = (7.4195, 43.7335, 7.4280, 43.7380);

    private static string Rules => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "speed": [
            { "if": "in_rock", "multiply_by": 0.5 },
            { "else_if": "class == tunnel", "multiply_by": 0.7 },
            { "else": "", "multiply_by": 0.95 }
          ],
          "priority": [
            { "if": "highway == residential", "multiply_by": 0.6 },
            { "else_if": "in_port", "multiply_by": 0 },
            { "if": "in_rock == false", "multiply_by": 0.9 }
          ],
          "areas": { "rock": {{Polygon(Rock)}}, "port": { "type": "Feature", "properties": {}, "geometry": {{Polygon(Port)}} } }
        }
        """);

    // 1,000 random Monaco pairs through the fluent query with area, else_if and else rules: each route's weight under the
    // test's own reading of the rules (edges against the rectangles by its own segment clipping, not the library's
    // geometry) equals plain Dijkstra's under those weights from the same snapped points; no route uses a non-residential
    // edge touching the port; and enough routes change to show the area rules acted.
    [Theory]
    [InlineData("car", RouteMetric.Fastest)]
    [InlineData("foot", RouteMetric.Fastest)]
    [InlineData("car", RouteMetric.Shortest)]
    public void AreaAndElseRules_RouteCostsEqualDijkstraUnderTheSameWeights(string profileName, RouteMetric metric)
    {
        RoutingGraph graph = ExtractNetworks.Osm("monaco").GraphFor(TravelProfiles.ByName(profileName));
        CustomWeights custom = CustomWeights.FromJson(Rules);
        RoadNetwork n = graph.Network;
        var w = new double[2 * n.EdgeCount];
        var inPort = new bool[n.EdgeCount];
        int rockEdges = 0;
        for (int e = 0; e < n.EdgeCount; e++)
        {
            IReadOnlyDictionary<string, string> tags = n.Ways[n.EdgeWay[e]].Tags;
            bool rock = Touches(n, e, Rock), port = Touches(n, e, Port);
            bool tunnel = tags.GetValueOrDefault("tunnel") is { } t && t != "no";
            bool residential = tags.GetValueOrDefault("highway") == "residential";
            rockEdges += rock ? 1 : 0;
            inPort[e] = port && !residential;
            double speed = rock ? 0.5 : tunnel ? 0.7 : 0.95;
            double priority = (residential ? 0.6 : port ? 0 : 1) * (rock ? 1 : 0.9);
            double divisor = priority * (metric == RouteMetric.Fastest ? speed : 1);
            for (int d = 2 * e; d <= (2 * e) + 1; d++)
            {
                w[d] = graph.CanTravel(d) && divisor > 0 ? graph.DirectedCost(d, metric) / divisor : double.PositiveInfinity;
            }
        }

        var random = new Random(17);
        int found = 0, changed = 0, throughRockOrPortBefore = 0;
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
            int[] path = route.Legs[0].Trace!.DirectedEdges;
            double reference = WeightedDijkstra.Cost(graph, from, to, w, metric);
            double cost = WeightedDijkstra.PathCost(graph, from, to, path, w, metric);
            Assert.True(Math.Abs(reference - cost) <= 1e-9 * Math.Max(1, reference), $"pair {i}: Dijkstra under the rules {reference}, route {cost}");
            Assert.DoesNotContain(path, d => inPort[RoutingGraph.EdgeOf(d)]);
            RouteResult plain = graph.Route().From(a).To(b).Minimizing(metric).Calculate();
            if (plain.IsFound && !plain.Route.Legs[0].Trace!.DirectedEdges.SequenceEqual(path))
            {
                changed++;
                throughRockOrPortBefore += plain.Route.Legs[0].Trace!.DirectedEdges.Any(d => inPort[RoutingGraph.EdgeOf(d)] || Touches(n, RoutingGraph.EdgeOf(d), Rock)) ? 1 : 0;
            }
        }

        output.WriteLine($"monaco/{profileName}/{metric} with area rules: {rockEdges} edges touch the Rock, {inPort.Count(x => x)} non-residential edges the port; "
            + $"{found} routes found, {changed} differ from the profile's own, {throughRockOrPortBefore} of those entered the port or the Rock before");
        Assert.True(found > 300, $"only {found} routes found");
        Assert.True(rockEdges > 50 && inPort.Count(x => x) > 20, "the rectangles cover too little of Monaco to test the rules");
        Assert.True(throughRockOrPortBefore > 20, $"only {throughRockOrPortBefore} changed routes had used the areas");
    }

    private static string Polygon((double West, double South, double East, double North) r) => string.Create(CultureInfo.InvariantCulture,
        $$"""{"type": "Polygon", "coordinates": [[[{{r.West}}, {{r.South}}], [{{r.East}}, {{r.South}}], [{{r.East}}, {{r.North}}], [{{r.West}}, {{r.North}}], [{{r.West}}, {{r.South}}]]]}""");

    // Whether a segment of edge e's geometry meets the closed rectangle (Liang–Barsky clipping in longitude/latitude).
    private static bool Touches(RoadNetwork n, int e, (double West, double South, double East, double North) r)
    {
        int first = n.EdgeGeometryStart[e], end = n.EdgeGeometryStart[e + 1];
        for (int k = first; k < end; k++)
        {
            double x0 = n.PointLon[k], y0 = n.PointLat[k];
            double x1 = k + 1 < end ? n.PointLon[k + 1] : x0, y1 = k + 1 < end ? n.PointLat[k + 1] : y0;
            double t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
            if (Clip(-dx, x0 - r.West, ref t0, ref t1) && Clip(dx, r.East - x0, ref t0, ref t1)
                && Clip(-dy, y0 - r.South, ref t0, ref t1) && Clip(dy, r.North - y0, ref t0, ref t1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Clip(double p, double q, ref double t0, ref double t1)
    {
        if (p == 0)
        {
            return q >= 0;
        }

        double t = q / p;
        if (p < 0)
        {
            if (t > t1)
            {
                return false;
            }

            t0 = Math.Max(t0, t);
        }
        else
        {
            if (t < t0)
            {
                return false;
            }

            t1 = Math.Min(t1, t);
        }

        return true;
    }
}
