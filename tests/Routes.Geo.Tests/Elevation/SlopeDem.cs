using Routes.Geo.Elevation;

namespace Routes.Geo.Tests.Elevation;

/// <summary>
/// A hand-made DEM for unit tests: a plane rising <see cref="MetresPerRow"/> per TinyNetwork row northwards (rows are
/// 0.001° of latitude apart), with no data east of <see cref="MissingEastOfLon"/> when given.
/// </summary>
internal sealed class SlopeDem(double metresPerRow, double baseMetres = 100, double? missingEastOfLon = null) : IElevationSource
{
    public double MetresPerRow => metresPerRow;

    public double? MissingEastOfLon => missingEastOfLon;

    public double? ElevationAt(double lat, double lon) =>
        missingEastOfLon is { } east && lon > east ? null : baseMetres + (lat - 50.6) / 0.001 * metresPerRow;
}
