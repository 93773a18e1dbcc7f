using System.Globalization;

namespace Routes.Geo.Maps;

/// <summary>
/// A WGS84 bounding box in degrees (west, south, east, north). Construction validates: finite
/// values within the WGS84 ranges, east greater than west and north greater than south.
/// </summary>
public readonly record struct MapExtent
{
    /// <summary>Creates the box.</summary>
    /// <exception cref="MapInputException">A value is not finite or out of range, or the box has zero (or negative) width or height.</exception>
    public MapExtent(double west, double south, double east, double north)
    {
        if (!GeoPoint.IsValid(south, west) || !GeoPoint.IsValid(north, east))
        {
            throw new MapInputException(string.Create(CultureInfo.InvariantCulture,
                $"The bounding box ({west}, {south}, {east}, {north}) is not a valid WGS84 box (west, south, east, north in degrees)."));
        }

        if (!(east > west) || !(north > south))
        {
            throw new MapInputException(string.Create(CultureInfo.InvariantCulture,
                $"The bounding box ({west}, {south}, {east}, {north}) has zero size: east must exceed west and north must exceed south."));
        }

        (West, South, East, North) = (west, south, east, north);
    }

    /// <summary>The Channel ports from Boulogne to Bray-Dunes: 1.45..2.65°E, 50.62..51.12°N.</summary>
    public static MapExtent ChannelPorts { get; } = new(1.45, 50.62, 2.65, 51.12);

    /// <summary>Western longitude, degrees.</summary>
    public double West { get; }

    /// <summary>Southern latitude, degrees.</summary>
    public double South { get; }

    /// <summary>Eastern longitude, degrees.</summary>
    public double East { get; }

    /// <summary>Northern latitude, degrees.</summary>
    public double North { get; }

    /// <summary>The centre (mean of the bounds).</summary>
    public GeoPoint Centre => new((South + North) / 2, (West + East) / 2);

    /// <summary>
    /// The box around <paramref name="points"/>, widened by <paramref name="marginFraction"/> of its
    /// size on each side, and to at least <paramref name="minimumDegrees"/> in each direction so a
    /// single point still gets a map.
    /// </summary>
    /// <exception cref="MapInputException"><paramref name="points"/> is empty.</exception>
    public static MapExtent Around(IEnumerable<GeoPoint> points, double marginFraction = 0.08, double minimumDegrees = 0.01)
    {
        ArgumentNullException.ThrowIfNull(points);
        double w = double.PositiveInfinity, s = double.PositiveInfinity, e = double.NegativeInfinity, n = double.NegativeInfinity;
        foreach (GeoPoint p in points)
        {
            (w, s, e, n) = (Math.Min(w, p.Longitude), Math.Min(s, p.Latitude), Math.Max(e, p.Longitude), Math.Max(n, p.Latitude));
        }

        if (double.IsInfinity(w))
        {
            throw new MapInputException("There is nothing to draw: no point to frame the map around.");
        }

        double dx = Math.Max((e - w) * (1 + (2 * marginFraction)), minimumDegrees) / 2;
        double dy = Math.Max((n - s) * (1 + (2 * marginFraction)), minimumDegrees) / 2;
        (double cx, double cy) = ((w + e) / 2, (s + n) / 2);
        return new MapExtent(Math.Max(cx - dx, -180), Math.Max(cy - dy, -85), Math.Min(cx + dx, 180), Math.Min(cy + dy, 85));
    }

    /// <summary>True when <paramref name="point"/> lies inside or on the box.</summary>
    public bool Contains(GeoPoint point) =>
        point.Longitude >= West && point.Longitude <= East && point.Latitude >= South && point.Latitude <= North;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{West:0.#####}, {South:0.#####}, {East:0.#####}, {North:0.#####}]");
}
