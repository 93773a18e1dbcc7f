namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// The edge-expanded graph of a routing graph: a node per travelable directed edge, an arc per
/// allowed turn weighted by the cost of the edge turned into. Contracting this graph keeps turn
/// restrictions and U-turn rules exact, which a vertex-based hierarchy cannot.
/// </summary>
internal static class TurnGraph
{
    /// <summary>The measure a hierarchy carries beside its weight: length for the fastest metric, time for the shortest.</summary>
    public static RouteMetric Other(RouteMetric metric) => metric == RouteMetric.Fastest ? RouteMetric.Shortest : RouteMetric.Fastest;

    /// <summary>Number of nodes: the travelable directed edges.</summary>
    public static int NodeCount(RoutingGraph graph)
    {
        int count = 0;
        for (int d = 0; d < 2 * graph.Network.EdgeCount; d++)
        {
            count += graph.CanTravel(d) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Node ids of the directed edges (-1 where not travelable), and the directed edge of each node.</summary>
    public static (int[] NodeOfDirected, int[] DirectedOfNode) Number(RoutingGraph graph)
    {
        int directedCount = 2 * graph.Network.EdgeCount;
        var nodeOf = new int[directedCount];
        var directedOf = new List<int>();
        for (int d = 0; d < directedCount; d++)
        {
            nodeOf[d] = graph.CanTravel(d) ? directedOf.Count : -1;
            if (nodeOf[d] >= 0)
            {
                directedOf.Add(d);
            }
        }

        return (nodeOf, [.. directedOf]);
    }

    /// <summary>Calls <paramref name="arc"/>(to, weight, secondary) for every allowed turn out of directed edge <paramref name="directed"/>.</summary>
    public static void ForEachTurn(RoutingGraph graph, RouteMetric metric, int directed, Action<int, double, double> arc)
    {
        int head = graph.Head(directed);
        for (int i = graph.OutStart[head]; i < graph.OutStart[head + 1]; i++)
        {
            int next = graph.OutDirected[i];
            if (graph.CanTurn(directed, next))
            {
                arc(next, graph.DirectedCost(next, metric), graph.DirectedCost(next, Other(metric)));
            }
        }
    }
}
