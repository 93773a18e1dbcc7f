namespace Routes.Geo.Matrices;

/// <summary>
/// A square matrix of travel costs between stops (seconds or metres): <c>this[from, to]</c>.
/// <see cref="double.PositiveInfinity"/> marks a pair with no route. Costs may be asymmetric
/// (one-way streets). Immutable; safe to share between threads.
/// </summary>
public sealed class CostMatrix
{
    private readonly double[] _costs;

    private CostMatrix(int size, double[] costs)
    {
        Size = size;
        _costs = costs;
        IsSymmetric = true;
        for (int i = 0; i < size && IsSymmetric; i++)
        {
            for (int j = i + 1; j < size; j++)
            {
                if (!this[i, j].Equals(this[j, i]))
                {
                    IsSymmetric = false;
                    break;
                }
            }
        }
    }

    /// <summary>Number of stops (rows and columns).</summary>
    public int Size { get; }

    /// <summary>True when every cost equals its reverse.</summary>
    public bool IsSymmetric { get; }

    /// <summary>Cost of travelling from stop <paramref name="from"/> to stop <paramref name="to"/>; +∞ when there is no route.</summary>
    /// <exception cref="IndexOutOfRangeException">An index is outside 0..<see cref="Size"/>-1.</exception>
    public double this[int from, int to] => _costs[(from * Size) + to];

    /// <summary>
    /// Builds a matrix of <paramref name="size"/> stops, asking <paramref name="cost"/> for every ordered pair
    /// (the diagonal is read but never used by tours).
    /// </summary>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="size"/> is less than 1.</exception>
    /// <exception cref="ArgumentException">A cost is negative or NaN (+∞ is allowed and means "no route").</exception>
    public static CostMatrix Create(int size, Func<int, int, double> cost)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentNullException.ThrowIfNull(cost);
        var costs = new double[size * size];
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j < size; j++)
            {
                double c = i == j ? 0 : cost(i, j);
                if (double.IsNaN(c) || c < 0)
                {
                    throw new ArgumentException(FormattableString.Invariant($"The cost from stop {i} to stop {j} is {c}; costs must be non-negative (+∞ for no route)."), nameof(cost));
                }

                costs[(i * size) + j] = c;
            }
        }

        return new CostMatrix(size, costs);
    }

    /// <summary>Total cost of visiting <paramref name="order"/> in turn, adding the way back to the first stop when <paramref name="returnToStart"/>.</summary>
    /// <returns>The sum of the legs; +∞ when a leg has no route.</returns>
    public double CostOf(IReadOnlyList<int> order, bool returnToStart)
    {
        ArgumentNullException.ThrowIfNull(order);
        double total = 0;
        for (int i = 0; i + 1 < order.Count; i++)
        {
            total += this[order[i], order[i + 1]];
        }

        return returnToStart && order.Count > 1 ? total + this[order[^1], order[0]] : total;
    }
}
