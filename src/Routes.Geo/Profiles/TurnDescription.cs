namespace Routes.Geo.Profiles;

/// <summary>
/// One turn at a vertex, as <see cref="Profile.TurnSeconds"/> sees it: from the directed edge arriving at the vertex onto
/// the one leaving it.
/// </summary>
/// <param name="AngleDegrees">
/// The change of heading in (-180, 180]: 0 straight on, positive to the right, negative to the left, about ±180 turning
/// back. Headings are taken 10 m along each edge from the vertex (less on shorter edges); 0 when an edge has no length.
/// </param>
/// <param name="IsUTurn">Whether the turn goes back along the edge it came by (allowed only at a dead end).</param>
/// <param name="RoadCount">Number of distinct roads at the vertex the profile may use (the one arrived by included): 2 is a road going on.</param>
/// <param name="NodeTags">The vertex's tags (those kept for the profiles' <see cref="Profile.NodeKeys"/> and <see cref="Profile.NodeTagValues"/>), or null.</param>
/// <param name="AlongWay">Whether the arriving edge is travelled in its way's direction (for <c>direction=forward|backward</c> on the node).</param>
/// <param name="IncomingLengthMetres">Length of the arriving edge.</param>
/// <param name="OutgoingLengthMetres">Length of the leaving edge.</param>
/// <param name="FromSlowerRoad">Whether another road at the vertex is faster than the arriving one (it enters by a minor road).</param>
public readonly record struct TurnDescription(
    double AngleDegrees,
    bool IsUTurn,
    int RoadCount,
    IReadOnlyDictionary<string, string>? NodeTags,
    bool AlongWay,
    double IncomingLengthMetres,
    double OutgoingLengthMetres,
    bool FromSlowerRoad);
