namespace Routes.Geo.Tours;

/// <summary>A visiting order and its cost.</summary>
/// <param name="Order">Stop indices in visiting order, each once; a round trip does not repeat the first stop at the end.</param>
/// <param name="Cost">Sum of the legs' costs, including the way back for a round trip.</param>
/// <param name="ReturnToStart">Whether the cost includes the way back to the first stop.</param>
/// <param name="IsProvenOptimal">True when the exact solver produced it; false for the heuristic.</param>
public sealed record TourPlan(IReadOnlyList<int> Order, double Cost, bool ReturnToStart, bool IsProvenOptimal)
{
    /// <summary>True when <see cref="TourOptions.TimeBudget"/> ran out before the heuristic had tried all it would: the best order found by then.</summary>
    public bool StoppedByTimeBudget { get; init; }
}
