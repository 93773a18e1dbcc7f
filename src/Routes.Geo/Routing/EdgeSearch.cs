using Routes.Geo.Geodesy;

namespace Routes.Geo.Routing;

/// <summary>
/// One leg's search: A* over directed edges and via-way copies (so turn restrictions and U-turn rules apply exactly),
/// from a snapped point to a snapped point. The heuristic is a guaranteed lower bound of the
/// ellipsoidal distance, divided by the graph's top speed for time: admissible, so routes are optimal.
/// A point snapped onto a junction starts from, or ends on, every edge there.
/// </summary>
internal static class EdgeSearch
{
    /// <summary>The directed edges of a found path and its cost; Path[0] starts at the source point, Path[^1] ends at the target.</summary>
    internal readonly record struct Found(int[] Path, double Cost);

    public static Found? Run(RoutingGraph graph, SnapResult source, SnapResult target, RouteMetric metric, bool useHeuristic = true)
    {
        int sourceVertex = VertexAt(graph, source), targetVertex = VertexAt(graph, target);
        if (sourceVertex >= 0 && sourceVertex == targetVertex)
        {
            return new Found([], 0);
        }

        double best = double.PositiveInfinity;
        int bestPrevious = -1, bestLast = -1;
        int targetEdge = targetVertex >= 0 ? -1 : target.Edge;
        double targetFraction = Fraction(graph, target.Edge, target.OffsetMetres);
        if (sourceVertex < 0 && targetVertex < 0 && source.Edge == target.Edge
            && Direct(graph, source, target, metric) is { } direct)
        {
            (best, bestLast) = direct;
        }

        double speed = metric == RouteMetric.Shortest ? 1 : graph.MaxSpeedMetresPerSecond;
        double Heuristic(int vertex) => !useHeuristic ? 0 :
            FastDistance.LowerBound(graph.Network.VertexLat[vertex], graph.Network.VertexLon[vertex], target.Snapped.Latitude, target.Snapped.Longitude) / speed;

        SearchSpace space = graph.RentSearchSpace();
        try
        {
            // Leaves vertex `head` after arriving on `current` (-1: starting there) at cost g.
            void Expand(int current, int head, double g)
            {
                for (int i = graph.OutStart[head]; i < graph.OutStart[head + 1]; i++)
                {
                    int next = graph.OutDirected[i];
                    int state = current >= 0 ? graph.TurnTarget(current, i) : graph.StartState(next);
                    if (state < 0)
                    {
                        continue;
                    }

                    int edge = RoutingGraph.EdgeOf(next);
                    double edgeCost = graph.DirectedCost(next, metric);
                    double turned = current >= 0 ? g + graph.TurnCost(current, i, metric) : g;
                    if (edge == targetEdge && target.Allows(next))
                    {
                        double part = RoutingGraph.IsBackward(next) ? 1 - targetFraction : targetFraction;
                        if (turned + edgeCost * part < best)
                        {
                            best = turned + edgeCost * part;
                            bestPrevious = current;
                            bestLast = state;
                        }
                    }

                    double ng = turned + edgeCost;
                    if (ng < space.Cost[state] && !space.Closed[state])
                    {
                        space.Push(state, ng, current, Heuristic(graph.Head(next)));
                    }
                }
            }

            if (sourceVertex >= 0)
            {
                Expand(-1, sourceVertex, 0);
            }
            else
            {
                double sourceFraction = Fraction(graph, source.Edge, source.OffsetMetres);
                for (int directed = 2 * source.Edge; directed <= 2 * source.Edge + 1; directed++)
                {
                    if (graph.CanTravel(directed) && source.Allows(directed))
                    {
                        double remaining = RoutingGraph.IsBackward(directed) ? sourceFraction : 1 - sourceFraction;
                        space.Push(graph.StartState(directed), graph.DirectedCost(directed, metric) * remaining, -1, Heuristic(graph.Head(directed)));
                    }
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
                int head = graph.Head(graph.DirectedOf(current));
                if (head == targetVertex)
                {
                    if (g < best)
                    {
                        best = g;
                        bestPrevious = space.Parent[current];
                        bestLast = current;
                    }

                    continue;
                }

                Expand(current, head, g);
            }

            if (bestLast < 0)
            {
                return null;
            }

            // Count the parent chain first, then fill the path from its end: one exact array, no list to reverse.
            int count = 1;
            for (int d = bestPrevious; d >= 0; d = space.Parent[d])
            {
                count++;
            }

            var path = new int[count];
            path[^1] = graph.DirectedOf(bestLast);
            for (int d = bestPrevious, i = count - 2; d >= 0; d = space.Parent[d], i--)
            {
                path[i] = graph.DirectedOf(d);
            }

            return new Found(path, best);
        }
        finally
        {
            graph.ReturnSearchSpace(space);
        }
    }

    /// <summary>The vertex a snapped point lies on (an end of its edge), or -1 when it lies inside the edge.</summary>
    internal static int VertexAt(RoutingGraph graph, SnapResult snap)
    {
        const double ToleranceMetres = 1e-6;
        if (snap.Direction != SnapDirection.Both)
        {
            // A point bound to one direction of its edge starts or ends on that edge, even at its end.
            return -1;
        }

        if (snap.OffsetMetres <= ToleranceMetres)
        {
            return graph.Network.EdgeFrom[snap.Edge];
        }

        return snap.OffsetMetres >= graph.EdgeLength[snap.Edge] - ToleranceMetres ? graph.Network.EdgeTo[snap.Edge] : -1;
    }

    /// <summary>Straight along the one edge both points lie on, when its direction allows: (cost, directed edge).</summary>
    internal static (double Cost, int Directed)? Direct(RoutingGraph graph, SnapResult source, SnapResult target, RouteMetric metric)
    {
        // The same spot twice is a route of nothing, whichever way the edge may be travelled.
        if (target.OffsetMetres == source.OffsetMetres)
        {
            for (int d = 2 * target.Edge; d <= (2 * target.Edge) + 1; d++)
            {
                if (graph.CanTravel(d) && source.Allows(d) && target.Allows(d))
                {
                    return (0, d);
                }
            }

            return null;
        }

        int directed = 2 * target.Edge + (target.OffsetMetres > source.OffsetMetres ? 0 : 1);
        if (!graph.CanTravel(directed) || !source.Allows(directed) || !target.Allows(directed))
        {
            return null;
        }

        double fractions = Math.Abs(Fraction(graph, target.Edge, target.OffsetMetres) - Fraction(graph, source.Edge, source.OffsetMetres));
        return (graph.DirectedCost(directed, metric) * fractions, directed);
    }

    internal static double Fraction(RoutingGraph graph, int edge, double offsetMetres)
    {
        double length = graph.EdgeLength[edge];
        return length > 0 ? Math.Clamp(offsetMetres / length, 0, 1) : 0;
    }
}
