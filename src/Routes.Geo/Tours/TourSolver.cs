using Routes.Geo.Matrices;

namespace Routes.Geo.Tours;

/// <summary>
/// Best visiting order of the stops of a <see cref="CostMatrix"/> (travelling salesman, open or closed,
/// with an optional fixed start and end). Pure computation on the matrix: no network needed.
/// Costs may be asymmetric; +∞ legs are never used.
/// </summary>
public static class TourSolver
{
    /// <summary>Largest number of stops <see cref="Solve"/> solves exactly.</summary>
    public const int ExactLimit = 12;

    /// <summary>Largest number of stops <see cref="SolveExact"/> accepts (memory grows as 2ⁿ·n).</summary>
    public const int ExactMaxStops = HeldKarp.MaxStops;

    /// <summary>
    /// The best order: exact (Held–Karp) up to <see cref="ExactLimit"/> stops, heuristic beyond
    /// (nearest insertion, 2-opt, Or-opt; see <see cref="TourPlan.IsProvenOptimal"/>), which honours the
    /// cancellation token and <see cref="TourOptions.TimeBudget"/>; the exact solver takes at most a few tens of milliseconds.
    /// </summary>
    /// <param name="costs">Costs between the stops; +∞ marks a leg with no route.</param>
    /// <param name="options">Round trip or open path, fixed start, fixed end (default: open path, free ends).</param>
    /// <param name="names">Optional stop names, used in error messages.</param>
    /// <param name="cancellationToken">Cancels the heuristic between moves.</param>
    /// <returns>The order and its cost.</returns>
    /// <exception cref="ArgumentException">The options name a stop outside the matrix, or contradict each other.</exception>
    /// <exception cref="NoTourException">
    /// No order has a route for every leg. Stops cut off from the others are found from the matrix before any search and
    /// all listed (<see cref="NoTourException.Stops"/>, named in the message); otherwise the stop to blame when there is one.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TourPlan Solve(CostMatrix costs, TourOptions? options = null, IReadOnlyList<string>? names = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(costs);
        return costs.Size <= ExactLimit ? SolveExact(costs, options, names) : SolveHeuristic(costs, options, names, cancellationToken);
    }

    /// <summary>The optimal order by dynamic programming over subsets (Held–Karp), O(2ⁿ·n²).</summary>
    /// <param name="costs">Costs between at most <see cref="ExactMaxStops"/> stops.</param>
    /// <param name="options">Round trip or open path, fixed start, fixed end.</param>
    /// <param name="names">Optional stop names, used in error messages.</param>
    /// <returns>An optimal order (<see cref="TourPlan.IsProvenOptimal"/> true).</returns>
    /// <exception cref="ArgumentException">More than <see cref="ExactMaxStops"/> stops, or invalid options.</exception>
    /// <exception cref="NoTourException">No order has a route for every leg.</exception>
    public static TourPlan SolveExact(CostMatrix costs, TourOptions? options = null, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(costs);
        options ??= TourOptions.OpenPath;
        TourOptions.Validate(options, costs.Size);
        if (costs.Size > ExactMaxStops)
        {
            throw new ArgumentException(FormattableString.Invariant($"The exact solver takes at most {ExactMaxStops} stops; this matrix has {costs.Size}. Use Solve or SolveHeuristic."), nameof(costs));
        }

        StopConnectivity.Check(costs, options, names);

        return HeldKarp.Solve(costs, options) ?? throw TourFeasibility.Explain(costs, options, names);
    }

    /// <summary>
    /// A good order by nearest insertion from several seed stops (see remarks), improved by
    /// 2-opt and Or-opt; not proven optimal. Stops until <see cref="TourOptions.TimeBudget"/> when one is given.
    /// </summary>
    /// <remarks>Seeds: all stops while n ≤ 63, then 4,000 / n (at least 4), spread evenly over the stops.</remarks>
    /// <param name="costs">Costs between the stops.</param>
    /// <param name="options">Round trip or open path, fixed start, fixed end, time budget.</param>
    /// <param name="names">Optional stop names, used in error messages.</param>
    /// <param name="cancellationToken">Cancels the search between moves.</param>
    /// <returns>The best order found (<see cref="TourPlan.StoppedByTimeBudget"/> says whether the budget cut it short).</returns>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    /// <exception cref="NoTourException">Stops are cut off from the others (all listed, found before any search), or the heuristic found no order with a route for every leg.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TourPlan SolveHeuristic(CostMatrix costs, TourOptions? options = null, IReadOnlyList<string>? names = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(costs);
        options ??= TourOptions.OpenPath;
        TourOptions.Validate(options, costs.Size);
        StopConnectivity.Check(costs, options, names);
        TourPlan plan = TourHeuristic.Solve(costs, options, new TourDeadline(options.TimeBudget, cancellationToken));
        return double.IsFinite(plan.Cost) ? plan : throw TourFeasibility.Explain(costs, options, names);
    }
}
