using Routes.Geo.Routing;

namespace Routes.Geo.Matrices;

/// <summary>
/// The simple strategy: one A* query per pair (n² queries), rows in parallel. Fine up to about fifty
/// points; each cell is exactly the route <see cref="RouteRequest"/> would return.
/// </summary>
internal sealed class PointToPointMatrix : IMatrixStrategy
{
    public static PointToPointMatrix Instance { get; } = new();

    public void Compute(RoutingGraph graph, SnapResult?[] sources, SnapResult?[] targets, RouteMetric metric, TravelCell?[] cells)
    {
        PairCells.Fill(sources, targets, cells, (from, to) => Cell(graph, from, to, metric));
    }

    private static TravelCell Cell(RoutingGraph graph, SnapResult from, SnapResult to, RouteMetric metric)
    {
        if (graph.EdgeComponent[from.Edge] != graph.EdgeComponent[to.Edge])
        {
            return TravelCell.NotFound(new NoRoute(NoRouteReason.DifferentComponents, 0, from.Input, to.Input, graph.Profile.Name));
        }

        EdgeSearch.Found? found = EdgeSearch.Run(graph, from, to, metric);
        if (found is null)
        {
            return TravelCell.NotFound(new NoRoute(NoRouteReason.BlockedByDirectionOrRestriction, 0, from.Input, to.Input, graph.Profile.Name));
        }

        RouteLeg leg = RouteBuilder.BuildLeg(graph, from, to, found.Value.Path);
        return TravelCell.Found(leg.DurationSeconds, leg.LengthMetres);
    }
}
