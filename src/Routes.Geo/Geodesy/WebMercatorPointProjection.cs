namespace Routes.Geo.Geodesy;

/// <summary>
/// EPSG method 1024, Popular Visualisation Pseudo Mercator, in closed form on the sphere of radius
/// a = 6378137 m: x = a lambda, y = a asinh(tan phi); inverse phi = atan(sinh(y / a)). Exact and
/// allocation-free, so it is used instead of ProjNET for per-point work.
/// </summary>
internal sealed class WebMercatorPointProjection : PointProjection
{
    private const double Radius = 6378137;
    private const double Degree = Math.PI / 180;

    public override (double X, double Y) Forward(double longitude, double latitude) =>
        (Radius * longitude * Degree, Radius * Math.Asinh(Math.Tan(latitude * Degree)));

    public override (double Longitude, double Latitude) Inverse(double x, double y) =>
        (x / Radius / Degree, Math.Atan(Math.Sinh(y / Radius)) / Degree);
}
