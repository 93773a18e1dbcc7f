namespace Routes.Geo.Maps.Tests;

/// <summary>
/// Pixels computed from the projection formulas written out here, independently of the library's
/// projection code, and the framing rule documented on <see cref="MapFrame"/>.
/// </summary>
internal static class Expected
{
    private const double A = 6378137;
    private const double Degree = Math.PI / 180;

    /// <summary>EPSG 1024 (spherical Web Mercator on a = 6378137 m).</summary>
    public static (double X, double Y) WebMercator(double lat, double lon) =>
        (A * lon * Degree, A * Math.Log(Math.Tan((Math.PI / 4) + (lat * Degree / 2))));

    /// <summary>Lambert conformal conic 2SP on GRS80 (EPSG 9802) with the Lambert-93 parameters.</summary>
    public static (double X, double Y) Lambert93(double lat, double lon)
    {
        const double F = 1 / 298.257222101;
        double e = Math.Sqrt((2 * F) - (F * F));
        double M(double p) => Math.Cos(p) / Math.Sqrt(1 - (e * e * Math.Sin(p) * Math.Sin(p)));
        double T(double p) => Math.Tan((Math.PI / 4) - (p / 2)) / Math.Pow((1 - (e * Math.Sin(p))) / (1 + (e * Math.Sin(p))), e / 2);
        double p1 = 49 * Degree, p2 = 44 * Degree, p0 = 46.5 * Degree, l0 = 3 * Degree;
        double n = (Math.Log(M(p1)) - Math.Log(M(p2))) / (Math.Log(T(p1)) - Math.Log(T(p2)));
        double f = M(p1) / (n * Math.Pow(T(p1), n));
        double r0 = A * f * Math.Pow(T(p0), n);
        double r = A * f * Math.Pow(T(lat * Degree), n);
        double theta = n * ((lon * Degree) - l0);
        return (700000 + (r * Math.Sin(theta)), 6600000 + r0 - (r * Math.Cos(theta)));
    }

    /// <summary>The pixel of (lat, lon) when <paramref name="extent"/> is fitted into width × height.</summary>
    public static (double X, double Y) Pixel(Func<double, double, (double X, double Y)> project, MapExtent extent, int width, int height, double lat, double lon)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (int i = 0; i <= 64; i++)
        {
            double la = extent.South + ((extent.North - extent.South) * i / 64), lo = extent.West + ((extent.East - extent.West) * i / 64);
            foreach ((double x, double y) in new[] { project(extent.South, lo), project(extent.North, lo), project(la, extent.West), project(la, extent.East) })
            {
                (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
            }
        }

        double s = Math.Min(width / (maxX - minX), height / (maxY - minY));
        (double px, double py) = project(lat, lon);
        return ((width / 2.0) + ((px - ((minX + maxX) / 2)) * s), (height / 2.0) - ((py - ((minY + maxY) / 2)) * s));
    }
}
