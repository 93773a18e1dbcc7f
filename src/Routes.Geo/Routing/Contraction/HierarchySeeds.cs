namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// Where the two searches of a hierarchy query start for a snapped point, and the routes that need
/// no search at all (both points on one edge, or the source on a junction the target edge leaves).
/// </summary>
internal static class HierarchySeeds
{
    /// <summary>
    /// Seeds a forward search from the source: on a turn hierarchy, the source edge's directions with their partial
    /// costs or every edge leaving the source junction; on a junction hierarchy, the junctions those edges lead to
    /// (each remembering its edge as the label's seed), or the source junction itself.
    /// </summary>
    public static void Forward(ContractionHierarchy ch, SnapResult source, UpwardLabels labels)
    {
        RoutingGraph graph = ch.Graph;
        int vertex = EdgeSearch.VertexAt(graph, source);
        if (vertex >= 0)
        {
            // A start on a barrier may leave it, as with plain Dijkstra; the junction graph has no arcs out of one.
            if (ch.Kind == HierarchyKind.Junctions && !graph.VertexBlocked[vertex])
            {
                labels.Label(vertex, 0, 0, -1, -1);
                return;
            }

            for (int i = graph.OutStart[vertex]; i < graph.OutStart[vertex + 1]; i++)
            {
                int d = graph.OutDirected[i];
                LabelForward(ch, labels, d, graph.DirectedCost(d, ch.Metric), graph.DirectedCost(d, TurnGraph.Other(ch.Metric)));
            }

            return;
        }

        double fraction = EdgeSearch.Fraction(graph, source.Edge, source.OffsetMetres);
        for (int d = 2 * source.Edge; d <= 2 * source.Edge + 1; d++)
        {
            if (graph.CanTravel(d) && source.Allows(d))
            {
                double part = RoutingGraph.IsBackward(d) ? fraction : 1 - fraction;
                LabelForward(ch, labels, d, graph.DirectedCost(d, ch.Metric) * part, graph.DirectedCost(d, TurnGraph.Other(ch.Metric)) * part);
            }
        }
    }

    /// <summary>
    /// Seeds a backward search: every edge arriving at the target junction (nothing more to pay) or the junction
    /// itself, or every edge that may turn into the target edge (or the junction it leaves), with the target
    /// edge's partial cost and the target edge as the label's seed.
    /// </summary>
    public static void Backward(ContractionHierarchy ch, SnapResult target, UpwardLabels labels)
    {
        RoutingGraph graph = ch.Graph;
        int vertex = EdgeSearch.VertexAt(graph, target);
        if (vertex >= 0)
        {
            if (ch.Kind == HierarchyKind.Junctions)
            {
                labels.Label(vertex, 0, 0, -1, -1);
                return;
            }

            for (int i = graph.InStart[vertex]; i < graph.InStart[vertex + 1]; i++)
            {
                labels.Label(ch.NodeOfDirected[graph.InDirected[i]], 0, 0, -1, -1);
            }

            foreach (int copy in graph.CopiesArrivingAt(vertex))
            {
                labels.Label(ch.NodeOfDirected[copy], 0, 0, -1, -1);
            }

            return;
        }

        for (int g = 2 * target.Edge; g <= 2 * target.Edge + 1; g++)
        {
            if (TargetEntry(ch, target, g) is not (double part, double partSecondary))
            {
                continue;
            }

            int tail = graph.Tail(g);
            if (ch.Kind == HierarchyKind.Junctions)
            {
                // Passing a barrier into the target edge is no more allowed than any other turn through it.
                if (!graph.VertexBlocked[tail])
                {
                    labels.Label(tail, part, partSecondary, -1, g);
                }

                continue;
            }

            for (int i = graph.InStart[tail]; i < graph.InStart[tail + 1]; i++)
            {
                LabelIfTurns(ch, labels, graph.InDirected[i], g, part, partSecondary);
            }

            foreach (int copy in graph.CopiesArrivingAt(tail))
            {
                LabelIfTurns(ch, labels, copy, g, part, partSecondary);
            }
        }
    }

    // A state that may turn into target-edge direction g is labelled with g's part and the turn's own cost.
    private static void LabelIfTurns(ContractionHierarchy ch, UpwardLabels labels, int previous, int g, double part, double partSecondary)
    {
        RoutingGraph graph = ch.Graph;
        if (graph.TurnTargetOnto(previous, g) >= 0)
        {
            labels.Label(
                ch.NodeOfDirected[previous], part + graph.TurnCostBetween(previous, g, ch.Metric),
                partSecondary + graph.TurnCostBetween(previous, g, TurnGraph.Other(ch.Metric)), -1, g);
        }
    }

    // A turn hierarchy's node is the directed edge itself; a junction hierarchy's is the junction it leads to.
    private static void LabelForward(ContractionHierarchy ch, UpwardLabels labels, int directed, double cost, double secondary)
    {
        if (ch.Kind == HierarchyKind.Turns)
        {
            labels.Label(ch.NodeOfDirected[ch.Graph.StartState(directed)], cost, secondary, -1, -1);
        }
        else
        {
            labels.Label(ch.Graph.Head(directed), cost, secondary, -1, directed);
        }
    }

    /// <summary>The cheapest route needing no search, as (cost, secondary measure, path), or null.</summary>
    public static (double Cost, double Secondary, int[] Path)? Direct(ContractionHierarchy ch, SnapResult source, SnapResult target)
    {
        RoutingGraph graph = ch.Graph;
        int sourceVertex = EdgeSearch.VertexAt(graph, source), targetVertex = EdgeSearch.VertexAt(graph, target);
        if (sourceVertex >= 0 && sourceVertex == targetVertex)
        {
            return (0, 0, []);
        }

        (double Cost, double Secondary, int[] Path)? best = null;
        if (sourceVertex < 0 && targetVertex < 0 && source.Edge == target.Edge
            && EdgeSearch.Direct(graph, source, target, ch.Metric) is { } straight)
        {
            double cost = graph.DirectedCost(straight.Directed, ch.Metric);
            double secondary = cost > 0 ? straight.Cost / cost * graph.DirectedCost(straight.Directed, TurnGraph.Other(ch.Metric)) : 0;
            best = (straight.Cost, secondary, [straight.Directed]);
        }

        if (sourceVertex >= 0 && targetVertex < 0)
        {
            for (int g = 2 * target.Edge; g <= 2 * target.Edge + 1; g++)
            {
                if (TargetEntry(ch, target, g) is (double part, double partSecondary)
                    && graph.Tail(g) == sourceVertex && (best is null || part < best.Value.Cost))
                {
                    best = (part, partSecondary, [g]);
                }
            }
        }

        return best;
    }

    // The cost (and other measure) from the tail of target-edge direction g to the target point; null when g may not be travelled.
    // A plain method rather than an iterator, so seeding a query allocates nothing.
    private static (double Part, double PartSecondary)? TargetEntry(ContractionHierarchy ch, SnapResult target, int g)
    {
        RoutingGraph graph = ch.Graph;
        if (!graph.CanTravel(g) || !target.Allows(g))
        {
            return null;
        }

        double fraction = EdgeSearch.Fraction(graph, target.Edge, target.OffsetMetres);
        double part = RoutingGraph.IsBackward(g) ? 1 - fraction : fraction;
        return (graph.DirectedCost(g, ch.Metric) * part, graph.DirectedCost(g, TurnGraph.Other(ch.Metric)) * part);
    }
}
