using System.Globalization;
using Routes.Geo.Geodesy;

namespace Routes.Geo.Import;

/// <summary>
/// Turns a source file's coordinates (x, y in its CRS) into WGS84 latitude and longitude, through
/// <see cref="Projections"/>. With no CRS stated, coordinates must already be longitude/latitude (RFC 7946).
/// </summary>
public sealed class CoordinateTransform
{
    private readonly ProjectedCrs? _projection;
    private readonly string _source;
    private readonly string? _crs;

    private CoordinateTransform(ProjectedCrs? projection, string source, string? crs)
    {
        _projection = projection;
        _source = source;
        _crs = crs;
    }

    /// <summary>
    /// The transform for a GeoJSON <c>crs</c> name (null: longitude/latitude; CRS84, EPSG:4326, 3857, 2154 and 32631
    /// are understood); <paramref name="source"/> names the file in error messages.
    /// </summary>
    /// <exception cref="GeoJsonFormatException">The CRS is not one of those.</exception>
    public static CoordinateTransform For(string? crs, string source)
    {
        int? epsg = ParseEpsg(crs, source);
        if (epsg is null or 4326)
        {
            return new CoordinateTransform(null, source, crs);
        }

        ProjectedCrs projection = new[] { Projections.WebMercator, Projections.Lambert93, Projections.UtmZone31N }
            .FirstOrDefault(p => p.EpsgCode == epsg)
            ?? throw new GeoJsonFormatException(
                $"its CRS '{crs}' is not supported; use WGS84 (EPSG:4326, CRS84), Web Mercator (EPSG:3857), Lambert-93 (EPSG:2154) or UTM 31N (EPSG:32631).", source);
        return new CoordinateTransform(projection, source, crs);
    }

    /// <summary>
    /// The WGS84 latitude and longitude of (x, y) read from feature <paramref name="featureIndex"/> (starting on
    /// <paramref name="line"/> when known). A projected (x, y) must lie in its CRS's <see cref="ProjectedCrs.PlausibleBoundsMetres"/>.
    /// </summary>
    /// <exception cref="InvalidCoordinateException">The coordinate is out of range or implausible; the message names the source, feature and line.</exception>
    public (double Latitude, double Longitude) ToWgs84(double x, double y, int featureIndex, int? line = null)
    {
        if (_projection is null)
        {
            if (!GeoPoint.IsValid(y, x))
            {
                string hint = _crs is null && double.IsFinite(x) && double.IsFinite(y) && (Math.Abs(x) > 180 || Math.Abs(y) > 90)
                    ? " They look projected, and the file has no 'crs' member: pass the CRS (e.g. \"EPSG:3857\")."
                    : string.Empty;
                throw new InvalidCoordinateException(y, x, $"{Where(featureIndex, line)}, read as longitude/latitude.{hint}");
            }

            return (y, x);
        }

        if (!_projection.IsPlausible(x, y))
        {
            (double minX, double minY, double maxX, double maxY) = _projection.PlausibleBoundsMetres;
            throw new InvalidCoordinateException(double.NaN, double.NaN, string.Create(CultureInfo.InvariantCulture,
                $"{Where(featureIndex, line)}: ({x}, {y}) in {_crs} is outside the CRS's plausible range x {minX:F0}..{maxX:F0} m, y {minY:F0}..{maxY:F0} m (its area of use widened by {ProjectedCrs.PlausibleMarginDegrees}°), so it has no latitude/longitude"));
        }

        try
        {
            GeoPoint point = _projection.Unproject(x, y);
            return (point.Latitude, point.Longitude);
        }
        catch (InvalidCoordinateException e)
        {
            throw new InvalidCoordinateException(e.Latitude, e.Longitude,
                string.Create(CultureInfo.InvariantCulture, $"{Where(featureIndex, line)}, transformed from ({x}, {y}) in {_crs}"));
        }
    }

    private string Where(int featureIndex, int? line) => line is { } known
        ? $"{_source}, {GeoJsonFeature.Describe(featureIndex, known)}"
        : string.Create(CultureInfo.InvariantCulture, $"{_source}, feature {featureIndex}");

    private static int? ParseEpsg(string? crs, string source)
    {
        if (string.IsNullOrWhiteSpace(crs))
        {
            return null;
        }

        string name = crs.Trim().ToUpperInvariant();
        if (name.EndsWith("CRS84", StringComparison.Ordinal))
        {
            return 4326;
        }

        int colon = name.LastIndexOf(':');
        if (name.Contains("EPSG", StringComparison.Ordinal)
            && int.TryParse(name[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
        {
            return code;
        }

        throw new GeoJsonFormatException($"its CRS name '{crs}' is not understood; expected a name like 'EPSG:3857' or 'urn:ogc:def:crs:EPSG::3857'.", source);
    }
}
