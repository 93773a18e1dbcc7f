using Routes.Geo.Storage.Columns;
using System.Runtime.CompilerServices;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Isochrones;

/// <summary>
/// One-to-all searches bounded by a budget, both giving the cost on entering every directed edge within it:
/// a Dijkstra over directed edges (turn rules as in <see cref="EdgeSearch"/>), or PHAST on a contraction hierarchy.
/// </summary>
internal static class OneToAll
{
    // Nodes in descending rank, per hierarchy: the order of PHAST's downward sweep, computed once.
    private static readonly ConditionalWeakTable<ContractionHierarchy, int[]> SweepOrders = [];

    public static ReachedNetwork Dijkstra(RoutingGraph graph, SnapResult origin, double budget, RouteMetric metric)
    {
        var entry = new double[2 * graph.Network.EdgeCount];
        Array.Fill(entry, double.PositiveInfinity);
        var entries = new List<(int, double)>();
        SearchSpace space = graph.RentSearchSpace();
        try
        {
            int vertex = EdgeSearch.VertexAt(graph, origin);
            if (vertex >= 0)
            {
                for (int i = graph.OutStart[vertex]; i < graph.OutStart[vertex + 1]; i++)
                {
                    Enter(graph, space, entry, entries, graph.StartState(graph.OutDirected[i]), 0, budget, metric);
                }
            }
            else
            {
                int edge = origin.Edge;
                double start = EdgeSearch.Fraction(graph, edge, origin.OffsetMetres);
                for (int directed = 2 * edge; directed <= 2 * edge + 1; directed++)
                {
                    double part = graph.DirectedCost(directed, metric) * (RoutingGraph.IsBackward(directed) ? start : 1 - start);
                    if (graph.CanTravel(directed) && part <= budget)
                    {
                        space.Push(graph.StartState(directed), part);
                    }
                }
            }

            while (space.Queue.TryDequeue(out int current, out _))
            {
                if (space.Closed[current])
                {
                    continue;
                }

                space.Closed[current] = true;
                double g = space.Cost[current];
                int head = graph.Head(graph.DirectedOf(current));
                for (int i = graph.OutStart[head]; i < graph.OutStart[head + 1]; i++)
                {
                    int next = graph.TurnTarget(current, i);
                    if (next >= 0)
                    {
                        Enter(graph, space, entry, entries, next, g + graph.TurnCost(current, i, metric), budget, metric);
                    }
                }
            }

            for (int i = 0; i < entries.Count; i++)
            {
                entries[i] = (entries[i].Item1, entry[entries[i].Item1]);
            }

            return new ReachedNetwork(graph, metric, origin, budget, entries);
        }
        finally
        {
            graph.ReturnSearchSpace(space);
        }
    }

    // With turn costs a later-settled edge can still enter more cheaply, so an entry is kept while it improves;
    // each edge is listed once, with its cheapest entry over its states (via-way and destination copies), when the search ends.
    private static void Enter(RoutingGraph graph, SearchSpace space, double[] entry, List<(int, double)> entries, int state, double g, double budget, RouteMetric metric)
    {
        if (g >= budget)
        {
            return;
        }

        int next = graph.DirectedOf(state);
        if (double.IsPositiveInfinity(entry[next]))
        {
            entries.Add((next, 0));
        }

        entry[next] = Math.Min(entry[next], g);
        double end = g + graph.DirectedCost(next, metric);
        if (end <= budget && end < space.Cost[state])
        {
            space.Push(state, end);
        }
    }

    /// <summary>
    /// PHAST: the upward search from the origin's seeds (labels past the budget are not climbed), then one pass over all
    /// nodes in descending rank pulling each node's cost from the higher-ranked nodes with an arc down to it.
    /// </summary>
    public static ReachedNetwork Phast(ContractionHierarchy ch, SnapResult origin, double budget)
    {
        RoutingGraph graph = ch.Graph;
        var dist = new double[ch.NodeCount];
        Array.Fill(dist, double.PositiveInfinity);
        HierarchySearchSpace space = ch.RentSearchSpace();
        try
        {
            UpwardLabels labels = space.Forward;
            HierarchySeeds.Forward(ch, origin, labels);
            while (labels.Queue.TryPop(out int x, out _))
            {
                double cost = labels.Cost[x];
                if (cost < budget)
                {
                    HierarchySearch.Climb(ch, labels, x, cost, forward: true);
                }
            }

            foreach (int node in labels.Touched)
            {
                dist[node] = labels.Cost[node];
            }
        }
        finally
        {
            ch.ReturnSearchSpace(space);
        }

        HierarchyAdjacency down = ch.Down;
        Column<int> start = down.Start, reach = down.Reach;
        Column<double> weight = down.Weight;
        foreach (int v in SweepOrders.GetValue(ch, DescendingRank))
        {
            double best = dist[v];
            for (int i = start[v], end = start[v + 1]; i < end; i++)
            {
                double via = dist[reach[i]] + weight[i];
                if (via < best)
                {
                    best = via;
                }
            }

            dist[v] = best;
        }

        return new ReachedNetwork(graph, ch.Metric, origin, budget, Entries(ch, origin, dist, budget));
    }

    // Junction nodes carry the cost at the junction; turn nodes the cost at the head of their directed edge.
    private static List<(int, double)> Entries(ContractionHierarchy ch, SnapResult origin, double[] dist, double budget)
    {
        RoutingGraph graph = ch.Graph;
        var entry = new double[2 * graph.Network.EdgeCount];
        Array.Fill(entry, double.PositiveInfinity);
        int vertex = EdgeSearch.VertexAt(graph, origin);
        if (vertex >= 0)
        {
            // Leaving the origin is allowed even from a barrier, as the seeds of both searches do.
            for (int i = graph.OutStart[vertex]; i < graph.OutStart[vertex + 1]; i++)
            {
                entry[graph.OutDirected[i]] = 0;
            }
        }

        for (int node = 0; node < dist.Length; node++)
        {
            double cost = dist[node];
            if (cost >= budget)
            {
                continue;
            }

            if (ch.Kind == HierarchyKind.Junctions)
            {
                if (graph.VertexBlocked[node])
                {
                    continue;
                }

                for (int i = graph.OutStart[node]; i < graph.OutStart[node + 1]; i++)
                {
                    int d = graph.OutDirected[i];
                    entry[d] = Math.Min(entry[d], cost);
                }

                continue;
            }

            int incoming = ch.StateOfNode[node];
            int head = graph.Head(ch.DirectedOfNode[node]);
            for (int i = graph.OutStart[head]; i < graph.OutStart[head + 1]; i++)
            {
                int d = graph.OutDirected[i];
                double turned = cost + graph.TurnCost(incoming, i, ch.Metric);
                if (turned < entry[d] && graph.TurnTarget(incoming, i) >= 0)
                {
                    entry[d] = turned;
                }
            }
        }

        var entries = new List<(int, double)>();
        for (int d = 0; d < entry.Length; d++)
        {
            if (entry[d] < budget)
            {
                entries.Add((d, entry[d]));
            }
        }

        return entries;
    }

    private static int[] DescendingRank(ContractionHierarchy ch)
    {
        int[] order = [.. Enumerable.Range(0, ch.NodeCount)];
        int[] keys = [.. ch.Rank.ToArray().Select(r => -r)];
        Array.Sort(keys, order);
        return order;
    }
}
