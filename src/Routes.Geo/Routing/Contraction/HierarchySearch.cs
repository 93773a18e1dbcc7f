namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// Bidirectional search on a contraction hierarchy between two snapped points. The forward search
/// starts on the source edge's directions with their partial costs; the backward search starts on
/// every directed edge that may turn into the target edge, with the partial cost of the target edge.
/// </summary>
internal static class HierarchySearch
{
    public static EdgeSearch.Found? Run(ContractionHierarchy ch, SnapResult source, SnapResult target)
    {
        RoutingGraph graph = ch.Graph;
        RouteMetric metric = ch.Metric;
        int sourceVertex = EdgeSearch.VertexAt(graph, source), targetVertex = EdgeSearch.VertexAt(graph, target);
        if (sourceVertex >= 0 && sourceVertex == targetVertex)
        {
            return new EdgeSearch.Found([], 0);
        }

        double best = double.PositiveInfinity;
        int meet = -1;
        int[]? direct = null;
        double targetFraction = EdgeSearch.Fraction(graph, target.Edge, target.OffsetMetres);
        double sourceFraction = EdgeSearch.Fraction(graph, source.Edge, source.OffsetMetres);
        if (sourceVertex < 0 && targetVertex < 0 && source.Edge == target.Edge
            && EdgeSearch.Direct(graph, source, target, metric) is { } straight)
        {
            best = straight.Cost;
            direct = [straight.Directed];
        }

        var forward = new Dictionary<int, (double Cost, int Arc)>();
        var backward = new Dictionary<int, (double Cost, int Arc, int TargetDirected)>();
        var forwardQueue = new PriorityQueue<int, double>();
        var backwardQueue = new PriorityQueue<int, double>();

        // Forward: the source edge's two directions with their partial costs, or every edge leaving the source junction.
        if (sourceVertex >= 0)
        {
            for (int i = graph.OutStart[sourceVertex]; i < graph.OutStart[sourceVertex + 1]; i++)
            {
                int d = graph.OutDirected[i];
                Relax(forward, forwardQueue, ch.NodeOfDirected[d], graph.Cost(RoutingGraph.EdgeOf(d), metric), -1);
            }
        }
        else
        {
            for (int d = 2 * source.Edge; d <= 2 * source.Edge + 1; d++)
            {
                if (graph.CanTravel(d))
                {
                    double cost = graph.Cost(source.Edge, metric) * (RoutingGraph.IsBackward(d) ? sourceFraction : 1 - sourceFraction);
                    Relax(forward, forwardQueue, ch.NodeOfDirected[d], cost, -1);
                }
            }
        }

        // Backward: every edge arriving at the target junction (nothing more to pay), or every edge
        // that may turn into the target edge (then the target edge's partial cost).
        if (targetVertex >= 0)
        {
            for (int i = graph.InStart[targetVertex]; i < graph.InStart[targetVertex + 1]; i++)
            {
                int d = graph.InDirected[i];
                SeedBackward(backward, backwardQueue, ch.NodeOfDirected[d], 0, -1);
            }
        }
        else
        {
            for (int g = 2 * target.Edge; g <= 2 * target.Edge + 1; g++)
            {
                if (!graph.CanTravel(g))
                {
                    continue;
                }

                double part = graph.Cost(target.Edge, metric) * (RoutingGraph.IsBackward(g) ? 1 - targetFraction : targetFraction);
                int tail = graph.Tail(g);
                if (tail == sourceVertex && part < best)
                {
                    best = part;
                    direct = [g];
                }

                for (int i = graph.InStart[tail]; i < graph.InStart[tail + 1]; i++)
                {
                    int previous = graph.InDirected[i];
                    if (graph.CanTurn(previous, g))
                    {
                        SeedBackward(backward, backwardQueue, ch.NodeOfDirected[previous], part, g);
                    }
                }
            }
        }

        var settledForward = new HashSet<int>();
        var settledBackward = new HashSet<int>();
        while (forwardQueue.Count > 0 || backwardQueue.Count > 0)
        {
            bool forwardDone = !forwardQueue.TryPeek(out _, out double forwardKey) || forwardKey >= best;
            bool backwardDone = !backwardQueue.TryPeek(out _, out double backwardKey) || backwardKey >= best;
            if (forwardDone && backwardDone)
            {
                break;
            }

            bool goForward = !forwardDone && (backwardDone || forwardKey <= backwardKey);
            if (goForward)
            {
                int x = forwardQueue.Dequeue();
                if (!settledForward.Add(x))
                {
                    continue;
                }

                double cost = forward[x].Cost;
                if (backward.TryGetValue(x, out var other) && cost + other.Cost < best)
                {
                    best = cost + other.Cost;
                    meet = x;
                    direct = null;
                }

                for (int i = ch.UpStart[x]; i < ch.UpStart[x + 1]; i++)
                {
                    int arc = ch.UpArcs[i];
                    Relax(forward, forwardQueue, ch.Arcs.To[arc], cost + ch.Arcs.Weight[arc], arc);
                }
            }
            else
            {
                int x = backwardQueue.Dequeue();
                if (!settledBackward.Add(x))
                {
                    continue;
                }

                var label = backward[x];
                if (forward.TryGetValue(x, out var other) && label.Cost + other.Cost < best)
                {
                    best = label.Cost + other.Cost;
                    meet = x;
                    direct = null;
                }

                for (int i = ch.DownStart[x]; i < ch.DownStart[x + 1]; i++)
                {
                    int arc = ch.DownArcs[i];
                    int y = ch.Arcs.From[arc];
                    double next = label.Cost + ch.Arcs.Weight[arc];
                    if (!backward.TryGetValue(y, out var old) || next < old.Cost)
                    {
                        backward[y] = (next, arc, label.TargetDirected);
                        backwardQueue.Enqueue(y, next);
                    }
                }
            }
        }

        if (direct is not null)
        {
            return new EdgeSearch.Found(direct, best);
        }

        return meet < 0 ? null : new EdgeSearch.Found(Unpack(ch, forward, backward, meet), best);
    }

