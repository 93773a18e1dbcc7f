using Routes.Geo.Geodesy;

namespace Routes.Geo.Routing;

/// <summary>
/// One leg's search: A* over directed edges (so turn restrictions and U-turn rules apply exactly),
/// from a snapped point to a snapped point. The heuristic is a guaranteed lower bound of the
/// ellipsoidal distance, divided by the graph's top speed for time: admissible, so routes are optimal.
/// </summary>
internal static class EdgeSearch
{
    /// <summary>The directed edges of a found path and its cost; Path[0] starts at the source point, Path[^1] ends at the target.</summary>
    internal readonly record struct Found(int[] Path, double Cost);

    public static Found? Run(RoutingGraph graph, SnapResult source, SnapResult target, RouteMetric metric, bool useHeuristic = true)
    {
        double best = double.PositiveInfinity;
        int bestPrevious = -1, bestLast = -1;
        int targetEdge = target.Edge;
        double targetFraction = Fraction(graph, targetEdge, target.OffsetMetres);

        // Both points on one edge: travelling straight along it may be best.
        if (source.Edge == targetEdge)
        {
            double cost = graph.Cost(targetEdge, metric) * Math.Abs(targetFraction - Fraction(graph, targetEdge, source.OffsetMetres));
            bool ahead = target.OffsetMetres >= source.OffsetMetres;
            int directed = 2 * targetEdge + (ahead ? 0 : 1);
            if (graph.CanTravel(directed))
            {
                best = cost;
                bestLast = directed;
            }
        }

        double speed = metric == RouteMetric.Shortest ? 1 : graph.MaxSpeedMetresPerSecond;
        double Heuristic(int vertex) => !useHeuristic ? 0 :
            FastDistance.LowerBound(graph.Network.VertexLat[vertex], graph.Network.VertexLon[vertex], target.Snapped.Latitude, target.Snapped.Longitude) / speed;

        SearchSpace space = graph.RentSearchSpace();
        try
        {
            double sourceFraction = Fraction(graph, source.Edge, source.OffsetMetres);
            for (int directed = 2 * source.Edge; directed <= 2 * source.Edge + 1; directed++)
            {
                if (graph.CanTravel(directed))
                {
                    double remaining = RoutingGraph.IsBackward(directed) ? sourceFraction : 1 - sourceFraction;
                    Push(space, directed, graph.Cost(source.Edge, metric) * remaining, -1, Heuristic(graph.Head(directed)));
                }
            }

            while (space.Queue.TryDequeue(out int current, out (double F, int) key))
            {
                if (space.Closed[current])
                {
                    continue;
                }

                space.Closed[current] = true;
                if (key.F >= best)
                {
                    break;
                }

                double g = space.Cost[current];
                int head = graph.Head(current);
                for (int i = graph.OutStart[head]; i < graph.OutStart[head + 1]; i++)
                {
                    int next = graph.OutDirected[i];
                    if (!graph.CanTurn(current, next))
                    {
                        continue;
                    }

                    int edge = RoutingGraph.EdgeOf(next);
                    double edgeCost = graph.Cost(edge, metric);
                    if (edge == targetEdge)
                    {
                        double part = RoutingGraph.IsBackward(next) ? 1 - targetFraction : targetFraction;
                        if (g + edgeCost * part < best)
                        {
                            best = g + edgeCost * part;
                            bestPrevious = current;
                            bestLast = next;
                        }
                    }

                    double ng = g + edgeCost;
                    if (ng < space.Cost[next] && !space.Closed[next])
                    {
                        Push(space, next, ng, current, Heuristic(graph.Head(next)));
                    }
                }
            }

            if (bestLast < 0)
            {
                return null;
            }

            var path = new List<int> { bestLast };
            for (int d = bestPrevious; d >= 0; d = space.Parent[d])
            {
                path.Add(d);
            }

            path.Reverse();
            return new Found([.. path], best);
        }
        finally
        {
            graph.ReturnSearchSpace(space);
        }
    }

    internal static double Fraction(RoutingGraph graph, int edge, double offsetMetres)
    {
        double length = graph.EdgeLength[edge];
        return length > 0 ? Math.Clamp(offsetMetres / length, 0, 1) : 0;
    }

    private static void Push(SearchSpace space, int directed, double g, int parent, double h)
    {
        if (double.IsPositiveInfinity(space.Cost[directed]))
        {
            space.Touched.Add(directed);
        }

        space.Cost[directed] = g;
        space.Parent[directed] = parent;
        space.Queue.Enqueue(directed, (g + h, directed));
    }
}
