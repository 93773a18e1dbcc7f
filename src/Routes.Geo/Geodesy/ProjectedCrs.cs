using System.Globalization;
using NetTopologySuite.Geometries;
using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Routes.Geo.Geodesy;

/// <summary>
/// A projected coordinate reference system (metres east and north) built from its EPSG WKT with
/// ProjNET. Instances are immutable and thread-safe. Get them from <see cref="Projections"/>.
/// Geographic coordinates are WGS84 degrees; for a CRS on another datum (RGF93 for Lambert-93)
/// they are taken as that datum's coordinates, the null transformation PROJ also uses by default
/// (the datums agree to about a metre).
/// </summary>
public sealed class ProjectedCrs
{
    private readonly PointProjection _projection;
    private readonly double _maxAbsLatitude;

    // Without an area of use (a CRS made in a test), every finite coordinate counts as plausible.
    internal ProjectedCrs(int epsgCode, string wkt, PointProjection? closedForm = null, double maxAbsLatitude = 90, AreaOfUse? areaOfUse = null)
    {
        EpsgCode = epsgCode;
        Wkt = wkt;
        ProjectedCoordinateSystem crs = CreateCoordinateSystem();
        Name = crs.Name;
        _projection = closedForm ?? new ProjNetPointProjection(crs);
        _maxAbsLatitude = maxAbsLatitude;
        PlausibleBoundsMetres = areaOfUse is { } area
            ? BoundsOf(_projection, area.Widened(PlausibleMarginDegrees, maxAbsLatitude))
            : (double.MinValue, double.MinValue, double.MaxValue, double.MaxValue);
    }

    /// <summary>Degrees by which the EPSG area of use is widened on every side to give <see cref="PlausibleBoundsMetres"/>.</summary>
    public const double PlausibleMarginDegrees = 3;

    /// <summary>EPSG code of the CRS, e.g. 2154 for Lambert-93; also the SRID of projected geometries.</summary>
    public int EpsgCode { get; }

    /// <summary>Name of the CRS as in its WKT, e.g. "RGF93 / Lambert-93".</summary>
    public string Name { get; }

    /// <summary>OGC WKT 1 definition the CRS is built from.</summary>
    public string Wkt { get; }

    /// <summary>
    /// The projected coordinates (metres) real data in this CRS can have: the bounding box of the EPSG area of use
    /// widened by <see cref="PlausibleMarginDegrees"/> on every side (within ±180° and the CRS's latitude limit),
    /// projected, padded by 1 mm. Lambert-93: x -693 645..1 615 627, y 5 670 175..7 602 467; Web Mercator: the whole
    /// web-map square, y up to ±20 048 966 (±85.06°). File importers refuse coordinates outside it; <see cref="Unproject(double, double)"/> does not.
    /// </summary>
    public (double MinX, double MinY, double MaxX, double MaxY) PlausibleBoundsMetres { get; }

    /// <summary>True when (x, y) metres is inside <see cref="PlausibleBoundsMetres"/> (false for NaN or infinity).</summary>
    /// <returns>Whether the coordinate can come from real data in this CRS.</returns>
    public bool IsPlausible(double x, double y) =>
        x >= PlausibleBoundsMetres.MinX && x <= PlausibleBoundsMetres.MaxX && y >= PlausibleBoundsMetres.MinY && y <= PlausibleBoundsMetres.MaxY;

    /// <summary>
    /// Projects a point to (X, Y) metres (easting, northing).
    /// </summary>
    /// <returns>Easting X and northing Y in metres.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The latitude is outside the CRS's domain (Web Mercator: beyond ±85.06°, its EPSG area of use).
    /// </exception>
    public (double X, double Y) Project(GeoPoint point)
    {
        if (Math.Abs(point.Latitude) > _maxAbsLatitude)
        {
            throw new ArgumentOutOfRangeException(nameof(point), point,
                string.Create(CultureInfo.InvariantCulture, $"EPSG:{EpsgCode} is defined only between latitudes ±{_maxAbsLatitude}."));
        }

        return _projection.Forward(point.Longitude, point.Latitude);
    }

    /// <summary>Projects latitude and longitude in degrees (note the order) to (X, Y) metres.</summary>
    /// <returns>Easting X and northing Y in metres.</returns>
    /// <exception cref="InvalidCoordinateException">The coordinate is NaN, infinite or out of range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The latitude is outside the CRS's domain.</exception>
    public (double X, double Y) Project(double latitude, double longitude) =>
        Project(new GeoPoint(latitude, longitude, Name));

