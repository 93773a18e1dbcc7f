namespace Routes.Geo.Matrices;

/// <summary>
/// A cost the heuristic can compare even with unreachable legs: first the number of missing legs,
/// then the sum of the finite ones. This lets local search repair an order instead of drowning in ∞.
/// </summary>
internal readonly record struct LegCost(int Missing, double Sum) : IComparable<LegCost>
{
    public static LegCost Zero => default;

    public static LegCost Of(CostMatrix costs, int from, int to)
    {
        if (from < 0 || to < 0)
        {
            return Zero;
        }

        double c = costs[from, to];
        return double.IsPositiveInfinity(c) ? new LegCost(1, 0) : new LegCost(0, c);
    }

    public static LegCost operator +(LegCost a, LegCost b) => new(a.Missing + b.Missing, a.Sum + b.Sum);

    public static LegCost operator -(LegCost a, LegCost b) => new(a.Missing - b.Missing, a.Sum - b.Sum);

    public static bool operator <(LegCost a, LegCost b) => a.CompareTo(b) < 0;

    public static bool operator >(LegCost a, LegCost b) => a.CompareTo(b) > 0;

    public static bool operator <=(LegCost a, LegCost b) => a.CompareTo(b) <= 0;

    public static bool operator >=(LegCost a, LegCost b) => a.CompareTo(b) >= 0;

    /// <summary>Negative when this is clearly better: sums within a relative 1e-12 count as equal, so rounding cannot loop local search.</summary>
    public int CompareTo(LegCost other)
    {
        if (Missing != other.Missing)
        {
            return Missing.CompareTo(other.Missing);
        }

        double tolerance = 1e-12 * Math.Max(1, Math.Max(Math.Abs(Sum), Math.Abs(other.Sum)));
        return Math.Abs(Sum - other.Sum) <= tolerance ? 0 : Sum.CompareTo(other.Sum);
    }

    public bool IsImprovement => Missing < 0 || (Missing == 0 && Sum < -1e-9);
}
