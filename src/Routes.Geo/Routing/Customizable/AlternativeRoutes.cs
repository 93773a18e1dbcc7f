namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// Alternative routes by the via-node method (Abraham, Delling, Goldberg &amp; Werneck 2010) on a customized hierarchy:
/// with exact costs from the source and to the target at every node whose route through it costs at most
/// <see cref="MaxStretch"/> times the best (<see cref="CchTrees"/>), each such node v gives the route source→v→target
/// of both shortest paths; nodes are tried cheapest first, at most 50, skipping those on a route already tried. One is admissible when it costs at most
/// <see cref="MaxStretch"/> times the best, shares at most <see cref="MaxSharing"/> of the best's cost with the best and
/// with every alternative kept before it, has no repeated junction, and passes the T-test: the stretch from
/// <see cref="LocalOptimality"/> times the best's cost before v to as much after it is itself a shortest path. Then
/// every part of it costing at most that much is a shortest path (no detour a local shortcut would remove).
/// </summary>
public static class AlternativeRoutes
{
    /// <summary>The most an alternative may cost, as a multiple of the best route's cost.</summary>
    public const double MaxStretch = 1.25;

    /// <summary>The most of the best route's cost an alternative may share with the best or with an earlier alternative.</summary>
    public const double MaxSharing = 0.8;

    /// <summary>Share of the best route's cost on each side of the via node that must be a shortest path (the T-test's α).</summary>
    public const double LocalOptimality = 0.25;

    /// <summary>The most alternatives a request may ask for.</summary>
    public const int MaxCount = 10;

    // Via nodes examined per request, cheapest first, each off every route examined before: bounds the time.
    private const int MaxCandidates = 50;

    /// <summary>A found path and its cost, with the index of its first directed edge after the via node.</summary>
    internal readonly record struct Alternative(int[] Path, double Cost, int Via);

    internal static List<Alternative> Find(CustomizedHierarchy ch, SnapResult source, SnapResult target, EdgeSearch.Found best, int count)
    {
        var found = new List<Alternative>();
        if (count <= 0 || best.Path.Length == 0 || !(best.Cost > 0))
        {
            return found;
        }

        // Kept routes are bits of an int per edge: the best and at most MaxCount more.
        count = Math.Min(count, MaxCount);
        RoutingGraph graph = ch.Hierarchy.Graph;
        CchTrees trees = ch.Hierarchy.RentTrees();
        try
        {
            double limit = MaxStretch * best.Cost, tolerance = 1e-9 * best.Cost;
            // Beyond the limit a node is no candidate, nor on a candidate's trees: its costs are not needed.
            trees.Grow(ch, source, target, limit);
            double[] f = trees.Forward.Cost, b = trees.Backward.Cost;
            double[] heapCost = trees.CandidateCost;
            int[] heapRank = trees.CandidateRank;
            int candidates = 0;
            for (int r = 0; r < f.Length; r++)
            {
                double via = f[r] + b[r];
                // A node on a shortest route gives the best route again.
                if (via <= limit && via > best.Cost + tolerance)
                {
                    (heapCost[candidates], heapRank[candidates]) = (via, r);
                    candidates++;
                }
            }

            // Cheapest first, by (cost, rank) as a sort would order them; a heap, since few are taken of many.
            for (int i = (candidates / 2) - 1; i >= 0; i--)
            {
                SiftDown(heapCost, heapRank, i, candidates);
            }

            trees.KeptValid.Clear();
            int keptCount = Keep(trees, best.Path, 0);
            // A via node on a route already examined almost always gives that route again: skip it unexamined.
            StampedMarks examined = trees.Examined;
            examined.Clear();
            Mark(ch, examined, best.Path);
            int tried = 0;
            while (candidates > 0 && tried < MaxCandidates && found.Count < count)
            {
                int rank = heapRank[0];
                candidates--;
                (heapCost[0], heapRank[0]) = (heapCost[candidates], heapRank[candidates]);
                SiftDown(heapCost, heapRank, 0, candidates);
                if (!examined.Add(ch.Hierarchy.NodeOfRank[rank]))
                {
                    continue;
                }

                tried++;
                (int[] path, int via) = Through(ch, trees, rank);
                Mark(ch, examined, path);
                if (path.Length == 0 || RepeatsAJunction(graph, source, target, path, trees.Visited))
                {
                    continue;
                }

                (double[] parts, double[] turns) = Parts(graph, ch, source, target, path);
                double cost = parts.Sum();
                if (cost > limit || SharesTooMuch(trees, keptCount, path, parts, MaxSharing * best.Cost)
                    || !PassesTTest(ch, source, target, path, parts, turns, via, LocalOptimality * best.Cost))
                {
                    continue;
                }

                keptCount = Keep(trees, path, keptCount);
                found.Add(new Alternative(path, cost, via));
            }

            return found;
        }
        finally
        {
            ch.Hierarchy.ReturnTrees(trees);
        }
    }

