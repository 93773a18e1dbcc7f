using System.Globalization;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing.Customizable;

public class AvoidAreaExtractTests(ITestOutputHelper output)
{
    // 1,000 random pairs per case through the fluent query avoiding a square over the middle of the extract: no route's
    // line enters the square, and each cost equals plain Dijkstra's on the graph without the edges that touch it. Which
    // edges touch it is decided here by the test's own segment arithmetic, not by the library's (NetTopologySuite).
    [Theory]
    [InlineData("monaco", "car")]
    [InlineData("andorra", "foot")]
    [InlineData("liechtenstein", "bicycle")]
    public void AvoidedArea_IsNeverEntered_AndCostsEqualDijkstraWithoutItsEdges(string extract, string profileName)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profileName));
        graph.Prepare(RouteMetric.Fastest);
        var n = graph.Network;
        double south = n.VertexLat.ToArray().Min(), north = n.VertexLat.ToArray().Max(), west = n.VertexLon.ToArray().Min(), east = n.VertexLon.ToArray().Max();
        (double midLat, double midLon, double halfLat, double halfLon) = ((south + north) / 2, (west + east) / 2, (north - south) / 8, (east - west) / 8);
        var box = new Box(midLat - halfLat, midLon - halfLon, midLat + halfLat, midLon + halfLon);
        AvoidArea area = AvoidArea.FromGeoJson(string.Create(CultureInfo.InvariantCulture,
            $$"""{"type":"Polygon","coordinates":[[[{{box.West}},{{box.South}}],[{{box.East}},{{box.South}}],[{{box.East}},{{box.North}}],[{{box.West}},{{box.North}}],[{{box.West}},{{box.South}}]]]}"""));
        var w = new double[2 * n.EdgeCount];
        int touched = 0;
        for (int e = 0; e < n.EdgeCount; e++)
        {
            int first = n.EdgeGeometryStart[e], last = n.EdgeGeometryStart[e + 1] - 1;
            bool inside = false;
            for (int i = first; i < last && !inside; i++)
            {
                inside = box.Touches(n.PointLat[i], n.PointLon[i], n.PointLat[i + 1], n.PointLon[i + 1]);
            }

            touched += inside && graph.IsUsable(e) ? 1 : 0;
            for (int d = 2 * e; d <= (2 * e) + 1; d++)
            {
                w[d] = graph.CanTravel(d) && !inside ? graph.DirectedCost(d, RouteMetric.Fastest) : double.PositiveInfinity;
            }
        }

        var random = new Random(1944);
        int found = 0, avoided = 0;
        for (int i = 0; i < 1_000; i++)
        {
            GeoPoint a = HierarchyExtractTests.RandomPoint(graph, random).Snapped, b = HierarchyExtractTests.RandomPoint(graph, random).Snapped;
            RouteResult plain = graph.Route().From(a).To(b).Calculate();
            RouteResult result;
            try
            {
                result = graph.Route().From(a).To(b).Avoiding(area).Calculate();
            }
            catch (SnapTooFarException)
            {
                continue;
            }

            if (plain.IsFound && Enters(box, plain.Route.Geometry))
            {
                avoided++;
            }

            if (!result.IsFound)
            {
                continue;
            }

            found++;
            Route route = result.Route;
            Assert.False(Enters(box, route.Geometry), $"pair {i}: the route enters the avoided area");
            double reference = WeightedDijkstra.Cost(graph, route.Waypoints[0], route.Waypoints[1], w);
            Assert.True(Math.Abs(reference - route.DurationSeconds) <= 1e-9 * Math.Max(1, reference), $"pair {i}: Dijkstra without the area {reference} s, route {route.DurationSeconds} s");
        }

        output.WriteLine($"{extract}/{profileName}: {touched} usable edges touch the area; {found} routes found, {avoided} pairs whose plain route entered it");
        // Measured 2026-12-02: Monaco car 310 found / 359 entered, Andorra foot 468 / 20, Liechtenstein bicycle 952 / 86
        // (Monaco's middle square holds a sixth of its roads; Andorra's middle is mostly mountain).
        Assert.True(found >= 200, $"only {found} routes found");
        Assert.True(avoided >= 10, $"only {avoided} pairs had the area to avoid");
    }

    private static bool Enters(Box box, IReadOnlyList<GeoPoint> line)
    {
        for (int i = 0; i + 1 < line.Count; i++)
        {
            if (box.Touches(line[i].Latitude, line[i].Longitude, line[i + 1].Latitude, line[i + 1].Longitude))
            {
                return true;
            }
        }

        return line.Count == 1 && box.Touches(line[0].Latitude, line[0].Longitude, line[0].Latitude, line[0].Longitude);
    }

    // An axis-aligned box in degrees; a segment touches it when Liang-Barsky clipping leaves any of it (boundary included).
    private readonly record struct Box(double South, double West, double North, double East)
    {
        public bool Touches(double lat0, double lon0, double lat1, double lon1)
        {
            double t0 = 0, t1 = 1, dx = lon1 - lon0, dy = lat1 - lat0;
            foreach ((double p, double q) in new[] { (-dx, lon0 - West), (dx, East - lon0), (-dy, lat0 - South), (dy, North - lat0) })
            {
                if (p == 0)
                {
                    if (q < 0)
                    {
                        return false;
                    }
                }
                else
                {
                    double t = q / p;
                    if (p < 0)
                    {
                        t0 = Math.Max(t0, t);
                    }
                    else
                    {
                        t1 = Math.Min(t1, t);
                    }
                }
            }

            return t0 <= t1;
        }
    }
}
