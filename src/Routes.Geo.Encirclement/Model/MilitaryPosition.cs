using NetTopologySuite.Geometries;

namespace Routes.Geo.Encirclement;

/// <summary>
/// A perimeter, outpost line or contact line, drawn through named places whose coordinates the
/// sources give, and valid on the days <see cref="ValidFrom"/>..<see cref="ValidTo"/> (inclusive).
/// The geometry is an approximation; <see cref="Precision"/> always says how rough it is.
/// </summary>
public sealed class MilitaryPosition
{
    internal MilitaryPosition() { }

    /// <summary>Stable identifier (e.g. <c>dunkirk-outpost-line</c>).</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Display name.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>Who held the position.</summary>
    public Belligerent Side { get; internal init; }

    /// <summary>What the position represents.</summary>
    public PositionKind Kind { get; internal init; }

    /// <summary>How the geometry is drawn.</summary>
    public PositionShape Shape { get; internal init; }

    /// <summary>The sites the geometry passes through, in order; all have verified coordinates.</summary>
    public IReadOnlyList<string> SiteIds { get; internal init; } = [];

    /// <summary>
    /// WGS84 geometry (SRID 4326, X = longitude, Y = latitude): a valid <see cref="Polygon"/>,
    /// a <see cref="LineString"/> or a <see cref="MultiPoint"/> according to <see cref="Shape"/>.
    /// </summary>
    public Geometry Geometry { get; internal init; } = null!;

    /// <summary>First day the position stood.</summary>
    public DateOnly ValidFrom { get; internal init; }

    /// <summary>Last day the position stood (inclusive); never before <see cref="ValidFrom"/>.</summary>
    public DateOnly ValidTo { get; internal init; }

    /// <summary>How precise the geometry is, e.g. "approximate: polygon drawn through named places"; never empty.</summary>
    public string Precision { get; internal init; } = "";

    /// <summary>Sources; never empty.</summary>
    public IReadOnlyList<string> Sources { get; internal init; } = [];

    /// <summary>Remarks.</summary>
    public IReadOnlyList<string> Notes { get; internal init; } = [];

    /// <summary>
    /// Area of a polygon position on the WGS84 ellipsoid in square metres (see
    /// <see cref="Geodesy.EllipsoidMeasure.Area"/>); 0 for lines and points.
    /// </summary>
    public double AreaSquareMetres => Geodesy.EllipsoidMeasure.Area(Geometry);

    /// <summary>
    /// Length on the WGS84 ellipsoid in metres: of the line, or of the polygon's perimeter; 0 for points.
    /// </summary>
    public double LengthMetres => Geodesy.EllipsoidMeasure.Length(Geometry);

    /// <summary>True when the position stood on <paramref name="date"/>.</summary>
    public bool HeldOn(DateOnly date) => ValidFrom <= date && date <= ValidTo;

    /// <inheritdoc />
    public override string ToString() => $"{Name} [{Id}] {ValidFrom:yyyy-MM-dd}..{ValidTo:yyyy-MM-dd}";
}
