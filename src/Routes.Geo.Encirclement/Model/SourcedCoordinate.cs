namespace Routes.Geo.Encirclement;

/// <summary>A WGS84 position together with the source it was taken from.</summary>
/// <param name="Point">The position.</param>
/// <param name="Source">Where the position comes from (never empty).</param>
public sealed record SourcedCoordinate(GeoPoint Point, string Source);
