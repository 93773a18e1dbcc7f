namespace Routes.Geo.Tours;

/// <summary>
/// Heuristic tour for many stops: nearest insertion from every stop as seed, each improved by 2-opt
/// and Or-opt until no move helps; the best result wins. Deterministic: no randomness anywhere.
/// </summary>
internal sealed class TourHeuristic
{
    private const int MaxRounds = 1000;

    private readonly CostMatrix _costs;
    private readonly TourOptions _options;
    private readonly int _n;
    private readonly bool _closed;

    // First and last positions a move may change: a fixed start (or a round trip's anchor) and a fixed end stay put.
    private readonly int _lo;
    private readonly int _hi;

    private TourHeuristic(CostMatrix costs, TourOptions options)
    {
        _costs = costs;
        _options = options;
        _n = costs.Size;
        _closed = options.ReturnToStart;
        _lo = _closed || options.Start is not null ? 1 : 0;
        _hi = !_closed && options.End is not null ? _n - 2 : _n - 1;
    }

    /// <summary>The best order found; its cost is +∞ when it still contains an unreachable leg.</summary>
    public static TourPlan Solve(CostMatrix costs, TourOptions options)
    {
        var heuristic = new TourHeuristic(costs, options);
        int[]? best = null;
        LegCost bestCost = default;
        for (int seed = 0; seed < costs.Size; seed++)
        {
            int[] order = heuristic.Construct(seed);
            heuristic.Improve(order);
            LegCost cost = heuristic.Total(order);
            if (best is null || cost < bestCost)
            {
                best = order;
                bestCost = cost;
            }
        }

        double total = bestCost.Missing > 0 ? double.PositiveInfinity : costs.CostOf(best!, options.ReturnToStart);
        return new TourPlan(best!, total, options.ReturnToStart, IsProvenOptimal: false);
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
        var tour = new List<int>();
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

    private void Improve(int[] order)
    {
        for (int round = 0; round < MaxRounds; round++)
        {
            bool improved = TwoOpt(order);
            improved |= OrOpt(order);
            if (!improved)
            {
                return;
            }
        }
    }

    // Reversing order[i..j] turns its inner legs around: with asymmetric costs they change, so the
    // delta compares the forward and the backward sums of the segment (prefix sums, O(1) per move).
    private bool TwoOpt(int[] order)
    {
        bool any = false;
        var forward = new LegCost[_n];
        var backward = new LegCost[_n];
        bool again = true;
        while (again)
        {
            again = false;
            for (int k = 0; k + 1 < _n; k++)
            {
                forward[k + 1] = forward[k] + Arc(order[k], order[k + 1]);
                backward[k + 1] = backward[k] + Arc(order[k + 1], order[k]);
            }

            for (int i = _lo; i < _hi && !again; i++)
            {
                int previous = i > 0 ? order[i - 1] : _closed ? order[_n - 1] : -1;
                for (int j = i + 1; j <= _hi; j++)
                {
                    int next = j < _n - 1 ? order[j + 1] : _closed ? order[0] : -1;
                    LegCost before = Arc(previous, order[i]) + (forward[j] - forward[i]) + Arc(order[j], next);
                    LegCost after = Arc(previous, order[j]) + (backward[j] - backward[i]) + Arc(order[i], next);
                    if ((after - before).IsImprovement)
                    {
                        Array.Reverse(order, i, j - i + 1);
                        again = any = true;
                        break;
                    }
                }
            }
        }

        return any;
    }

    // Moves a run of one to three stops elsewhere, keeping its direction; each candidate is priced in full.
    private bool OrOpt(int[] order)
    {
        bool any = false;
        LegCost current = Total(order);
        var candidate = new int[_n];
        for (int length = 1; length <= 3; length++)
        {
            for (int i = _lo; i + length - 1 <= _hi; i++)
            {
                for (int p = _lo; p <= _hi - length + 1; p++)
                {
                    if (p == i)
                    {
                        continue;
                    }

                    MoveRun(order, i, length, p, candidate);
                    LegCost cost = Total(candidate);
                    if ((cost - current).IsImprovement)
                    {
                        Array.Copy(candidate, order, _n);
                        current = cost;
                        any = true;
                    }
                }
            }
        }

        return any;
    }

    // Writes into target the order with the run order[i..i+length-1] removed and reinserted so it starts at index p.
    private void MoveRun(int[] order, int i, int length, int p, int[] target)
    {
        var rest = new List<int>(_n);
        for (int k = 0; k < _n; k++)
        {
            if (k < i || k >= i + length)
            {
                rest.Add(order[k]);
            }
        }

        rest.InsertRange(p, order.Skip(i).Take(length));
        rest.CopyTo(target);
    }
}
