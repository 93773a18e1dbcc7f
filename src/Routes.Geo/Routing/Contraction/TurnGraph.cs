namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// The edge-expanded graph of a routing graph: a node per travelable directed edge (and per via-way copy), an arc per
/// allowed turn weighted by the cost of the edge turned into plus the turn's own (time only). Contracting this graph keeps turn
/// restrictions and U-turn rules exact, which a vertex-based hierarchy cannot.
/// </summary>
internal static class TurnGraph
{
    /// <summary>The measure a hierarchy carries beside its weight: length for the fastest metric, time for the shortest.</summary>
    public static RouteMetric Other(RouteMetric metric) => metric == RouteMetric.Fastest ? RouteMetric.Shortest : RouteMetric.Fastest;

    /// <summary>Number of nodes: the travelable directed edges and the via-way copies.</summary>
    public static int NodeCount(RoutingGraph graph)
    {
        int count = 0;
        for (int d = 0; d < 2 * graph.Network.EdgeCount; d++)
        {
            count += graph.CanTravel(d) ? 1 : 0;
        }

        return count + graph.StateCount - (2 * graph.Network.EdgeCount);
    }

    /// <summary>Node ids of the search states (-1 for directed edges not travelable), and the state of each node.</summary>
    public static (int[] NodeOfState, int[] StateOfNode) Number(RoutingGraph graph)
    {
        int stateCount = graph.StateCount, directedCount = 2 * graph.Network.EdgeCount;
        var nodeOf = new int[stateCount];
        var stateOf = new List<int>();
        for (int s = 0; s < stateCount; s++)
        {
            nodeOf[s] = s >= directedCount || graph.CanTravel(s) ? stateOf.Count : -1;
            if (nodeOf[s] >= 0)
            {
                stateOf.Add(s);
            }
        }

        return (nodeOf, [.. stateOf]);
    }

    /// <summary>Calls <paramref name="arc"/>(to state, weight, secondary) for every allowed turn out of search state <paramref name="state"/>.</summary>
    public static void ForEachTurn(RoutingGraph graph, RouteMetric metric, int state, Action<int, double, double> arc)
    {
        int head = graph.Head(graph.DirectedOf(state));
        RouteMetric other = Other(metric);
        for (int i = graph.OutStart[head]; i < graph.OutStart[head + 1]; i++)
        {
            int target = graph.TurnTarget(state, i);
            if (target >= 0)
            {
                int next = graph.OutDirected[i];
                arc(target, graph.DirectedCost(next, metric) + graph.TurnCost(state, i, metric), graph.DirectedCost(next, other) + graph.TurnCost(state, i, other));
            }
        }
    }
}
