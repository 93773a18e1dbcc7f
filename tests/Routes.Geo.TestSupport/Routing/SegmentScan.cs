using Routes.Geo.Geodesy;
using Routes.Geo.Routing;

namespace Routes.Geo.TestSupport;

/// <summary>
/// Snapping's answers by a full scan of every usable segment, no index: the reference the packed segment index is checked
/// against. Segment k joins points k and k + 1 of its edge.
/// </summary>
public static class SegmentScan
{
    /// <summary>The usable segments whose (closed) box meets the box west..east × south..north, in increasing order.</summary>
    public static List<int> Meeting(RoutingGraph graph, double west, double south, double east, double north)
    {
        RoadNetwork network = graph.Network;
        var found = new List<int>();
        foreach ((int k, _) in Segments(graph))
        {
            double lon0 = network.PointLon[k], lon1 = network.PointLon[k + 1], lat0 = network.PointLat[k], lat1 = network.PointLat[k + 1];
            if (Math.Min(lon0, lon1) <= east && Math.Max(lon0, lon1) >= west && Math.Min(lat0, lat1) <= north && Math.Max(lat0, lat1) >= south)
            {
                found.Add(k);
            }
        }

        return found;
    }

    /// <summary>
    /// The usable segment nearest <paramref name="point"/> in the local equirectangular plane (ties: the lower segment), its
    /// foot's edge, offset along the edge and ellipsoidal distance, if within <paramref name="maxMetres"/>; a tunnel or
    /// ferry only when no other road is within it. Null when none is.
    /// </summary>
    public static (int Edge, double OffsetMetres, double DistanceMetres)? Nearest(RoutingGraph graph, GeoPoint point, double maxMetres)
    {
        foreach (bool withAvoided in new[] { false, true })
        {
            (int Edge, int K, double T, double Planar) best = (-1, -1, 0, double.PositiveInfinity);
            foreach ((int k, int edge) in Segments(graph))
            {
                if (!withAvoided && SnapIndex.IsSnapAvoided(graph.Network.EdgeTags(edge)))
                {
                    continue;
                }

                (double t, double planar) = Foot(graph.Network, point, k);
                if (planar < best.Planar)
                {
                    best = (edge, k, t, planar);
                }
            }

            if (best.K >= 0 && Measure(graph.Network, point, best.K, best.T) is var (offset, distance) && distance <= maxMetres)
            {
                return (best.Edge, offset, distance);
            }
        }

        return null;
    }

    // Every usable segment with its edge, in increasing segment order.
    private static IEnumerable<(int K, int Edge)> Segments(RoutingGraph graph)
    {
        RoadNetwork network = graph.Network;
        for (int e = 0; e < network.EdgeCount; e++)
        {
            if (graph.IsUsable(e))
            {
                for (int k = network.EdgeGeometryStart[e]; k < network.EdgeGeometryStart[e + 1] - 1; k++)
                {
                    yield return (k, e);
                }
            }
        }
    }

    // The foot of the perpendicular from p onto segment k, x scaled by the cosine of p's latitude (degrees of latitude).
    private static (double T, double PlanarSquared) Foot(RoadNetwork network, GeoPoint p, int k)
    {
        double cos = Math.Cos(p.Latitude * Math.PI / 180);
        double ax = Math.IEEERemainder(network.PointLon[k] - p.Longitude, 360) * cos, ay = network.PointLat[k] - p.Latitude;
        double bx = Math.IEEERemainder(network.PointLon[k + 1] - p.Longitude, 360) * cos, by = network.PointLat[k + 1] - p.Latitude;
        double dx = bx - ax, dy = by - ay;
        double lengthSquared = (dx * dx) + (dy * dy);
        double t = lengthSquared > 0 ? Math.Clamp(-((ax * dx) + (ay * dy)) / lengthSquared, 0, 1) : 0;
        double fx = ax + (t * dx), fy = ay + (t * dy);
        return (t, (fx * fx) + (fy * fy));
    }

    private static (double OffsetMetres, double DistanceMetres) Measure(RoadNetwork network, GeoPoint p, int k, double t)
    {
        double lat = network.PointLat[k] + (t * (network.PointLat[k + 1] - network.PointLat[k]));
        double lon = Math.IEEERemainder(network.PointLon[k] + (t * Math.IEEERemainder(network.PointLon[k + 1] - network.PointLon[k], 360)), 360);
        double offset = network.PointOffsetMetres[k] + (t * (network.PointOffsetMetres[k + 1] - network.PointOffsetMetres[k]));
        return (offset, Geodesic.Wgs84.Distance(p.Latitude, p.Longitude, lat, lon));
    }
}
