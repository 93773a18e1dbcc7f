using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Matrices;

/// <summary>
/// The fast strategy: bucket many-to-many on the graph's contraction hierarchy for the metric
/// (prepared on first use). Cells carry the same costs as point-to-point routes; the other
/// measure (length for fastest, time for shortest) is summed along the same path.
/// </summary>
internal sealed class HierarchyMatrix : IMatrixStrategy
{
    public static HierarchyMatrix Instance { get; } = new();

    public void Compute(RoutingGraph graph, SnapResult?[] sources, SnapResult?[] targets, RouteMetric metric, TravelCell?[] cells)
    {
        ContractionHierarchy ch = graph.Prepare(metric);
        (double[] cost, double[] other) = ManyToMany.Compute(ch, sources, targets);
        for (int s = 0; s < sources.Length; s++)
        {
            for (int t = 0; t < targets.Length; t++)
            {
                if (sources[s] is not { } from || targets[t] is not { } to)
                {
                    continue;
                }

                int i = (s * targets.Length) + t;
                cells[i] = double.IsPositiveInfinity(cost[i])
                    ? TravelCell.NotFound(new NoRoute(
                        graph.EdgeComponent[from.Edge] != graph.EdgeComponent[to.Edge] ? NoRouteReason.DifferentComponents : NoRouteReason.BlockedByDirectionOrRestriction,
                        0, from.Input, to.Input, graph.Profile.Name))
                    : metric == RouteMetric.Fastest ? TravelCell.Found(cost[i], other[i]) : TravelCell.Found(other[i], cost[i]);
            }
        }
    }
}
