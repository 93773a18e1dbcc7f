using NetTopologySuite.Geometries;

namespace Routes.Geo.Geodesy;

/// <summary>
/// Lengths and areas of WGS84 geometries (SRID 4326, X = longitude, Y = latitude) on the WGS84
/// ellipsoid. Edges are geodesics. Areas are computed in the ellipsoidal Lambert cylindrical
/// equal-area projection after densifying each edge along its geodesic every 500 m, which keeps
/// the relative error below 1e-6 for polygons up to a few hundred kilometres across.
/// </summary>
public static class EllipsoidMeasure
{
    private const double DensifyStepMetres = 500;
    private static readonly double A = Geodesic.Wgs84.EquatorialRadiusMetres;
    private static readonly double E2 = Geodesic.Wgs84.Flattening * (2 - Geodesic.Wgs84.Flattening);
    private static readonly double E = Math.Sqrt(E2);

    /// <summary>
    /// Length in metres: the sum of the geodesic edges of lines, and the perimeter (every ring)
    /// of polygons; 0 for points. Collections add up their parts.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is null.</exception>
    /// <exception cref="InvalidCoordinateException">A vertex is not a valid longitude/latitude.</exception>
    public static double Length(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry switch
        {
            LineString line => PathLength(line.CoordinateSequence),
            Polygon polygon => PathLength(polygon.ExteriorRing.CoordinateSequence)
                + polygon.InteriorRings.Sum(r => PathLength(r.CoordinateSequence)),
            GeometryCollection collection => collection.Geometries.Sum(Length),
            _ => 0,
        };
    }

    /// <summary>
    /// Area in square metres of polygons (exterior minus holes, whatever the ring orientation);
    /// 0 for points and lines. Collections add up their parts.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="geometry"/> is null.</exception>
    /// <exception cref="InvalidCoordinateException">A vertex is not a valid longitude/latitude.</exception>
    public static double Area(Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return geometry switch
        {
            Polygon polygon => Math.Max(0, RingArea(polygon.ExteriorRing.CoordinateSequence)
                - polygon.InteriorRings.Sum(r => RingArea(r.CoordinateSequence))),
            GeometryCollection collection => collection.Geometries.Sum(Area),
            _ => 0,
        };
    }

    private static double PathLength(CoordinateSequence points)
    {
        double metres = 0;
        for (int i = 1; i < points.Count; i++)
        {
            metres += Geodesic.Wgs84.Distance(points.GetY(i - 1), points.GetX(i - 1), points.GetY(i), points.GetX(i));
        }

        return metres;
    }

    // Shoelace in the equal-area projection x = a·λ, y = a·q(φ)/2, with λ unwrapped from the first vertex.
    private static double RingArea(CoordinateSequence ring)
    {
        if (ring.Count < 4)
        {
            return 0;
        }

        double lon0 = ring.GetX(0);
        double twiceArea = 0;
        (double X, double Y) previous = Project(ring.GetY(0), lon0, lon0);
        for (int i = 1; i < ring.Count; i++)
        {
            double lat1 = ring.GetY(i - 1), lon1 = ring.GetX(i - 1);
            GeodesicInverseResult edge = Geodesic.Wgs84.Inverse(lat1, lon1, ring.GetY(i), ring.GetX(i));
            int steps = Math.Max(1, (int)Math.Ceiling(edge.DistanceMetres / DensifyStepMetres));
            for (int k = 1; k <= steps; k++)
            {
                (double lat, double lon) = k == steps
                    ? (ring.GetY(i), ring.GetX(i))
                    : Along(lat1, lon1, edge.Azimuth1Degrees, edge.DistanceMetres * k / steps);
                (double X, double Y) next = Project(lat, lon, lon0);
                twiceArea += (previous.X * next.Y) - (next.X * previous.Y);
                previous = next;
            }
        }

        return Math.Abs(twiceArea) / 2;
    }

    private static (double Lat, double Lon) Along(double lat, double lon, double azimuth, double metres)
    {
        GeodesicDirectResult point = Geodesic.Wgs84.Direct(lat, lon, azimuth, metres);
        return (point.Latitude, point.Longitude);
    }

    private static (double X, double Y) Project(double latitude, double longitude, double lon0)
    {
        double dLon = Math.IEEERemainder(longitude - lon0, 360);
        double sin = Math.Sin(latitude * Math.PI / 180);
        double q = (1 - E2) * ((sin / (1 - (E2 * sin * sin))) - (Math.Log((1 - (E * sin)) / (1 + (E * sin))) / (2 * E)));
        return (A * dLon * Math.PI / 180, A * q / 2);
    }
}
