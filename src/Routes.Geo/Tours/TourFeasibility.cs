using Routes.Geo.Matrices;

namespace Routes.Geo.Tours;

/// <summary>
/// Explains why no order visits every stop: finds the stop that cannot be reached (or cannot reach
/// the rest) from the reachability of the finite legs, and words it.
/// </summary>
internal static class TourFeasibility
{
    public static NoTourException Explain(CostMatrix costs, TourOptions options, IReadOnlyList<string>? names = null)
    {
        string Name(int stop) => names is not null && stop < names.Count ? FormattableString.Invariant($"stop {stop} ({names[stop]})") : FormattableString.Invariant($"stop {stop}");
        int n = costs.Size;
        if (options.ReturnToStart || options.Start is not null)
        {
            int root = options.Start ?? 0;
            bool[] reached = StopConnectivity.Reach(costs, root, forward: true);
            int lost = Array.IndexOf(reached, false);
            if (lost >= 0)
            {
                return new NoTourException(lost, $"No tour: {Name(lost)} cannot be reached from {Name(root)}.");
            }
        }

        if (options.ReturnToStart || options.End is not null)
        {
            int root = options.End ?? options.Start ?? 0;
            bool[] reaching = StopConnectivity.Reach(costs, root, forward: false);
            int trapped = Array.IndexOf(reaching, false);
            if (trapped >= 0)
            {
                return new NoTourException(trapped, $"No tour: {Name(root)} cannot be reached from {Name(trapped)}, so no order can go on after it.");
            }
        }

        var reach = new bool[n][];
        for (int i = 0; i < n; i++)
        {
            reach[i] = StopConnectivity.Reach(costs, i, forward: true);
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (!reach[i][j] && !reach[j][i])
                {
                    return new NoTourException(j, $"No tour: {Name(j)} cannot be reached from {Name(i)}, nor the other way round.");
                }
            }
        }

        return new NoTourException((int?)null, "No tour: every stop can be reached, but no single order visits them all through legs that have a route (some legs are one-way only).");
    }
}
