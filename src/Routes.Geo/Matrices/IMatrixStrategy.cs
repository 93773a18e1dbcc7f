using Routes.Geo.Routing;

namespace Routes.Geo.Matrices;

/// <summary>
/// How a <see cref="TravelMatrix"/> computes its found cells from snapped points. The seam for a
/// contraction-hierarchy many-to-many later: callers see only <see cref="TravelMatrix"/>.
/// </summary>
internal interface IMatrixStrategy
{
    /// <summary>Fills cells[s * targets.Length + t] for every pair whose two points snapped (null entries are left alone).</summary>
    void Compute(RoutingGraph graph, SnapResult?[] sources, SnapResult?[] targets, RouteMetric metric, TravelCell?[] cells);
}
