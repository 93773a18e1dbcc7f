namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// Shortest-path trees from a source and to a target over every node of a customized hierarchy: the elimination-tree
/// pass up from the seeds, then one sweep down all ranks (PHAST, Delling et al. 2011), so each node gets its exact cost
/// and the slot it is reached by. Pooled per hierarchy; a tree pair is cleared whole before reuse.
/// </summary>
internal sealed class CchTrees(int nodes)
{
    public CchLabels Forward { get; } = new(nodes);

    public CchLabels Backward { get; } = new(nodes);

    public List<int> Seeds { get; } = [];

    public Stack<int> Pending { get; } = new();

    public List<int> Slots { get; } = [];

    public List<int> Arcs { get; } = [];

    /// <summary>Costs from <paramref name="source"/> (forward) and to <paramref name="target"/> (backward) at every node.</summary>
    public void Grow(CustomizedHierarchy ch, SnapResult source, SnapResult target)
    {
        Clear(Forward);
        Clear(Backward);
        CchSeeds.Forward(ch, source, Forward, Seeds);
        Sweep(ch, Forward, upward: true);
        CchSeeds.Backward(ch, target, Backward, Seeds);
        Sweep(ch, Backward, upward: false);
    }

    private void Sweep(CustomizedHierarchy ch, CchLabels labels, bool upward)
    {
        ChordalSupergraph chordal = ch.Hierarchy.Chordal;
        int[] start = chordal.Start, upper = chordal.Upper, parent = chordal.Parent;
        double[] weight = ch.Weight, cost = labels.Cost;
        int up = upward ? 0 : 1, down = 1 - up;

        // Up the tree paths of the seeds, lowest first, as the point-to-point query does.
        var path = new SortedSet<int>();
        foreach (int seed in Seeds)
        {
            for (int r = seed; r >= 0 && path.Add(r); r = parent[r])
            {
            }
        }

        Seeds.Clear();
        foreach (int r in path)
        {
            if (double.IsPositiveInfinity(cost[r]))
            {
                continue;
            }

            for (int e = start[r]; e < start[r + 1]; e++)
            {
                Relax(labels, r, upper[e], (2 * e) + up, cost[r] + weight[(2 * e) + up]);
            }
        }

        // Then down every rank: a node's cost through each of its upper neighbours, all final by now.
        for (int r = chordal.NodeCount - 1; r >= 0; r--)
        {
            for (int e = start[r]; e < start[r + 1]; e++)
            {
                int u = upper[e];
                if (cost[u] + weight[(2 * e) + down] < cost[r])
                {
                    Relax(labels, u, r, (2 * e) + down, cost[u] + weight[(2 * e) + down]);
                }
            }
        }
    }

    private static void Relax(CchLabels labels, int from, int to, int slot, double cost)
    {
        if (cost < labels.Cost[to])
        {
            (labels.Cost[to], labels.From[to], labels.Slot[to], labels.Seed[to]) = (cost, from, slot, labels.Seed[from]);
        }
    }

    private static void Clear(CchLabels labels)
    {
        Array.Fill(labels.Cost, double.PositiveInfinity);
        Array.Fill(labels.From, -1);
        Array.Fill(labels.Seed, -1);
    }
}
