namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// A query on a customized hierarchy by the elimination tree (Dibbelt, Strasser &amp; Wagner 2016, section 5): each side
/// relaxes the upward arcs of every node on the tree paths from its seeds to the root, lowest rank first (a node's upper
/// neighbours are all its ancestors, so no priority queue is needed); the best meeting node joins the two.
/// </summary>
internal static class EliminationTreeQuery
{
    public static EdgeSearch.Found? Run(CustomizedHierarchy ch, SnapResult source, SnapResult target)
    {
        EdgeSearch.Found? direct = CchSeeds.Direct(ch, source, target);
        CustomizableHierarchy h = ch.Hierarchy;
        CchSpace space = h.RentSpace();
        try
        {
            if (space.Stamp == int.MaxValue)
            {
                Array.Clear(space.Forward.Mark);
                Array.Clear(space.Backward.Mark);
                space.Stamp = 0;
            }

            int stamp = ++space.Stamp;
            CchLabels forward = space.Forward, backward = space.Backward;
            CchSeeds.Forward(ch, source, forward, space.Seeds);
            Gather(h.Chordal.Parent, forward, space.Seeds, stamp);
            CchSeeds.Backward(ch, target, backward, space.Seeds);
            Gather(h.Chordal.Parent, backward, space.Seeds, stamp);
            Relax(ch, forward, upward: true);
            Relax(ch, backward, upward: false);

            double best = direct?.Cost ?? double.PositiveInfinity;
            int meet = -1;
            foreach (int r in forward.Path)
            {
                if (backward.Mark[r] == stamp && forward.Cost[r] + backward.Cost[r] < best)
                {
                    (best, meet) = (forward.Cost[r] + backward.Cost[r], r);
                }
            }

            return meet < 0 ? direct : new EdgeSearch.Found(Path(ch, space, meet), best);
        }
        finally
        {
            h.ReturnSpace(space);
        }
    }

    // The union of the tree paths from the seeds to their roots, in rising rank.
    private static void Gather(int[] parent, CchLabels labels, List<int> seeds, int stamp)
    {
        foreach (int seed in seeds)
        {
            for (int r = seed; r >= 0 && labels.Mark[r] != stamp; r = parent[r])
            {
                labels.Mark[r] = stamp;
                if (!double.IsFinite(labels.Cost[r]))
                {
                    (labels.From[r], labels.Slot[r], labels.Seed[r]) = (-1, -1, -1);
                }

                labels.Path.Add(r);
            }
        }

        seeds.Clear();
        labels.Path.Sort();
    }

    private static void Relax(CustomizedHierarchy ch, CchLabels labels, bool upward)
    {
        ChordalSupergraph chordal = ch.Hierarchy.Chordal;
        int[] start = chordal.Start, upper = chordal.Upper;
        double[] weight = ch.Weight, cost = labels.Cost;
        int direction = upward ? 0 : 1;
        foreach (int r in labels.Path)
        {
            double c = cost[r];
            if (double.IsPositiveInfinity(c))
            {
                continue;
            }

            for (int e = start[r], end = start[r + 1]; e < end; e++)
            {
                int slot = (2 * e) + direction;
                double next = c + weight[slot];
                int y = upper[e];
                if (next < cost[y])
                {
                    (cost[y], labels.From[y], labels.Slot[y], labels.Seed[y]) = (next, r, slot, labels.Seed[r]);
                }
            }
        }
    }

    // Source seed .. meeting node by the forward labels, then down to the target seed by the backward ones, as directed edges.
    private static int[] Path(CustomizedHierarchy ch, CchSpace space, int meet)
    {
        CchLabels forward = space.Forward, backward = space.Backward;
        List<int> slots = space.Slots;
        slots.Clear();
        int x = forward.SlotsToSeed(meet, slots);

        slots.Reverse();
        backward.SlotsToSeed(meet, slots);

        return [.. CchPaths.Directed(ch, x, forward.Seed[meet], slots, backward.Seed[meet], space.Pending, space.Arcs)];
    }
}
