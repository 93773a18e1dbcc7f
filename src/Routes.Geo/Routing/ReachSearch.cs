namespace Routes.Geo.Routing;

/// <summary>
/// Everything reachable from a snapped point within a cost budget: Dijkstra over directed edges (turn
/// restrictions, barriers and U-turn rules apply as in <see cref="EdgeSearch"/>), stopped at the budget,
/// with the edges at the boundary cut where the budget runs out.
/// </summary>
internal static class ReachSearch
{
    /// <summary>A reached piece of an edge, as fractions of its length in the way's direction (0 ≤ From ≤ To ≤ 1).</summary>
    internal readonly record struct Piece(int Edge, double From, double To);

    public static List<Piece> Run(RoutingGraph graph, SnapResult source, double budget, RouteMetric metric)
    {
        var pieces = new List<Piece>();
        var partial = new Dictionary<int, double>();
        SearchSpace space = graph.RentSearchSpace();
        try
        {
            int edge = source.Edge;
            double start = EdgeSearch.Fraction(graph, edge, source.OffsetMetres);
            for (int directed = 2 * edge; directed <= 2 * edge + 1; directed++)
            {
                if (!graph.CanTravel(directed))
                {
                    continue;
                }

                double cost = graph.DirectedCost(directed, metric);

                bool backward = RoutingGraph.IsBackward(directed);
                double remaining = backward ? start : 1 - start;
                double reach = cost > 0 ? Math.Min(remaining, budget / cost) : remaining;
                pieces.Add(backward ? new Piece(edge, start - reach, start) : new Piece(edge, start, start + reach));
                if (cost * remaining <= budget)
                {
                    space.Push(graph.StartState(directed), cost * remaining);
                }
            }

            while (space.Queue.TryDequeue(out int current, out _))
            {
                if (space.Closed[current])
                {
                    continue;
                }

                space.Closed[current] = true;
                if (space.Parent[current] >= 0)
                {
                    pieces.Add(new Piece(RoutingGraph.EdgeOf(graph.DirectedOf(current)), 0, 1));
                }

                double g = space.Cost[current];
                int head = graph.Head(graph.DirectedOf(current));
                for (int i = graph.OutStart[head]; i < graph.OutStart[head + 1]; i++)
                {
                    int next = graph.TurnTarget(current, i);
                    if (next < 0 || space.Closed[next])
                    {
                        continue;
                    }

                    double edgeCost = graph.DirectedCost(graph.DirectedOf(next), metric);
                    double turned = g + graph.TurnCost(current, i, metric);
                    if (turned + edgeCost <= budget)
                    {
                        if (turned + edgeCost < space.Cost[next])
                        {
                            space.Push(next, turned + edgeCost, current);
                        }
                    }
                    else if (turned < budget)
                    {
                        double fraction = (budget - turned) / edgeCost;
                        partial[next] = Math.Max(fraction, partial.GetValueOrDefault(next));
                    }
                }
            }

            foreach ((int directed, double fraction) in partial)
            {
                if (space.Closed[directed] && space.Parent[directed] >= 0)
                {
                    continue;
                }

                int d = graph.DirectedOf(directed);
                int e = RoutingGraph.EdgeOf(d);
                pieces.Add(RoutingGraph.IsBackward(d) ? new Piece(e, 1 - fraction, 1) : new Piece(e, 0, fraction));
            }

            return pieces;
        }
        finally
        {
            graph.ReturnSearchSpace(space);
        }
    }
}
