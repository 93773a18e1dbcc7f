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
                return new EdgeSearch.Found(Unpack(ch, forward, backward, meet), best);
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
    internal static int[] Unpack(ContractionHierarchy ch, UpwardLabels forward, UpwardLabels backward, int meet)
    {
        var upArcs = new List<int>();
        int x = meet;
        while (forward.Arc[x] >= 0)
        {
            upArcs.Add(forward.Arc[x]);
            x = ch.Arcs.From[forward.Arc[x]];
        }

        var nodes = new List<int> { x };
        for (int i = upArcs.Count - 1; i >= 0; i--)
        {
            ch.Arcs.Unpack(upArcs[i], nodes);
        }

        int y = meet;
        while (backward.Arc[y] >= 0)
        {
            int arc = backward.Arc[y];
            ch.Arcs.Unpack(arc, nodes);
            y = ch.Arcs.To[arc];
        }

        var path = nodes.Select(n => ch.DirectedOfNode[n]).ToList();
        if (backward.Seed[y] >= 0)
        {
            path.Add(backward.Seed[y]);
        }

        return [.. path];
    }
}
