namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// The junction graph of a routing graph: a node per vertex, an arc per travelable directed edge that
/// leaves a passable vertex. Self-loops are left out: a shortest route between junctions never uses one.
/// </summary>
internal static class JunctionGraph
{
    /// <summary>Calls <paramref name="arc"/>(directed, from, to, weight, secondary) for every arc, in directed-edge order.</summary>
    public static void ForEachArc(RoutingGraph graph, RouteMetric metric, Action<int, int, int, double, double> arc)
    {
        for (int d = 0; d < 2 * graph.Network.EdgeCount; d++)
        {
            if (IsArc(graph, d))
            {
                arc(d, graph.Tail(d), graph.Head(d), graph.DirectedCost(d, metric), graph.DirectedCost(d, TurnGraph.Other(metric)));
            }
        }
    }

    /// <summary>The directed edge of each arc, in the order of <see cref="ForEachArc"/>.</summary>
    public static int[] DirectedOfArcs(RoutingGraph graph)
    {
        // Counted first, then filled: every open of a saved hierarchy runs this over all directed edges.
        int directedCount = 2 * graph.Network.EdgeCount, count = 0;
        for (int d = 0; d < directedCount; d++)
        {
            count += IsArc(graph, d) ? 1 : 0;
        }

        var directed = new int[count];
        for (int d = 0, at = 0; d < directedCount; d++)
        {
            if (IsArc(graph, d))
            {
                directed[at++] = d;
            }
        }

        return directed;
    }

    private static bool IsArc(RoutingGraph graph, int d) =>
        graph.CanTravel(d) && !graph.VertexBlocked[graph.Tail(d)] && graph.Tail(d) != graph.Head(d);
}