    private static void SeedBackward(Dictionary<int, (double Cost, int Arc, int TargetDirected)> labels, PriorityQueue<int, double> queue, int node, double cost, int targetDirected)
    {
        if (!labels.TryGetValue(node, out var old) || cost < old.Cost)
        {
            labels[node] = (cost, -1, targetDirected);
            queue.Enqueue(node, cost);
        }
    }

    private static void Relax(Dictionary<int, (double Cost, int Arc)> labels, PriorityQueue<int, double> queue, int node, double cost, int arc)
    {
        if (!labels.TryGetValue(node, out var old) || cost < old.Cost)
        {
            labels[node] = (cost, arc);
            queue.Enqueue(node, cost);
        }
    }

    // Source node .. meeting node from the forward arcs, then down to the node that turns into the target edge.
    private static int[] Unpack(
        ContractionHierarchy ch,
        Dictionary<int, (double Cost, int Arc)> forward,
        Dictionary<int, (double Cost, int Arc, int TargetDirected)> backward,
        int meet)
    {
        var upArcs = new List<int>();
        int x = meet;
        while (forward[x].Arc >= 0)
        {
            upArcs.Add(forward[x].Arc);
            x = ch.Arcs.From[forward[x].Arc];
        }

        var nodes = new List<int> { x };
        for (int i = upArcs.Count - 1; i >= 0; i--)
        {
            ch.Arcs.Unpack(upArcs[i], nodes);
        }

        int y = meet;
        while (backward[y].Arc >= 0)
        {
            int arc = backward[y].Arc;
            ch.Arcs.Unpack(arc, nodes);
            y = ch.Arcs.To[arc];
        }

        var path = nodes.Select(n => ch.DirectedOfNode[n]).ToList();
        if (backward[y].TargetDirected >= 0)
        {
            path.Add(backward[y].TargetDirected);
        }

        return [.. path];
    }
}
