namespace Routes.Geo.Encirclement;

/// <summary>How a position's geometry is drawn through its named places.</summary>
public enum PositionShape
{
    /// <summary>A closed ring: the first and last place are the same; at least three distinct places.</summary>
    Polygon,

    /// <summary>A line through at least two places, in order.</summary>
    Line,

    /// <summary>The places alone, where the sources give too few to draw a line or ring.</summary>
    Points,
}
