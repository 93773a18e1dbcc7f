using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Matrices;

/// <summary>
/// The matrix on the customizable hierarchy customized without some road classes: one elimination-tree query per pair,
/// rows in parallel; each cell is the route <see cref="RouteRequest.Excluding(RoadClassSet)"/> would return from the same snaps.
/// </summary>
internal sealed class CustomizedMatrix(RoadClassSet excluded) : IMatrixStrategy
{
    public void Compute(RoutingGraph graph, SnapResult?[] sources, SnapResult?[] targets, RouteMetric metric, TravelCell?[] cells)
    {
        _ = graph.Customized(metric, excluded);
        PairCells.Fill(sources, targets, cells, (from, to) => Cell(graph, from, to, metric));
    }

    private TravelCell Cell(RoutingGraph graph, SnapResult from, SnapResult to, RouteMetric metric)
    {
        if (graph.EdgeComponent[from.Edge] != graph.EdgeComponent[to.Edge])
        {
            return TravelCell.NotFound(new NoRoute(NoRouteReason.DifferentComponents, 0, from.Input, to.Input, graph.Profile.Name));
        }

        EdgeSearch.Found? found = graph.SearchCustomized(from, to, metric, excluded);
        if (found is null)
        {
            return TravelCell.NotFound(new NoRoute(NoRouteReason.BlockedByDirectionOrRestriction, 0, from.Input, to.Input, graph.Profile.Name));
        }

        RouteLeg leg = RouteBuilder.BuildLeg(graph, from, to, found.Value.Path);
        return TravelCell.Found(leg.DurationSeconds, leg.LengthMetres);
    }
}
