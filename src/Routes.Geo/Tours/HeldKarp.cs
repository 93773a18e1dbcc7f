using Routes.Geo.Matrices;

namespace Routes.Geo.Tours;

/// <summary>
/// Exact tour by dynamic programming over subsets (Held–Karp): best[subset, last] is the cheapest
/// path that starts where the options say, visits exactly the subset and ends at last. O(2ⁿ·n²).
/// </summary>
internal static class HeldKarp
{
    public const int MaxStops = 16;

    /// <summary>The optimal order, or null when every order has an unreachable leg.</summary>
    public static TourPlan? Solve(CostMatrix costs, TourOptions options)
    {
        int n = costs.Size;
        if (n == 1)
        {
            return new TourPlan([0], 0, options.ReturnToStart, true);
        }

        int full = (1 << n) - 1;
        var best = new double[(full + 1) * n];
        var parent = new sbyte[(full + 1) * n];
        Array.Fill(best, double.PositiveInfinity);

        // A round trip is the same from any of its stops, so a free start may as well be stop 0.
        int? start = options.ReturnToStart ? options.Start ?? 0 : options.Start;
        for (int j = 0; j < n; j++)
        {
            if (start is null || start == j)
            {
                best[((1 << j) * n) + j] = 0;
                parent[((1 << j) * n) + j] = -1;
            }
        }

        for (int mask = 1; mask <= full; mask++)
        {
            for (int last = 0; last < n; last++)
            {
                double cost = best[(mask * n) + last];
                if (double.IsPositiveInfinity(cost))
                {
                    continue;
                }

                for (int next = 0; next < n; next++)
                {
                    int nextMask = mask | (1 << next);
                    if (nextMask == mask || (options.End == next && nextMask != full))
                    {
                        continue;
                    }

                    double candidate = cost + costs[last, next];
                    if (candidate < best[(nextMask * n) + next])
                    {
                        best[(nextMask * n) + next] = candidate;
                        parent[(nextMask * n) + next] = (sbyte)last;
                    }
                }
            }
        }

        double total = double.PositiveInfinity;
        int end = -1;
        for (int last = 0; last < n; last++)
        {
            if (options.End is { } e && e != last)
            {
                continue;
            }

            double candidate = best[(full * n) + last] + (options.ReturnToStart ? costs[last, start!.Value] : 0);
            if (candidate < total)
            {
                total = candidate;
                end = last;
            }
        }

        if (end < 0)
        {
            return null;
        }

        var order = new int[n];
        for (int mask = full, j = end, k = n - 1; j >= 0; k--)
        {
            order[k] = j;
            int previous = parent[(mask * n) + j];
            mask &= ~(1 << j);
            j = previous;
        }

        return new TourPlan(order, total, options.ReturnToStart, true);
    }
}
