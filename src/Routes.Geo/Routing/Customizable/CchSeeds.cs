using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// Where the two sides of a customized query start for a snapped point, under the customized weights: the same seeds as
/// the plain hierarchy's (<c>HierarchySeeds</c>), with each partial edge costed by its directed edge's weight.
/// </summary>
internal static class CchSeeds
{
    public static void Forward(CustomizedHierarchy ch, SnapResult source, CchLabels labels, List<int> seeds)
    {
        CustomizableHierarchy h = ch.Hierarchy;
        RoutingGraph graph = h.Graph;
        double[] w = ch.DirectedWeights;
        int vertex = EdgeSearch.VertexAt(graph, source);
        if (vertex >= 0)
        {
            // A start on a barrier may leave it, as with plain Dijkstra; the junction graph has no arcs out of one.
            if (h.Kind == HierarchyKind.Junctions && !graph.VertexBlocked[vertex])
            {
                Label(h, labels, seeds, vertex, 0, -1);
                return;
            }

            for (int i = graph.OutStart[vertex]; i < graph.OutStart[vertex + 1]; i++)
            {
                int d = graph.OutDirected[i];
                LabelForward(h, labels, seeds, d, w[d]);
            }

            return;
        }

        double fraction = EdgeSearch.Fraction(graph, source.Edge, source.OffsetMetres);
        for (int d = 2 * source.Edge; d <= (2 * source.Edge) + 1; d++)
        {
            if (graph.CanTravel(d) && source.Allows(d))
            {
                LabelForward(h, labels, seeds, d, Part(w[d], RoutingGraph.IsBackward(d) ? fraction : 1 - fraction));
            }
        }
    }

    public static void Backward(CustomizedHierarchy ch, SnapResult target, CchLabels labels, List<int> seeds)
    {
        CustomizableHierarchy h = ch.Hierarchy;
        RoutingGraph graph = h.Graph;
        int vertex = EdgeSearch.VertexAt(graph, target);
        if (vertex >= 0)
        {
            if (h.Kind == HierarchyKind.Junctions)
            {
                Label(h, labels, seeds, vertex, 0, -1);
                return;
            }

            for (int i = graph.InStart[vertex]; i < graph.InStart[vertex + 1]; i++)
            {
                Label(h, labels, seeds, h.Input.NodeOfDirected[graph.InDirected[i]], 0, -1);
            }

            foreach (int copy in graph.CopiesArrivingAt(vertex))
            {
                Label(h, labels, seeds, h.Input.NodeOfDirected[copy], 0, -1);
            }

            return;
        }

        for (int g = 2 * target.Edge; g <= (2 * target.Edge) + 1; g++)
        {
            if (TargetEntry(ch, target, g) is not double part)
            {
                continue;
            }

            int tail = graph.Tail(g);
            if (h.Kind == HierarchyKind.Junctions)
            {
                if (!graph.VertexBlocked[tail])
                {
                    Label(h, labels, seeds, tail, part, g);
                }

                continue;
            }

            for (int i = graph.InStart[tail]; i < graph.InStart[tail + 1]; i++)
            {
                LabelIfTurns(ch, labels, seeds, graph.InDirected[i], g, part);
            }

            foreach (int copy in graph.CopiesArrivingAt(tail))
            {
                LabelIfTurns(ch, labels, seeds, copy, g, part);
            }
        }
    }

    // A state that may turn into target-edge direction g (via-way restrictions included) pays g's part and the turn's own cost.
    private static void LabelIfTurns(CustomizedHierarchy ch, CchLabels labels, List<int> seeds, int previous, int g, double part)
    {
        RoutingGraph graph = ch.Hierarchy.Graph;
        if (graph.TurnTargetOnto(previous, g) >= 0)
        {
            Label(ch.Hierarchy, labels, seeds, ch.Hierarchy.Input.NodeOfDirected[previous], part + graph.TurnCostBetween(previous, g, ch.Metric), g);
        }
    }

