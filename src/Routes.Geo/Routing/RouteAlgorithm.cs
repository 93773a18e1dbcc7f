namespace Routes.Geo.Routing;

/// <summary>Which search answers a route query.</summary>
public enum RouteAlgorithm
{
    /// <summary>The contraction hierarchy when the graph has one prepared for the metric, else A*.</summary>
    Auto,

    /// <summary>Edge-based A* with an admissible geodesic lower bound (no preparation).</summary>
    AStar,

    /// <summary>Plain edge-based Dijkstra: the baseline that the others must agree with.</summary>
    Dijkstra,

    /// <summary>Bidirectional search on the contraction hierarchy, prepared on first use (see <see cref="RoutingGraph.Prepare"/>).</summary>
    ContractionHierarchy,

    /// <summary>
    /// The customizable contraction hierarchy with the metric's weights (see <see cref="RoutingGraph.PrepareCustomizable"/>),
    /// prepared and customized on first use; requests that exclude road classes always use it.
    /// </summary>
    CustomizableHierarchy,
}
