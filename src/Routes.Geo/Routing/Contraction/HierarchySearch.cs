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
        double best = direct?.Cost ?? double.PositiveInfinity;
        int meet = -1;
        HierarchySearchSpace space = ch.RentSearchSpace();
        try
        {
            UpwardLabels forward = space.Forward, backward = space.Backward;
            HierarchySeeds.Forward(ch, source, forward);
            HierarchySeeds.Backward(ch, target, backward);
            while (true)
            {
                bool forwardOpen = forward.Queue.TryPeek(out _, out double forwardKey) && forwardKey < best;
                bool backwardOpen = backward.Queue.TryPeek(out _, out double backwardKey) && backwardKey < best;
                if (!forwardOpen && !backwardOpen)
                {
                    break;
                }

                bool goForward = forwardOpen && (!backwardOpen || forwardKey <= backwardKey);
                UpwardLabels side = goForward ? forward : backward, other = goForward ? backward : forward;
                int x = side.Queue.Dequeue();
                if (side.Settled[x])
                {
                    continue;
                }

                side.Settled[x] = true;
                double cost = side.Cost[x];
                if (cost + other.Cost[x] < best)
                {
                    best = cost + other.Cost[x];
                    meet = x;
                }

                Climb(ch, side, x, cost, goForward);
            }

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

    /// <summary>Relaxes the arcs that climb from <paramref name="x"/>: up arcs forward, reversed down arcs backward.</summary>
    internal static void Climb(ContractionHierarchy ch, UpwardLabels labels, int x, double cost, bool forward)
    {
        int[] start = forward ? ch.UpStart : ch.DownStart;
        int[] arcs = forward ? ch.UpArcs : ch.DownArcs;
        int[] ends = forward ? ch.Arcs.To : ch.Arcs.From;
        double[] weights = ch.Arcs.Weight, secondaries = ch.Arcs.Secondary;
        int seed = labels.Seed[x];
        double secondary = labels.Secondary[x];
        for (int i = start[x]; i < start[x + 1]; i++)
        {
            int arc = arcs[i];
            labels.Label(ends[arc], cost + weights[arc], secondary + secondaries[arc], arc, seed);
        }
    }

    // Source node .. meeting node from the forward arcs, then down to the node that turns into the target edge.
    internal static int[] Unpack(ContractionHierarchy ch, HierarchySearchSpace space, int meet)
    {
        UpwardLabels forward = space.Forward, backward = space.Backward;
        Stack<int> pending = space.PendingArcs;
        List<int> nodes = space.PathNodes;
        nodes.Clear();

        // Walking back from the meeting node pushes the arc leaving the source last, so it unpacks first.
        int x = meet;
        while (forward.Arc[x] >= 0)
        {
            pending.Push(forward.Arc[x]);
            x = ch.Arcs.From[forward.Arc[x]];
        }

        nodes.Add(x);
        ch.Arcs.Unpack(pending, nodes);
        int y = meet;
        while (backward.Arc[y] >= 0)
        {
            int arc = backward.Arc[y];
            pending.Push(arc);
            ch.Arcs.Unpack(pending, nodes);
            y = ch.Arcs.To[arc];
        }

        int seed = backward.Seed[y];
        var path = new int[nodes.Count + (seed >= 0 ? 1 : 0)];
        for (int i = 0; i < nodes.Count; i++)
        {
            path[i] = ch.DirectedOfNode[nodes[i]];
        }

        if (seed >= 0)
        {
            path[^1] = seed;
        }

        return path;
    }
}
