namespace Routes.Geo.Network;

/// <summary>A way of the source data: its id and the tags routing reads.</summary>
internal sealed record WayRecord(long Id, IReadOnlyDictionary<string, string> Tags, double LengthMetres);
