namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// A spot check of a whole hierarchy in about linear time: from one node, its costs to every node (an upward search,
/// then one sweep down the ranks) must equal plain Dijkstra's over the original arcs. Missing shortcuts or ranks that
/// do not fit them change some of those costs; a flaw on no shortest path from that node goes unseen.
/// </summary>
internal static class HierarchyCostCheck
{
    // The two computations add the same arc costs in different groupings.
    private const double RelativeTolerance = 1e-9;

    /// <summary>Checks the costs from the tail of the middle original arc (deterministic, and on a road, not an isolated node).</summary>
    /// <exception cref="InvalidDataException">A cost differs; the message names the hierarchy, both nodes and both costs.</exception>
    public static void Verify(ContractionHierarchy ch)
    {
        if (ch.OriginalArcCount == 0)
        {
            return;
        }

        int source = ch.Arcs.From[ch.OriginalArcCount / 2];
        double[] plain = PlainCosts(ch, source), climbed = HierarchyCosts(ch, source);
        for (int v = 0; v < ch.NodeCount; v++)
        {
            double p = plain[v], h = climbed[v];
            bool same = p == h || (double.IsFinite(p) && double.IsFinite(h) && Math.Abs(p - h) <= RelativeTolerance * Math.Max(p, h));
            if (!same)
            {
                throw new InvalidDataException(
                    $"hierarchy '{ch.Metric}', node {v}: from node {source} the hierarchy's cost is {h} but the shortest path over the original arcs costs {p}: shortcuts are missing or ranked wrong.");
            }
        }
    }

    private static double[] PlainCosts(ContractionHierarchy ch, int source)
    {
        int nodes = ch.NodeCount, arcs = ch.OriginalArcCount;
        var start = new int[nodes + 1];
        for (int a = 0; a < arcs; a++)
        {
            start[ch.Arcs.From[a] + 1]++;
        }

        for (int v = 0; v < nodes; v++)
        {
            start[v + 1] += start[v];
        }

        (int[] reach, double[] weight) = (new int[arcs], new double[arcs]);
        var fill = (int[])start.Clone();
        for (int a = 0; a < arcs; a++)
        {
            int slot = fill[ch.Arcs.From[a]]++;
            (reach[slot], weight[slot]) = (ch.Arcs.To[a], ch.Arcs.Weight[a]);
        }

        return Dijkstra(start, reach, weight, source, nodes);
    }

    // One-to-all on the hierarchy: climb from the source, then take each node in falling rank from the higher ones above it.
    private static double[] HierarchyCosts(ContractionHierarchy ch, int source)
    {
        int nodes = ch.NodeCount;
        double[] cost = Dijkstra(ch.Up.Start.AsSpan(), ch.Up.Reach.AsSpan(), ch.Up.Weight.AsSpan(), source, nodes);
        var byRank = new int[nodes];
        for (int v = 0; v < nodes; v++)
        {
            byRank[ch.Rank[v]] = v;
        }

        HierarchyAdjacency down = ch.Down;
        for (int r = nodes - 1; r >= 0; r--)
        {
            int v = byRank[r];
            for (int i = down.Start[v]; i < down.Start[v + 1]; i++)
            {
                cost[v] = Math.Min(cost[v], cost[down.Reach[i]] + down.Weight[i]);
            }
        }

        return cost;
    }

    // Costs from the source over arcs grouped by tail: those of node x are reach/weight[start[x] .. start[x+1]-1].
    private static double[] Dijkstra(ReadOnlySpan<int> start, ReadOnlySpan<int> reach, ReadOnlySpan<double> weight, int source, int nodes)
    {
        var cost = new double[nodes];
        Array.Fill(cost, double.PositiveInfinity);
        cost[source] = 0;
        var queue = new IndexedMinHeap(nodes);
        queue.Push(source, 0);
        while (queue.TryPop(out int x, out double c))
        {
            for (int i = start[x]; i < start[x + 1]; i++)
            {
                double next = c + weight[i];
                if (next < cost[reach[i]])
                {
                    cost[reach[i]] = next;
                    queue.Push(reach[i], next);
                }
            }
        }

        return cost;
    }
}