    // Restores the heap below slot i: a parent is before both children in (cost, rank) order.
    private static void SiftDown(double[] cost, int[] rank, int i, int count)
    {
        while (true)
        {
            int least = i, left = (2 * i) + 1, right = left + 1;
            if (left < count && Before(cost[left], rank[left], cost[least], rank[least]))
            {
                least = left;
            }

            if (right < count && Before(cost[right], rank[right], cost[least], rank[least]))
            {
                least = right;
            }

            if (least == i)
            {
                return;
            }

            (cost[i], cost[least], rank[i], rank[least]) = (cost[least], cost[i], rank[least], rank[i]);
            i = least;
        }
    }

    private static bool Before(double cost, int rank, double otherCost, int otherRank) => cost < otherCost || (cost == otherCost && rank < otherRank);

    // Marks the path's edges as travelled by kept route number k; returns the number of kept routes after it.
    private static int Keep(CchTrees trees, int[] path, int k)
    {
        foreach (int d in path)
        {
            int edge = RoutingGraph.EdgeOf(d);
            if (trees.KeptValid.Add(edge))
            {
                trees.Kept[edge] = 0;
            }

            trees.Kept[edge] |= 1 << k;
        }

        return k + 1;
    }

    // Whether the path shares (by its own parts' cost, summed in path order) more than `most` with any kept route.
    private static bool SharesTooMuch(CchTrees trees, int keptCount, int[] path, double[] parts, double most)
    {
        Span<double> shared = stackalloc double[MaxCount + 1];
        shared.Clear();
        for (int i = 0; i < path.Length; i++)
        {
            int edge = RoutingGraph.EdgeOf(path[i]);
            for (int routes = trees.KeptValid.Contains(edge) ? trees.Kept[edge] : 0; routes != 0; routes &= routes - 1)
            {
                shared[System.Numerics.BitOperations.TrailingZeroCount(routes)] += parts[i];
            }
        }

        for (int k = 0; k < keptCount; k++)
        {
            if (shared[k] > most)
            {
                return true;
            }
        }

        return false;
    }

    // The hierarchy's nodes along a path: its junctions, or its directed edges on a turn hierarchy.
    private static void Mark(CustomizedHierarchy ch, StampedMarks examined, int[] path)
    {
        CustomizableHierarchy h = ch.Hierarchy;
        foreach (int d in path)
        {
            if (h.Kind == Contraction.HierarchyKind.Turns)
            {
                // A destination-only edge is two nodes (its origin and arrival states).
                examined.Add(h.Input.NodeOfDirected[d]);
                examined.Add(h.Input.NodeOfDirected[h.Graph.StartState(d)]);
            }
            else
            {
                examined.Add(h.Graph.Tail(d));
                examined.Add(h.Graph.Head(d));
            }
        }
    }

    // Source → via by the forward tree, via → target by the backward one; the via index is where the second part starts.
    private static (int[] Path, int Via) Through(CustomizedHierarchy ch, CchTrees trees, int via)
    {
        CchLabels forward = trees.Forward, backward = trees.Backward;
        List<int> slots = trees.Slots;
        slots.Clear();
        int x = forward.SlotsToSeed(via, slots);

        slots.Reverse();
        List<int> first = CchPaths.Directed(ch, x, forward.Seed[via], slots, -1, trees.Pending, trees.Arcs);
        slots.Clear();
        backward.SlotsToSeed(via, slots);

        List<int> second = CchPaths.Directed(ch, via, -1, slots, backward.Seed[via], trees.Pending, trees.Arcs);
        // On a turn hierarchy both parts list the via node's own directed edge.
        int skip = ch.Hierarchy.Kind == Contraction.HierarchyKind.Turns && second.Count > 0 ? 1 : 0;
        var path = new int[first.Count + second.Count - skip];
        first.CopyTo(path);
        second.CopyTo(skip, path, first.Count, second.Count - skip);
        return (path, first.Count);
    }

