namespace Routes.Geo.Network;

/// <summary>What a network build kept and dropped, for import reports and sanity checks.</summary>
/// <param name="WaysAdded">Ways given to the builder.</param>
/// <param name="WayPiecesKept">Runs of located nodes kept (a way missing nodes in the extract gives several).</param>
/// <param name="MissingNodeReferences">Node references of ways that had no position (outside the extract); the way is cut there.</param>
/// <param name="TurnRestrictionsAdded">Turn restrictions given to the builder.</param>
/// <param name="TurnRestrictionsDropped">Turn restrictions whose ways do not meet at their via node in this network.</param>
/// <param name="UnreadableTagValues">
/// Way tags a profile reads but could not understand (<c>maxspeed=fast</c>, <c>maxheight=very low</c>), counted once per
/// way and key over the builder's profiles; each was ignored and the way's default used (see <see cref="Profile.UnreadableKeys"/>).
/// </param>
/// <param name="ElevationSamples">Height samples along the edges (0 for a network without elevation; see <see cref="RoadNetwork.WithElevation"/>).</param>
/// <param name="ElevationSamplesWithoutHeight">Of those, the samples no DEM tile covered (or all void around): their stretches are routed flat.</param>
public sealed record NetworkStatistics(
    int WaysAdded, int WayPiecesKept, int MissingNodeReferences, int TurnRestrictionsAdded, int TurnRestrictionsDropped, int UnreadableTagValues = 0,
    int ElevationSamples = 0, int ElevationSamplesWithoutHeight = 0);