    /// <summary>
    /// Returns the WGS84 point whose projection is (x, y) metres. Any (x, y) with a valid inverse is accepted, even far
    /// outside <see cref="PlausibleBoundsMetres"/> (Lambert-93's (1e20, 1e20) is near the South Pole): check
    /// <see cref="IsPlausible"/> for coordinates read from files.
    /// </summary>
    /// <returns>The geographic point.</returns>
    /// <exception cref="InvalidCoordinateException">
    /// x or y is NaN or infinite, or (x, y) is outside the projection (no valid latitude/longitude).
    /// </exception>
    public GeoPoint Unproject(double x, double y)
    {
        (double lon, double lat) = double.IsFinite(x) && double.IsFinite(y) ? _projection.Inverse(x, y) : (double.NaN, double.NaN);

        // Snap the last-bit overshoot at the antimeridian (x = ±pi a in Web Mercator) back to ±180.
        if (Math.Abs(lon) is > 180 and < 180 + 1e-9)
        {
            lon = Math.CopySign(180, lon);
        }

        // The error context is formatted only on failure: this runs once per vertex of large files.
        return GeoPoint.IsValid(lat, lon)
            ? new GeoPoint(lat, lon)
            : throw new InvalidCoordinateException(lat, lon,
                string.Create(CultureInfo.InvariantCulture, $"EPSG:{EpsgCode} unprojection of ({x}, {y})"));
    }

    /// <summary>
    /// Returns a copy of a geometry in WGS84 (X = longitude, Y = latitude, degrees) projected to
    /// this CRS, with <see cref="Geometry.SRID"/> set to <see cref="EpsgCode"/>. The input is not changed.
    /// </summary>
    /// <returns>The projected copy.</returns>
    /// <exception cref="InvalidCoordinateException">A vertex is not a valid WGS84 coordinate.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A vertex is outside the CRS's domain.</exception>
    public Geometry Project(Geometry geographic)
    {
        ArgumentNullException.ThrowIfNull(geographic);
        Geometry copy = geographic.Copy();
        copy.Apply(new CoordinateMapFilter((x, y) => Project(new GeoPoint(y, x, Name))));
        copy.SRID = EpsgCode;
        return copy;
    }

    /// <summary>
    /// Returns a copy of a geometry in this CRS converted to WGS84 (X = longitude, Y = latitude,
    /// degrees), with <see cref="Geometry.SRID"/> 4326. The input is not changed.
    /// </summary>
    /// <returns>The geographic copy.</returns>
    /// <exception cref="InvalidCoordinateException">A vertex does not map to a valid coordinate.</exception>
    public Geometry Unproject(Geometry projected)
    {
        ArgumentNullException.ThrowIfNull(projected);
        Geometry copy = projected.Copy();
        copy.Apply(new CoordinateMapFilter((x, y) =>
        {
            GeoPoint p = Unproject(x, y);
            return (p.Longitude, p.Latitude);
        }));
        copy.SRID = 4326;
        return copy;
    }

    /// <summary>A new ProjNET coordinate system parsed from <see cref="Wkt"/>.</summary>
    /// <returns>A fresh instance owned by the caller.</returns>
    internal ProjectedCoordinateSystem CreateCoordinateSystem() =>
        (ProjectedCoordinateSystem)new CoordinateSystemFactory().CreateFromWkt(Wkt);

    /// <summary>
    /// A new ProjNET transform from geographic (longitude, latitude) degrees to this CRS, e.g. for
    /// NetTopologySuite coordinate filters. Owned by the caller; not safe to share between threads.
    /// For Web Mercator it computes the same values as <see cref="Project(GeoPoint)"/> to within 1 mm.
    /// </summary>
    /// <returns>A fresh transform.</returns>
    internal MathTransform CreateToProjectedTransform()
    {
        ProjectedCoordinateSystem crs = CreateCoordinateSystem();
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(crs.GeographicCoordinateSystem, crs).MathTransform;
    }

    /// <summary>
    /// A new ProjNET transform from this CRS to geographic (longitude, latitude) degrees.
    /// Owned by the caller; not safe to share between threads.
    /// </summary>
    /// <returns>A fresh transform.</returns>
    internal MathTransform CreateToGeographicTransform()
    {
        ProjectedCoordinateSystem crs = CreateCoordinateSystem();
        return new CoordinateTransformationFactory().CreateFromCoordinateSystems(crs, crs.GeographicCoordinateSystem).MathTransform;
    }

    // Conformal maps put the extremes of x and y on the edge of a box, so sampling its four edges bounds it.
    private static (double MinX, double MinY, double MaxX, double MaxY) BoundsOf(PointProjection projection, AreaOfUse box)
    {
        const int Steps = 360;
        const double PadMetres = 0.001;
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        for (int i = 0; i <= Steps; i++)
        {
            double lon = box.West + ((box.East - box.West) * i / Steps), lat = box.South + ((box.North - box.South) * i / Steps);
            foreach ((double x, double y) in new[]
            {
                projection.Forward(lon, box.South), projection.Forward(lon, box.North),
                projection.Forward(box.West, lat), projection.Forward(box.East, lat),
            })
            {
                (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
            }
        }

        return (minX - PadMetres, minY - PadMetres, maxX + PadMetres, maxY + PadMetres);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} (EPSG:{EpsgCode})");
}