    // The junctions passed (an end counts only when the point lies on it, not inside its edge) must all differ.
    private static bool RepeatsAJunction(RoutingGraph graph, SnapResult source, SnapResult target, int[] path, StampedMarks visited)
    {
        visited.Clear();
        if (EdgeSearch.VertexAt(graph, source) >= 0)
        {
            visited.Add(graph.Tail(path[0]));
        }

        for (int i = 0; i < path.Length - 1; i++)
        {
            if (!visited.Add(graph.Head(path[i])))
            {
                return true;
            }
        }

        return EdgeSearch.VertexAt(graph, target) >= 0 && !visited.Add(graph.Head(path[^1]));
    }

    // Each directed edge's share of the route's cost (partial at the ends, with the turn into it), and each turn's own
    // cost (time metrics on turn graphs; the turn into the first edge is none).
    private static (double[] Parts, double[] Turns) Parts(RoutingGraph graph, CustomizedHierarchy ch, SnapResult source, SnapResult target, int[] path)
    {
        var parts = new double[path.Length];
        var turns = new double[path.Length];
        int from = EdgeSearch.VertexAt(graph, source), to = EdgeSearch.VertexAt(graph, target);
        double sf = EdgeSearch.Fraction(graph, source.Edge, source.OffsetMetres), tf = EdgeSearch.Fraction(graph, target.Edge, target.OffsetMetres);
        for (int i = 0; i < path.Length; i++)
        {
            int d = path[i];
            double share = 1;
            if (i == 0 && from < 0)
            {
                share = RoutingGraph.IsBackward(d) ? sf : 1 - sf;
            }

            if (i == path.Length - 1 && to < 0)
            {
                share = path.Length == 1 && from < 0 ? Math.Abs(tf - sf) : RoutingGraph.IsBackward(d) ? 1 - tf : tf;
            }

            turns[i] = i > 0 ? graph.TurnCostBetween(path[i - 1], d, ch.Metric) : 0;
            parts[i] = (ch.DirectedWeights[d] * share) + turns[i];
        }

        return (parts, turns);
    }

    // The T-test: from the junction at least `reach` before the via node to the one at least `reach` after it (or the
    // route's ends), no route is cheaper than this one's stretch. Junction to junction is the looser question (any edge
    // out, any edge in), so passing it also passes the edge-to-edge one.
    private static bool PassesTTest(CustomizedHierarchy ch, SnapResult source, SnapResult target, int[] path, double[] parts, double[] turns, int via, double reach)
    {
        RoutingGraph graph = ch.Hierarchy.Graph;
        int i = via;
        double before = 0;
        while (i > 0 && before < reach)
        {
            before += parts[--i];
        }

        int j = via - 1;
        double after = 0;
        while (j < path.Length - 1 && after < reach)
        {
            after += parts[++j];
        }

        // Starting at the junction, the turn into path[i] is not paid.
        double window = -turns[i];
        for (int k = i; k <= j; k++)
        {
            window += parts[k];
        }

        SnapResult from = i == 0 ? source : AtVertex(graph, path[i], tail: true);
        SnapResult to = j == path.Length - 1 ? target : AtVertex(graph, path[j], tail: false);
        EdgeSearch.Found? shortest = EliminationTreeQuery.Run(ch, from, to);
        return shortest is { } s && s.Cost >= window - (1e-9 * Math.Max(1, window));
    }

    private static SnapResult AtVertex(RoutingGraph graph, int directed, bool tail)
    {
        int edge = RoutingGraph.EdgeOf(directed);
        // The tail of a forward direction is the edge's first vertex (offset 0), of a backward one its last.
        bool atStart = tail != RoutingGraph.IsBackward(directed);
        int vertex = atStart ? graph.Network.EdgeFrom[edge] : graph.Network.EdgeTo[edge];
        var point = new GeoPoint(graph.Network.VertexLat[vertex], graph.Network.VertexLon[vertex]);
        return new SnapResult(point, point, edge, atStart ? 0 : graph.EdgeLength[edge], 0);
    }
}
