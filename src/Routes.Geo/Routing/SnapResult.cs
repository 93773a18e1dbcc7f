namespace Routes.Geo;

/// <summary>
/// Where a coordinate meets the network: the nearest point on an edge the profile may use.
/// </summary>
/// <param name="Input">The coordinate that was snapped.</param>
/// <param name="Snapped">The nearest point on the edge.</param>
/// <param name="Edge">The edge's index in the network.</param>
/// <param name="OffsetMetres">Distance of <paramref name="Snapped"/> from the edge's first vertex, along the edge.</param>
/// <param name="DistanceMetres">Ellipsoidal distance from <paramref name="Input"/> to <paramref name="Snapped"/>.</param>
public sealed record SnapResult(GeoPoint Input, GeoPoint Snapped, int Edge, double OffsetMetres, double DistanceMetres)
{
    /// <summary>
    /// Which of the point's candidates this is: the nearest usable road, or the nearest road in a large
    /// strongly connected component, used when no route existed from (or to) the nearest one.
    /// </summary>
    public SnapCandidate Candidate { get; init; } = SnapCandidate.Nearest;

    /// <summary>
    /// Which directions of <see cref="Edge"/> a route may leave this point by or arrive at it in: both, unless a
    /// <see cref="SnapConstraint"/> (heading or approach) chose one.
    /// </summary>
    public SnapDirection Direction { get; init; } = SnapDirection.Both;

    /// <summary>Whether directed edge <paramref name="directed"/> (2·edge forward, 2·edge+1 backward) may start or end here.</summary>
    internal bool Allows(int directed) =>
        Direction == SnapDirection.Both || (Direction == SnapDirection.Backward) == ((directed & 1) == 1);
}
