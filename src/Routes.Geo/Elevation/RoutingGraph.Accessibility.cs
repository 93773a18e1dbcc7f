using Routes.Geo.Profiles;

namespace Routes.Geo.Routing;

public sealed partial class RoutingGraph
{
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

        // Built here only on this failure path: the graph has no router to share one with.
        var foot = new RoutingGraph(Network, walking);
        return foot.IsUsable(from.Edge) && foot.IsUsable(to.Edge) && foot.EdgeComponent[from.Edge] == foot.EdgeComponent[to.Edge]
            ? NoRouteReason.OnlyInaccessibleWaysConnect
            : reason;
    }
}
