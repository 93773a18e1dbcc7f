namespace Routes.Geo.Routing;

/// <summary>Which road a point was snapped to (<see cref="SnapResult.Candidate"/>).</summary>
public enum SnapCandidate
{
    /// <summary>The nearest road the profile may use.</summary>
    Nearest,

    /// <summary>
    /// The nearest road in a large strongly connected component (<see cref="RoutingGraph.LargeComponentMinDirectedEdges"/>):
    /// the nearest road lay on a piece that could not reach, or be reached from, the other end of a leg.
    /// </summary>
    LargeComponent,
}
