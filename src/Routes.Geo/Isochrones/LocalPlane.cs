using Routes.Geo.Geodesy;

namespace Routes.Geo.Isochrones;

/// <summary>
/// Metres east and north of an origin, scaled by the WGS84 radii of curvature at the origin (x = N·cos φ₀·Δλ,
/// y = M·Δφ). Exact at the origin on any continent; east-west scale drifts by tan φ₀·Δφ (0.25% at 15 km north of
/// 47° N), which only widens or narrows the isochrone's buffer by as much: coordinates go back through the exact inverse.
/// </summary>
internal sealed class LocalPlane
{
    private readonly double _lat0;
    private readonly double _lon0;
    private readonly double _metresPerRadianNorth;
    private readonly double _metresPerRadianEast;

    public LocalPlane(GeoPoint origin)
    {
        double a = Geodesic.Wgs84.EquatorialRadiusMetres, f = Geodesic.Wgs84.Flattening, e2 = f * (2 - f);
        double phi = origin.Latitude * Math.PI / 180, s = Math.Sin(phi);
        double w = Math.Sqrt(1 - (e2 * s * s));
        (_lat0, _lon0) = (origin.Latitude, origin.Longitude);
        _metresPerRadianNorth = a * (1 - e2) / (w * w * w);
        _metresPerRadianEast = a / w * Math.Cos(phi);
    }

    public (double X, double Y) Forward(double latitude, double longitude) =>
        ((longitude - _lon0) * Math.PI / 180 * _metresPerRadianEast, (latitude - _lat0) * Math.PI / 180 * _metresPerRadianNorth);

    public (double Latitude, double Longitude) Inverse(double x, double y) =>
        (_lat0 + (y / _metresPerRadianNorth * 180 / Math.PI), _lon0 + (x / _metresPerRadianEast * 180 / Math.PI));
}