    /// <summary>The cheapest route needing no search (both points on one edge, or the source on a junction the target edge leaves), or null.</summary>
    public static EdgeSearch.Found? Direct(CustomizedHierarchy ch, SnapResult source, SnapResult target)
    {
        RoutingGraph graph = ch.Hierarchy.Graph;
        double[] w = ch.DirectedWeights;
        int sourceVertex = EdgeSearch.VertexAt(graph, source), targetVertex = EdgeSearch.VertexAt(graph, target);
        if (sourceVertex >= 0 && sourceVertex == targetVertex)
        {
            return new EdgeSearch.Found([], 0);
        }

        EdgeSearch.Found? best = null;
        if (sourceVertex < 0 && targetVertex < 0 && source.Edge == target.Edge)
        {
            int e = target.Edge;
            if (target.OffsetMetres == source.OffsetMetres)
            {
                // The same spot twice is a route of nothing, along whichever direction may be used.
                int d = double.IsFinite(w[2 * e]) && source.Allows(2 * e) && target.Allows(2 * e) ? 2 * e : (2 * e) + 1;
                if (double.IsFinite(w[d]) && source.Allows(d) && target.Allows(d))
                {
                    best = new EdgeSearch.Found([d], 0);
                }
            }
            else
            {
                int d = (2 * e) + (target.OffsetMetres > source.OffsetMetres ? 0 : 1);
                double fractions = Math.Abs(EdgeSearch.Fraction(graph, e, target.OffsetMetres) - EdgeSearch.Fraction(graph, e, source.OffsetMetres));
                if (double.IsFinite(w[d]) && source.Allows(d) && target.Allows(d))
                {
                    best = new EdgeSearch.Found([d], w[d] * fractions);
                }
            }
        }

        if (sourceVertex >= 0 && targetVertex < 0)
        {
            for (int g = 2 * target.Edge; g <= (2 * target.Edge) + 1; g++)
            {
                if (TargetEntry(ch, target, g) is double part && graph.Tail(g) == sourceVertex && (best is null || part < best.Value.Cost))
                {
                    best = new EdgeSearch.Found([g], part);
                }
            }
        }

        return best;
    }

    // A turn hierarchy's node is the directed edge's start state (a destination-only edge's origin copy); a junction hierarchy's is the junction it leads to.
    private static void LabelForward(CustomizableHierarchy h, CchLabels labels, List<int> seeds, int directed, double cost)
    {
        if (h.Kind == HierarchyKind.Turns)
        {
            Label(h, labels, seeds, h.Input.NodeOfDirected[h.Graph.StartState(directed)], cost, -1);
        }
        else
        {
            Label(h, labels, seeds, h.Graph.Head(directed), cost, directed);
        }
    }

    private static void Label(CustomizableHierarchy h, CchLabels labels, List<int> seeds, int node, double cost, int seed)
    {
        if (double.IsFinite(cost))
        {
            int rank = h.Rank[node];
            labels.Label(rank, cost, seed);
            seeds.Add(rank);
        }
    }

    // The cost from the tail of target-edge direction g to the target point; null when g may not be travelled.
    private static double? TargetEntry(CustomizedHierarchy ch, SnapResult target, int g)
    {
        RoutingGraph graph = ch.Hierarchy.Graph;
        double w = ch.DirectedWeights[g];
        if (!graph.CanTravel(g) || !target.Allows(g) || !double.IsFinite(w))
        {
            return null;
        }

        double fraction = EdgeSearch.Fraction(graph, target.Edge, target.OffsetMetres);
        return w * (RoutingGraph.IsBackward(g) ? 1 - fraction : fraction);
    }

    // Infinity times a zero share is still not travelable (not NaN).
    private static double Part(double weight, double share) => double.IsFinite(weight) ? weight * share : double.PositiveInfinity;
}
