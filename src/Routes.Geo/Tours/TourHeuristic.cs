using Routes.Geo.Matrices;

namespace Routes.Geo.Tours;

/// <summary>
/// Heuristic tour for many stops: nearest insertion from several seed stops, each improved by 2-opt (asymmetric
/// reversal priced with prefix sums) and Or-opt (runs of one to three stops moved, priced in O(1)) until no move helps;
/// the best result wins. Without a time budget it is deterministic; with one it stops at the budget with the best so far.
/// </summary>
internal sealed class TourHeuristic
{
    private const int MaxRounds = 1000;

    // Seeds tried: every stop for small tours, fewer as each costs more (about n² per construction and pass).
    private const int SeedWork = 4000;

    private readonly CostMatrix _costs;
    private readonly TourOptions _options;
    private readonly int _n;
    private readonly bool _closed;
    private readonly TourDeadline _deadline;

    // First and last positions a move may change: a fixed start (or a round trip's anchor) and a fixed end stay put.
    private readonly int _lo;
    private readonly int _hi;

    private TourHeuristic(CostMatrix costs, TourOptions options, TourDeadline deadline)
    {
        _costs = costs;
        _options = options;
        _n = costs.Size;
        _closed = options.ReturnToStart;
        _lo = _closed || options.Start is not null ? 1 : 0;
        _hi = !_closed && options.End is not null ? _n - 2 : _n - 1;
        _deadline = deadline;
    }

    /// <summary>How many seed stops a tour of <paramref name="n"/> stops tries (without a time budget).</summary>
    public static int SeedCount(int n) => Math.Clamp(SeedWork / Math.Max(1, n), Math.Min(n, 4), n);

    /// <summary>The best order found; its cost is +∞ when it still contains an unreachable leg.</summary>
    /// <exception cref="OperationCanceledException">The deadline's token was cancelled.</exception>
    public static TourPlan Solve(CostMatrix costs, TourOptions options, TourDeadline deadline)
    {
        var heuristic = new TourHeuristic(costs, options, deadline);
        int[]? best = null;
        LegCost bestCost = default;
        int seeds = SeedCount(costs.Size);
        bool stopped = false;
        for (int k = 0; k < seeds; k++)
        {
            // Seeds spread evenly over the stops, so a reduced set still starts from all parts of the matrix.
            int seed = (int)((long)k * costs.Size / seeds);
            int[] order = heuristic.Construct(seed);
            stopped |= !heuristic.Improve(order);
            LegCost cost = heuristic.Total(order);
            if (best is null || cost < bestCost)
            {
                (best, bestCost) = (order, cost);
            }

            if (stopped || deadline.IsOver)
            {
                stopped |= k + 1 < seeds;
                break;
            }
        }

        double total = bestCost.Missing > 0 ? double.PositiveInfinity : costs.CostOf(best!, options.ReturnToStart);
        return new TourPlan(best!, total, options.ReturnToStart, IsProvenOptimal: false) { StoppedByTimeBudget = stopped };
    }

    private LegCost Arc(int from, int to) => LegCost.Of(_costs, from, to);

    private LegCost Total(int[] order)
    {
        LegCost total = LegCost.Zero;
        for (int i = 0; i + 1 < order.Length; i++)
        {
            total += Arc(order[i], order[i + 1]);
        }

        return _closed && order.Length > 1 ? total + Arc(order[^1], order[0]) : total;
    }

    private int[] Construct(int seed)
    {
        var tour = new List<int>(_n);
        if (_options.Start is { } start)
        {
            tour.Add(start);
        }

        if (!tour.Contains(seed) && _options.End != seed)
        {
            tour.Add(seed);
        }

        if (_options.End is { } end)
        {
            tour.Add(end);
        }

        var inTour = new bool[_n];
        var nearest = new LegCost[_n];
        Array.Fill(nearest, new LegCost(2, 0));
        foreach (int stop in tour)
        {
            inTour[stop] = true;
            UpdateNearest(stop, inTour, nearest);
        }

        while (tour.Count < _n)
        {
            _deadline.ThrowIfCancelled();
            int pick = -1;
            for (int k = 0; k < _n; k++)
            {
                if (!inTour[k] && (pick < 0 || nearest[k] < nearest[pick]))
                {
                    pick = k;
                }
            }

            tour.Insert(CheapestPosition(tour, pick), pick);
            inTour[pick] = true;
            UpdateNearest(pick, inTour, nearest);
        }

        return [.. tour];
    }

    private void UpdateNearest(int added, bool[] inTour, LegCost[] nearest)
    {
        for (int k = 0; k < _n; k++)
        {
            if (!inTour[k])
            {
                LegCost towards = Arc(added, k), back = Arc(k, added);
                LegCost closer = towards < back ? towards : back;
                if (closer < nearest[k])
                {
                    nearest[k] = closer;
                }
            }
        }
    }

