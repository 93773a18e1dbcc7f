using Routes.Geo.Storage.Columns;
namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// Bidirectional search on a contraction hierarchy between two snapped points: both searches climb
/// the hierarchy, alternating by smallest key, each stopping once its key reaches the best meeting cost.
/// </summary>
internal static class HierarchySearch
{
    public static EdgeSearch.Found? Run(ContractionHierarchy ch, SnapResult source, SnapResult target)
    {
        (double Cost, double Secondary, int[] Path)? direct = HierarchySeeds.Direct(ch, source, target);
        HierarchySearchSpace space = ch.RentSearchSpace();
        try
        {
            HierarchySeeds.Forward(ch, source, space.Forward);
            HierarchySeeds.Backward(ch, target, space.Backward);
            (double best, int meet) = Meet(ch, space, direct?.Cost ?? double.PositiveInfinity);
            if (meet >= 0)
            {
                return new EdgeSearch.Found(Unpack(ch, space, meet), best);
            }

            return direct is { } d ? new EdgeSearch.Found(d.Path, d.Cost) : null;
        }
        finally
        {
            ch.ReturnSearchSpace(space);
        }
    }

    /// <summary>
    /// Runs both seeded searches until neither can beat <paramref name="best"/>: the cheapest meeting cost and node
    /// (-1 when none beats it).
    /// </summary>
    internal static (double Best, int Meet) Meet(ContractionHierarchy ch, HierarchySearchSpace space, double best)
    {
        int meet = -1;
        UpwardLabels forward = space.Forward, backward = space.Backward;
        while (true)
        {
            bool forwardOpen = forward.Queue.TryPeek(out _, out double forwardKey) && forwardKey < best;
            bool backwardOpen = backward.Queue.TryPeek(out _, out double backwardKey) && backwardKey < best;
            if (!forwardOpen && !backwardOpen)
            {
                return (best, meet);
            }

            bool goForward = forwardOpen && (!backwardOpen || forwardKey <= backwardKey);
            UpwardLabels side = goForward ? forward : backward, other = goForward ? backward : forward;
            // The indexed heap holds a node once, and costs only grow, so a popped node is settled.
            side.Queue.TryPop(out int x, out _);
            double cost = side.Cost[x];
            if (cost + other.Cost[x] < best)
            {
                best = cost + other.Cost[x];
                meet = x;
            }

            if (!Stalled(ch, side, x, cost, goForward))
            {
                Climb(ch, side, x, cost, goForward);
            }
        }
    }

    /// <summary>
    /// Stall-on-demand: a node that a higher-ranked labelled node reaches more cheaply by an arc coming down to it
    /// cannot lie on a shortest upward path, so its arcs need not be climbed; its label stays a valid upper bound.
    /// </summary>
    internal static bool Stalled(ContractionHierarchy ch, UpwardLabels labels, int x, double cost, bool forward)
    {
        // The arcs coming down to x in this direction are the ones the other direction climbs from x.
        HierarchyAdjacency down = forward ? ch.Down : ch.Up;
        Column<int> reach = down.Reach;
        Column<double> weight = down.Weight;
        double[] labelCost = labels.Cost;
        for (int i = down.Start[x], end = down.Start[x + 1]; i < end; i++)
        {
            if (labelCost[reach[i]] + weight[i] < cost)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Relaxes the arcs that climb from <paramref name="x"/>: up arcs forward, reversed down arcs backward.</summary>
    internal static void Climb(ContractionHierarchy ch, UpwardLabels labels, int x, double cost, bool forward)
    {
        HierarchyAdjacency up = forward ? ch.Up : ch.Down;
        Column<int> reach = up.Reach, arcs = up.Arc;
        Column<double> weight = up.Weight, secondaries = up.Secondary;
        int seed = labels.Seed[x];
        double secondary = labels.Secondary[x];
        for (int i = up.Start[x], end = up.Start[x + 1]; i < end; i++)
        {
            labels.Label(reach[i], cost + weight[i], secondary + secondaries[i], arcs[i], seed);
        }
    }

    // Source node .. meeting node from the forward arcs, then down to the node that turns into the target edge.
    internal static int[] Unpack(ContractionHierarchy ch, HierarchySearchSpace space, int meet)
    {
        UpwardLabels forward = space.Forward, backward = space.Backward;
        Stack<int> pending = space.PendingArcs;
        List<int> nodes = space.PathNodes;
        nodes.Clear();
        bool junctions = ch.Kind == HierarchyKind.Junctions;

        // Walking back from the meeting node pushes the arc leaving the source last, so it unpacks first.
        int x = meet;
        while (forward.Arc[x] >= 0)
        {
            pending.Push(forward.Arc[x]);
            x = ch.Arcs.From[forward.Arc[x]];
        }

        // A turn path lists its nodes (directed edges); a junction path lists its original arcs.
        if (!junctions)
        {
            nodes.Add(x);
        }

        Unpack(ch, pending, nodes, junctions);
        int y = meet;
        while (backward.Arc[y] >= 0)
        {
            int arc = backward.Arc[y];
            pending.Push(arc);
            Unpack(ch, pending, nodes, junctions);
            y = ch.Arcs.To[arc];
        }

        if (junctions)
        {
            ToDirectedEdges(ch, nodes);
        }
        else
        {
            for (int i = 0; i < nodes.Count; i++)
            {
                nodes[i] = ch.DirectedOfNode[nodes[i]];
            }
        }

        int first = junctions ? forward.Seed[meet] : -1, last = backward.Seed[y];
        int offset = first >= 0 ? 1 : 0;
        var path = new int[offset + nodes.Count + (last >= 0 ? 1 : 0)];
        if (first >= 0)
        {
            path[0] = first;
        }

        nodes.CopyTo(path, offset);

        if (last >= 0)
        {
            path[^1] = last;
        }

        return path;
    }

    // Junction arcs to directed edges, in place. A zero-length edge (two map nodes on one spot) costs nothing, so a
    // path may step over it and straight back at no cost; such back-and-forth pairs are dropped, nested ones too.
    private static void ToDirectedEdges(ContractionHierarchy ch, List<int> arcs)
    {
        int kept = 0;
        for (int i = 0; i < arcs.Count; i++)
        {
            int directed = ch.DirectedOfArc[arcs[i]];
            if (kept > 0 && arcs[kept - 1] == (directed ^ 1) && ch.Graph.DirectedCost(directed, ch.Metric) == 0)
            {
                kept--;
            }
            else
            {
                arcs[kept++] = directed;
            }
        }

        arcs.RemoveRange(kept, arcs.Count - kept);
    }

    private static void Unpack(ContractionHierarchy ch, Stack<int> pending, List<int> into, bool arcs)
    {
        if (arcs)
        {
            ch.Arcs.UnpackArcs(pending, into);
        }
        else
        {
            ch.Arcs.Unpack(pending, into);
        }
    }
}
