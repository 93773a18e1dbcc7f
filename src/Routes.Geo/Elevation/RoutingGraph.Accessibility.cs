namespace Routes.Geo.Routing;

public sealed partial class RoutingGraph
{
    private RoutingGraph? _walkingComparisonGraph;

    /// <summary>
    /// Refines "different components" for a profile narrower than walking (<see cref="Profile.WalkingComparison"/>): when
    /// walking joins the two snapped roads, what keeps them apart is inaccessibility, and the answer says so.
    /// </summary>
    internal NoRouteReason Explain(NoRouteReason reason, SnapResult from, SnapResult to)
    {
        if (reason != NoRouteReason.DifferentComponents || Profile.WalkingComparison is not { } walking)
        {
            return reason;
        }

        // Built on the first such failure only, then kept: a graph build per failed query would be a cost a request could force.
        RoutingGraph foot = LazyInitializer.EnsureInitialized(ref _walkingComparisonGraph, () => new RoutingGraph(Network, walking));
        return foot.IsUsable(from.Edge) && foot.IsUsable(to.Edge) && foot.EdgeComponent[from.Edge] == foot.EdgeComponent[to.Edge]
            ? NoRouteReason.OnlyInaccessibleWaysConnect
            : reason;
    }
}
