using Routes.Geo.Matrices;
using Routes.Geo.Tours;

namespace Routes.Geo.Tests.Tours;

/// <summary>Random cost matrices and option sets from a seed, plus a brute-force solver to check against.</summary>
internal static class RandomInstances
{
    /// <summary>Points in a 1000 × 1000 square; symmetric uses their distance, asymmetric adds up to +60% per direction.</summary>
    public static CostMatrix Matrix(Random random, int n, bool symmetric, double unreachableShare = 0)
    {
        var x = new double[n];
        var y = new double[n];
        for (int i = 0; i < n; i++)
        {
            (x[i], y[i]) = (random.NextDouble() * 1000, random.NextDouble() * 1000);
        }

        var costs = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double d = Math.Sqrt(((x[i] - x[j]) * (x[i] - x[j])) + ((y[i] - y[j]) * (y[i] - y[j]))) + 1;
                costs[i, j] = symmetric ? d : d * (1 + (0.6 * random.NextDouble()));
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = symmetric ? i + 1 : 0; j < n; j++)
            {
                if (i != j && random.NextDouble() < unreachableShare)
                {
                    costs[i, j] = double.PositiveInfinity;
                    if (symmetric)
                    {
                        costs[j, i] = double.PositiveInfinity;
                    }
                }
                else if (symmetric)
                {
                    costs[j, i] = costs[i, j];
                }
            }
        }

        return CostMatrix.Create(n, (i, j) => costs[i, j]);
    }

    /// <summary>Cycles through round trip / open path, fixed start or not, fixed end or not (ends only on open paths).</summary>
    public static TourOptions Options(int variant, Random random, int n)
    {
        bool closed = variant % 2 == 0;
        int? start = (variant / 2) % 2 == 0 ? null : random.Next(n);
        int? end = null;
        if (!closed && (variant / 4) % 2 == 1 && n > 1)
        {
            do
            {
                end = random.Next(n);
            }
            while (end == start);
        }

        return new TourOptions(closed, start, end);
    }

    /// <summary>The cheapest cost over all permutations that honour the options (+∞ when none is finite).</summary>
    public static double BruteForce(CostMatrix costs, TourOptions options)
    {
        double best = double.PositiveInfinity;
        foreach (int[] order in Permutations(costs.Size))
        {
            if ((options.Start is { } s && order[0] != s) || (options.End is { } e && order[^1] != e))
            {
                continue;
            }

            best = Math.Min(best, costs.CostOf(order, options.ReturnToStart));
        }

        return best;
    }

    public static IEnumerable<int[]> Permutations(int n)
    {
        int[] order = [.. Enumerable.Range(0, n)];
        return Permute(order, 0);
    }

    private static IEnumerable<int[]> Permute(int[] order, int k)
    {
        if (k == order.Length)
        {
            yield return (int[])order.Clone();
            yield break;
        }

        for (int i = k; i < order.Length; i++)
        {
            (order[k], order[i]) = (order[i], order[k]);
            foreach (int[] p in Permute(order, k + 1))
            {
                yield return p;
            }

            (order[k], order[i]) = (order[i], order[k]);
        }
    }
}
