using Routes.Geo.Routing;

namespace Routes.Geo;

/// <summary>Which road a point was snapped to (<see cref="SnapResult.Candidate"/>).</summary>
public enum SnapCandidate
{
    /// <summary>The nearest road the profile may use.</summary>
    Nearest,

    /// <summary>
    /// The other half of a dual carriageway: the nearest road was one-way, and a one-way road of the same class and
    /// name (or ref) running the other way within <see cref="RoutingGraph.DualCarriagewaySlackMetres"/> more gave the cheaper route.
    /// </summary>
    OppositeCarriageway,

    /// <summary>
    /// The nearest road in a large strongly connected component (<see cref="RoutingGraph.LargeComponentMinDirectedEdges"/>):
    /// the nearest road lay on a piece that could not reach, or be reached from, the other end of a leg.
    /// </summary>
    LargeComponent,
}
