namespace Routes.Geo.Elevation;

/// <summary>
/// Heights of the ground, in metres above the DEM's vertical datum (EGM96 geoid for SRTM, EGM2008 for Copernicus).
/// Implementations are safe to call from many threads at once.
/// </summary>
public interface IElevationSource
{
    /// <summary>
    /// The ground height at (<paramref name="lat"/>, <paramref name="lon"/>) in WGS84 degrees, or null where the source
    /// has no data (no tile covers the point, or every sample around it is void). Never a guess: a caller treats null as
    /// "unknown", not as sea level.
    /// </summary>
    /// <exception cref="ElevationDataException">The tile covering the point is corrupt, truncated or in an unsupported projection.</exception>
    double? ElevationAt(double lat, double lon);
}
