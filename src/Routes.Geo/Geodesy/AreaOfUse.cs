namespace Routes.Geo.Geodesy;

/// <summary>A CRS's EPSG area of use: a latitude/longitude box in degrees (west below east; none crosses 180°).</summary>
internal readonly record struct AreaOfUse(double South, double West, double North, double East)
{
    /// <summary>The box grown by <paramref name="degrees"/> on every side, kept within ±180° and ±<paramref name="maxAbsLatitude"/>.</summary>
    public AreaOfUse Widened(double degrees, double maxAbsLatitude) => new(
        Math.Max(South - degrees, -maxAbsLatitude),
        Math.Max(West - degrees, -180),
        Math.Min(North + degrees, maxAbsLatitude),
        Math.Min(East + degrees, 180));
}
