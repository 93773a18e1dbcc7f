namespace Routes.Geo.Geodesy;

/// <summary>
/// Cheap distance APPROXIMATIONS for search heuristics (A* estimates, candidate pruning).
/// Never show these values to users and never use them as edge lengths: use
/// <see cref="Geodesic.Distance(double, double, double, double)"/> for that.
/// Inputs are latitude and longitude in degrees and are not validated (NaN in, NaN out).
/// </summary>
internal static class FastDistance
{
    /// <summary>Mean Earth radius R1 = (2a + b) / 3 of WGS84, in metres (IUGG).</summary>
    public const double MeanRadiusMetres = 6371008.7714;

    /// <summary>WGS84 semi-minor (polar) radius b, in metres.</summary>
    private const double PolarRadiusMetres = 6356752.314245179;

    private const double A = 6378137;
    private const double E2 = 0.0066943799901413165;
    private const double Degree = Math.PI / 180;

    /// <summary>
    /// Great-circle distance in metres on the sphere of radius <see cref="MeanRadiusMetres"/>
    /// (haversine formula). Differs from the WGS84 geodesic distance by at most 0.6%
    /// (checked against <see cref="Geodesic"/> on random pairs); it is NOT a lower bound.
    /// </summary>
    /// <returns>An approximate distance in metres.</returns>
    public static double Haversine(double lat1, double lon1, double lat2, double lon2)
    {
        double sinDLat = Math.Sin((lat2 - lat1) * Degree / 2);
        double sinDLon = Math.Sin((lon2 - lon1) * Degree / 2);
        double h = (sinDLat * sinDLat) + (Math.Cos(lat1 * Degree) * Math.Cos(lat2 * Degree) * sinDLon * sinDLon);
        return 2 * MeanRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>
    /// Equirectangular approximation in metres on the sphere of radius
    /// <see cref="MeanRadiusMetres"/>: one cosine and one square root. Meant for points less than
    /// 100 km apart with latitudes within ±80°, where it differs from the WGS84 geodesic distance
    /// by at most 0.7%; it degrades with distance and near the poles. Not a lower bound.
    /// </summary>
    /// <returns>An approximate distance in metres.</returns>
    public static double Equirectangular(double lat1, double lon1, double lat2, double lon2)
    {
        double dLon = Math.IEEERemainder(lon2 - lon1, 360);
        double x = dLon * Math.Cos((lat1 + lat2) * Degree / 2);
        double y = lat2 - lat1;
        return MeanRadiusMetres * Degree * Math.Sqrt((x * x) + (y * y));
    }

    /// <summary>
    /// A distance in metres that never exceeds the WGS84 geodesic distance between the points,
    /// for an admissible and consistent A* heuristic. It is the larger of the straight 3-D chord
    /// between the points (no surface path is shorter than a straight line) and the great-circle
    /// distance on the sphere of the polar radius b between their geocentric directions (the
    /// radial projection onto that inner sphere does not lengthen any path). Within 0.01% of the
    /// geodesic distance for points a few kilometres apart, within 0.34% at any distance.
    /// </summary>
    /// <returns>A lower bound in metres, 0 for coincident points.</returns>
    public static double LowerBound(double lat1, double lon1, double lat2, double lon2)
    {
        Ecef(lat1, lon1, out double x1, out double y1, out double z1);
        Ecef(lat2, lon2, out double x2, out double y2, out double z2);
        double dx = x2 - x1, dy = y2 - y1, dz = z2 - z1;
        double chord = Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));

        double cx = (y1 * z2) - (z1 * y2), cy = (z1 * x2) - (x1 * z2), cz = (x1 * y2) - (y1 * x2);
        double angle = Math.Atan2(Math.Sqrt((cx * cx) + (cy * cy) + (cz * cz)), (x1 * x2) + (y1 * y2) + (z1 * z2));
        double bound = Math.Max(chord, PolarRadiusMetres * angle);

        // Margin for rounding: the ECEF coordinates carry about 1e-9 m of error each.
        return Math.Max(0, (bound * (1 - 1e-12)) - 1e-8);
    }

    /// <summary>Lower bound between two validated points; see <see cref="LowerBound(double, double, double, double)"/>.</summary>
    /// <returns>A lower bound in metres.</returns>
    public static double LowerBound(GeoPoint from, GeoPoint to) =>
        LowerBound(from.Latitude, from.Longitude, to.Latitude, to.Longitude);

    /// <summary>Haversine distance between two validated points; see <see cref="Haversine(double, double, double, double)"/>.</summary>
    /// <returns>An approximate distance in metres.</returns>
    public static double Haversine(GeoPoint from, GeoPoint to) =>
        Haversine(from.Latitude, from.Longitude, to.Latitude, to.Longitude);

    /// <summary>Earth-centred Cartesian coordinates of a point on the WGS84 ellipsoid (height 0).</summary>
    private static void Ecef(double lat, double lon, out double x, out double y, out double z)
    {
        (double sinLat, double cosLat) = Math.SinCos(lat * Degree);
        (double sinLon, double cosLon) = Math.SinCos(lon * Degree);
        double n = A / Math.Sqrt(1 - (E2 * sinLat * sinLat));
        x = n * cosLat * cosLon;
        y = n * cosLat * sinLon;
        z = n * (1 - E2) * sinLat;
    }
}