    private int CheapestPosition(List<int> tour, int stop)
    {
        int m = tour.Count;
        int first = _closed || _options.Start is not null ? 1 : 0;
        int last = !_closed && _options.End is not null ? m - 1 : m;
        int bestPosition = -1;
        LegCost bestDelta = default;
        for (int p = Math.Min(first, m); p <= last; p++)
        {
            int previous = p > 0 ? tour[p - 1] : _closed ? tour[m - 1] : -1;
            int next = p < m ? tour[p] : _closed ? tour[0] : -1;
            LegCost delta = Arc(previous, stop) + Arc(stop, next) - Arc(previous, next);
            if (bestPosition < 0 || delta < bestDelta)
            {
                bestPosition = p;
                bestDelta = delta;
            }
        }

        return bestPosition;
    }

    // False when the deadline cut the improvement short.
    private bool Improve(int[] order)
    {
        for (int round = 0; round < MaxRounds; round++)
        {
            if (_deadline.IsOver)
            {
                return false;
            }

            bool improved = TwoOpt(order);
            improved |= OrOpt(order);
            if (!improved)
            {
                return true;
            }
        }

        return true;
    }

    // The stop before position i, and after position j, with a round trip's wrap and an open path's free ends (-1).
    private int Before(int[] order, int i) => i > 0 ? order[i - 1] : _closed ? order[_n - 1] : -1;

    private int After(int[] order, int j) => j < _n - 1 ? order[j + 1] : _closed ? order[0] : -1;

    // Reversing order[i..j] turns its inner legs around: with asymmetric costs they change, so the delta compares the
    // forward and backward sums of the segment (prefix sums, O(1) per move, rebuilt in O(n) after each reversal).
    private bool TwoOpt(int[] order)
    {
        bool any = false;
        var forward = new LegCost[_n];
        var backward = new LegCost[_n];
        Prefix(order, forward, backward);
        for (int i = _lo; i < _hi; i++)
        {
            _deadline.ThrowIfCancelled();
            if ((i & 31) == 0 && _deadline.IsOver)
            {
                return any;
            }

            int previous = Before(order, i);
            for (int j = i + 1; j <= _hi; j++)
            {
                int next = After(order, j);
                LegCost before = Arc(previous, order[i]) + (forward[j] - forward[i]) + Arc(order[j], next);
                LegCost after = Arc(previous, order[j]) + (backward[j] - backward[i]) + Arc(order[i], next);
                if ((after - before).IsImprovement)
                {
                    Array.Reverse(order, i, j - i + 1);
                    Prefix(order, forward, backward);
                    any = true;
                }
            }
        }

        return any;
    }

    private void Prefix(int[] order, LegCost[] forward, LegCost[] backward)
    {
        for (int k = 0; k + 1 < _n; k++)
        {
            forward[k + 1] = forward[k] + Arc(order[k], order[k + 1]);
            backward[k + 1] = backward[k] + Arc(order[k + 1], order[k]);
        }
    }

    // Moves a run of one to three stops between two others, keeping its direction: three legs removed, three added.
    private bool OrOpt(int[] order)
    {
        bool any = false;
        for (int length = 1; length <= 3; length++)
        {
            for (int i = _lo; i + length - 1 <= _hi; i++)
            {
                _deadline.ThrowIfCancelled();
                int first = order[i], last = order[i + length - 1];
                int previous = Before(order, i), next = After(order, i + length - 1);
                LegCost removed = Arc(previous, first) + Arc(last, next) - Arc(previous, next);

                // The run goes between order[q] and its successor; q = -1 puts it first on an open path.
                for (int q = _lo - 1; q <= _hi; q++)
                {
                    if (q >= i - 1 && q <= i + length - 1)
                    {
                        continue;
                    }

                    int a = q >= 0 ? order[q] : -1, b = After(order, q);

                    LegCost added = Arc(a, first) + Arc(last, b) - Arc(a, b);
                    if ((added - removed).IsImprovement)
                    {
                        MoveRun(order, i, length, q);
                        any = true;
                        break;
                    }
                }
            }
        }

        return any;
    }

    // Moves order[i..i+length-1] to just after position q (q < i - 1 or q ≥ i + length) by rotating the span between them.
    private static void MoveRun(int[] order, int i, int length, int q)
    {
        if (q < i)
        {
            // order[q+1 .. i+length-1]: the run comes first, the stops it jumps over follow.
            Rotate(order, q + 1, i + length - 1, i - (q + 1));
        }
        else
        {
            // order[i .. q]: the stops it jumps over come first, the run follows.
            Rotate(order, i, q, length);
        }
    }

    // Rotates order[from..to] left by shift places.
    private static void Rotate(int[] order, int from, int to, int shift)
    {
        Array.Reverse(order, from, shift);
        Array.Reverse(order, from + shift, to - from + 1 - shift);
        Array.Reverse(order, from, to - from + 1);
    }
}
