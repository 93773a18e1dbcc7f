namespace Routes.Geo.Geodesy;

/// <summary>
/// Solution of the direct geodesic problem: where a geodesic of a given length and starting
/// azimuth ends.
/// </summary>
/// <param name="Latitude">Latitude of the end point in degrees, -90..90.</param>
/// <param name="Longitude">Longitude of the end point in degrees, normalised to [-180, 180].</param>
/// <param name="Azimuth2Degrees">Forward azimuth at the end point in degrees, [-180, 180].</param>
/// <param name="ArcDegrees">Arc length a12 on the auxiliary sphere, in degrees.</param>
public readonly record struct GeodesicDirectResult(
    double Latitude,
    double Longitude,
    double Azimuth2Degrees,
    double ArcDegrees)
{
    /// <summary>The end point as a validated <see cref="GeoPoint"/>.</summary>
    public GeoPoint Point => new(Latitude, Longitude, "GeodesicDirectResult");
}
