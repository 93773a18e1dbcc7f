namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// Bucket-based many-to-many on a contraction hierarchy: one backward upward search per target
/// leaves (target, cost) in a bucket at every node it settles; one forward upward search per source
/// then reads the buckets of the nodes it settles. Sources run in parallel.
/// </summary>
internal static class ManyToMany
{
    /// <summary>
    /// Costs (in the hierarchy's metric) and the other measure, row-major [source * targets + target];
    /// +∞ where a point is null (not snapped) or no route exists.
    /// </summary>
    public static (double[] Cost, double[] Secondary) Compute(ContractionHierarchy ch, SnapResult?[] sources, SnapResult?[] targets)
    {
        int n = targets.Length;
        var cost = new double[sources.Length * n];
        var secondary = new double[sources.Length * n];
        Array.Fill(cost, double.PositiveInfinity);
        Array.Fill(secondary, double.PositiveInfinity);
        var buckets = new List<(int Target, double Cost, double Secondary)>?[ch.NodeCount];

        HierarchySearchSpace space = ch.RentSearchSpace();
        try
        {
            for (int t = 0; t < n; t++)
            {
                if (targets[t] is not { } target)
                {
                    continue;
                }

                HierarchySeeds.Backward(ch, target, space.Backward);
                Exhaust(ch, space.Backward, forward: false, (x, c, s) => (buckets[x] ??= []).Add((t, c, s)));
                space.Backward.Reset();
            }
        }
        finally
        {
            ch.ReturnSearchSpace(space);
        }

        Parallel.For(0, sources.Length, i =>
        {
            if (sources[i] is not { } source)
            {
                return;
            }

            HierarchySearchSpace rented = ch.RentSearchSpace();
            try
            {
                int row = i * n;
                for (int t = 0; t < n; t++)
                {
                    if (targets[t] is { } target && HierarchySeeds.Direct(ch, source, target) is { } direct)
                    {
                        cost[row + t] = direct.Cost;
                        secondary[row + t] = direct.Secondary;
                    }
                }

                HierarchySeeds.Forward(ch, source, rented.Forward);
                Exhaust(ch, rented.Forward, forward: true, (x, c, s) =>
                {
                    if (buckets[x] is not { } bucket)
                    {
                        return;
                    }

                    foreach ((int t, double bc, double bs) in bucket)
                    {
                        if (c + bc < cost[row + t])
                        {
                            cost[row + t] = c + bc;
                            secondary[row + t] = s + bs;
                        }
                    }
                });
            }
            finally
            {
                ch.ReturnSearchSpace(rented);
            }
        });

        return (cost, secondary);
    }

    // Runs an upward search to the end, reporting each settled node that is not stalled with its cost and other measure.
    private static void Exhaust(ContractionHierarchy ch, UpwardLabels labels, bool forward, Action<int, double, double> settled)
    {
        while (labels.Queue.TryPop(out int x, out _))
        {
            if (!HierarchySearch.Stalled(ch, labels, x, labels.Cost[x], forward))
            {
                settled(x, labels.Cost[x], labels.Secondary[x]);
                HierarchySearch.Climb(ch, labels, x, labels.Cost[x], forward);
            }
        }
    }
}
