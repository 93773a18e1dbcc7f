namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// Shortest-path trees from a source and to a target over a customized hierarchy: the elimination-tree pass up from the
/// seeds, then one sweep down all ranks (PHAST, Delling et al. 2011) restricted to the nodes within a given reach of
/// both, so each of those gets its exact cost and the slot it is reached by. Pooled per hierarchy; a tree pair is
/// cleared whole before reuse.
/// </summary>
internal sealed class CchTrees(int nodes, int vertices, int edges)
{
    public CchLabels Forward { get; } = new(nodes);

    public CchLabels Backward { get; } = new(nodes);

    public List<int> Seeds { get; } = [];

    public Stack<int> Pending { get; } = new();

    public List<int> Slots { get; } = [];

    public List<int> Arcs { get; } = [];

    /// <summary>Alternatives' scratch: the candidate via nodes' costs and ranks (a heap), cleared by each request.</summary>
    public double[] CandidateCost { get; } = new double[nodes];

    public int[] CandidateRank { get; } = new int[nodes];

    /// <summary>Hierarchy nodes on a route already examined.</summary>
    public StampedMarks Examined { get; } = new(nodes);

    /// <summary>Junctions passed by the route being checked.</summary>
    public StampedMarks Visited { get; } = new(vertices);

    /// <summary>For each edge, which kept routes (bit k: the k-th, the best first) travel it; valid where marked in <see cref="KeptValid"/>.</summary>
    public int[] Kept { get; } = new int[edges];

    public StampedMarks KeptValid { get; } = new(edges);

    /// <summary>
    /// Costs from <paramref name="source"/> (forward) and to <paramref name="target"/> (backward), with the slots they
    /// come by, exactly as a sweep over every node gives them at every node whose two costs sum to at most
    /// <paramref name="reach"/>; elsewhere the sum is only known to exceed it (the labels there are not to be used).
    /// </summary>
    public void Grow(CustomizedHierarchy ch, SnapResult source, SnapResult target, double reach)
    {
        Clear(Forward);
        Clear(Backward);
        CchSeeds.Forward(ch, source, Forward, Seeds);
        Seeds.Clear();
        CchSeeds.Backward(ch, target, Backward, Seeds);
        Seeds.Clear();
        Up(ch);
        Down(ch, reach);
    }

    // Up all ranks, lowest first, from every labelled node: only the seeds' tree paths are reached (a node's upper
    // neighbours are its ancestors), so this relaxes what the point-to-point query does, in the same order.
    private void Up(CustomizedHierarchy ch)
    {
        ChordalSupergraph chordal = ch.Hierarchy.Chordal;
        int[] start = chordal.Start, upper = chordal.Upper;
        double[] weight = ch.Weight, forward = Forward.Cost, backward = Backward.Cost;
        for (int r = 0; r < chordal.NodeCount; r++)
        {
            double f = forward[r], b = backward[r];
            if (double.IsPositiveInfinity(f) && double.IsPositiveInfinity(b))
            {
                continue;
            }

            for (int e = start[r], end = start[r + 1]; e < end; e++)
            {
                int u = upper[e];
                if (f + weight[2 * e] < forward[u])
                {
                    Set(Forward, r, u, 2 * e, f + weight[2 * e]);
                }

                if (b + weight[(2 * e) + 1] < backward[u])
                {
                    Set(Backward, r, u, (2 * e) + 1, b + weight[(2 * e) + 1]);
                }
            }
        }
    }

    // Then down the ranks, both sides in one pass, each node's costs final when it is reached (only higher nodes give
    // to it). Only a node within reach gives to its lower neighbours: one beyond it is on no shortest path to a node
    // within it (a predecessor's costs sum to at most its successor's), the slack covering rounding. Of equal costs the
    // lowest edge wins, and an up-pass label over an equal one, as a pull over each node's upper edges in order gives.
    private void Down(CustomizedHierarchy ch, double reach)
    {
        ChordalSupergraph chordal = ch.Hierarchy.Chordal;
        LowerEdges lower = chordal.Lower;
        int[] start = lower.Start, edge = lower.Edge, node = lower.Node;
        double[] weight = ch.Weight, forward = Forward.Cost, backward = Backward.Cost;
        int[] forwardFrom = Forward.From, forwardSlot = Forward.Slot, backwardFrom = Backward.From, backwardSlot = Backward.Slot;
        double within = reach * (1 + 1e-9);
        for (int u = chordal.NodeCount - 1; u >= 0; u--)
        {
            double f = forward[u], b = backward[u];
            if (!(f + b <= within))
            {
                continue;
            }

            for (int k = start[u], end = start[u + 1]; k < end; k++)
            {
                int e = edge[k], x = node[k];
                double viaForward = f + weight[(2 * e) + 1], viaBackward = b + weight[2 * e];
                if (viaForward < forward[x] || (viaForward == forward[x] && forwardFrom[x] > x && e < forwardSlot[x] >> 1))
                {
                    Set(Forward, u, x, (2 * e) + 1, viaForward);
                }

                if (viaBackward < backward[x] || (viaBackward == backward[x] && backwardFrom[x] > x && e < backwardSlot[x] >> 1))
                {
                    Set(Backward, u, x, 2 * e, viaBackward);
                }
            }
        }
    }

    private static void Set(CchLabels labels, int from, int to, int slot, double cost) =>
        (labels.Cost[to], labels.From[to], labels.Slot[to], labels.Seed[to]) = (cost, from, slot, labels.Seed[from]);

    private static void Clear(CchLabels labels)
    {
        Array.Fill(labels.Cost, double.PositiveInfinity);
        Array.Fill(labels.From, -1);
        Array.Fill(labels.Seed, -1);
    }
}

/// <summary>A set of small integers cleared in O(1) by a new stamp (the array itself only when the stamps run out).</summary>
internal sealed class StampedMarks(int size)
{
    private readonly int[] _stamp = new int[size];
    private int _current = 1;

    public void Clear()
    {
        if (_current == int.MaxValue)
        {
            Array.Clear(_stamp);
            _current = 0;
        }

        _current++;
    }

    public bool Contains(int i) => _stamp[i] == _current;

    /// <summary>Adds <paramref name="i"/>; false when it was in the set already.</summary>
    public bool Add(int i)
    {
        if (_stamp[i] == _current)
        {
            return false;
        }

        _stamp[i] = _current;
        return true;
    }
}
