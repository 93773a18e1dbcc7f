using Routes.Geo.Geodesy;
using Routes.Geo.Routing;

namespace Routes.Geo.TestSupport;

/// <summary>
/// Snapping's answers by a full scan of every usable segment of <paramref name="graph"/>, no index: the reference the packed
/// segment index is checked against. Segment k joins points k and k + 1 of its edge.
/// </summary>
public sealed class SegmentScan(RoutingGraph graph)
{
    private readonly RoadNetwork _network = graph.Network;

    // Every usable segment with its edge and whether snapping avoids it (tunnel, ferry), in increasing segment order.
    private readonly (int K, int Edge, bool Avoided)[] _segments = [.. Segments(graph)];

    /// <summary>The usable segments whose (closed) box meets the box west..east × south..north, in increasing order.</summary>
    public List<int> Meeting(double west, double south, double east, double north)
    {
        var found = new List<int>();
        foreach ((int k, _, _) in _segments)
        {
            double lon0 = _network.PointLon[k], lon1 = _network.PointLon[k + 1], lat0 = _network.PointLat[k], lat1 = _network.PointLat[k + 1];
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
    public (int Edge, double OffsetMetres, double DistanceMetres)? Nearest(GeoPoint point, double maxMetres)
    {
        foreach (bool withAvoided in new[] { false, true })
        {
            (int Edge, int K, double T, double Planar) best = (-1, -1, 0, double.PositiveInfinity);
            foreach ((int k, int edge, bool avoided) in _segments)
            {
                // The latitude gap alone already exceeds the best (with a margin for rounding): no need to measure.
                double lat0 = _network.PointLat[k], lat1 = _network.PointLat[k + 1];
                double gap = Math.Max(0, Math.Max(Math.Min(lat0, lat1) - point.Latitude, point.Latitude - Math.Max(lat0, lat1)));
                if ((avoided && !withAvoided) || (gap * gap) > (best.Planar * (1 + 1e-9)) + 1e-300)
                {
                    continue;
                }

                (double t, double planar) = Foot(point, k);
                if (planar < best.Planar)
                {
                    best = (edge, k, t, planar);
                }
            }

            if (best.K >= 0 && Measure(point, best.K, best.T) is var (offset, distance) && distance <= maxMetres)
            {
                return (best.Edge, offset, distance);
            }
        }

        return null;
    }

    private static IEnumerable<(int K, int Edge, bool Avoided)> Segments(RoutingGraph graph)
    {
        RoadNetwork network = graph.Network;
        for (int e = 0; e < network.EdgeCount; e++)
        {
            if (graph.IsUsable(e))
            {
                bool avoided = SnapIndex.IsSnapAvoided(network.EdgeTags(e));
                for (int k = network.EdgeGeometryStart[e]; k < network.EdgeGeometryStart[e + 1] - 1; k++)
                {
                    yield return (k, e, avoided);
                }
            }
        }
    }

    // The foot of the perpendicular from p onto segment k, x scaled by the cosine of p's latitude (degrees of latitude).
    private (double T, double PlanarSquared) Foot(GeoPoint p, int k)
    {
        double cos = Math.Cos(p.Latitude * Math.PI / 180);
        double ax = Math.IEEERemainder(_network.PointLon[k] - p.Longitude, 360) * cos, ay = _network.PointLat[k] - p.Latitude;
        double bx = Math.IEEERemainder(_network.PointLon[k + 1] - p.Longitude, 360) * cos, by = _network.PointLat[k + 1] - p.Latitude;
        double dx = bx - ax, dy = by - ay;
        double lengthSquared = (dx * dx) + (dy * dy);
        double t = lengthSquared > 0 ? Math.Clamp(-((ax * dx) + (ay * dy)) / lengthSquared, 0, 1) : 0;
        double fx = ax + (t * dx), fy = ay + (t * dy);
        return (t, (fx * fx) + (fy * fy));
    }

    private (double OffsetMetres, double DistanceMetres) Measure(GeoPoint p, int k, double t)
    {
        double lat = _network.PointLat[k] + (t * (_network.PointLat[k + 1] - _network.PointLat[k]));
        double lon = Math.IEEERemainder(_network.PointLon[k] + (t * Math.IEEERemainder(_network.PointLon[k + 1] - _network.PointLon[k], 360)), 360);
        double offset = _network.PointOffsetMetres[k] + (t * (_network.PointOffsetMetres[k + 1] - _network.PointOffsetMetres[k]));
        return (offset, Geodesic.Wgs84.Distance(p.Latitude, p.Longitude, lat, lon));
    }
}
