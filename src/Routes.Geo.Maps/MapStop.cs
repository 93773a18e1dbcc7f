namespace Routes.Geo.Maps;

/// <summary>A numbered stop of a route or tour map.</summary>
/// <param name="Point">Where the stop is drawn.</param>
/// <param name="Label">Its name, shown beside the number and in the tooltip.</param>
public sealed record MapStop(GeoPoint Point, string Label);
