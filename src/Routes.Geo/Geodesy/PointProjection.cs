namespace Routes.Geo.Geodesy;

/// <summary>
/// Point-by-point forward and inverse projection behind a <see cref="ProjectedCrs"/>.
/// Implementations are thread-safe; inputs are validated by the caller.
/// </summary>
internal abstract class PointProjection
{
    /// <summary>Projects longitude and latitude in degrees to projected metres.</summary>
    public abstract (double X, double Y) Forward(double longitude, double latitude);

    /// <summary>Returns longitude and latitude in degrees for projected metres (NaN outside the domain).</summary>
    public abstract (double Longitude, double Latitude) Inverse(double x, double y);
}
