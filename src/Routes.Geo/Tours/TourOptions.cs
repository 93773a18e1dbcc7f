namespace Routes.Geo.Tours;

/// <summary>What a tour must respect.</summary>
/// <param name="ReturnToStart">True for a round trip back to the first stop; false for an open path.</param>
/// <param name="Start">The stop the tour must begin with, or null to let the solver choose.</param>
/// <param name="End">The stop an open path must end with, or null; must be null for a round trip.</param>
public sealed record TourOptions(bool ReturnToStart = false, int? Start = null, int? End = null)
{
    /// <summary>
    /// Longest time the heuristic may spend (tours over <see cref="TourSolver.ExactLimit"/> stops); when it runs out the
    /// best order found so far is returned, at least one whole construction. Null (the default): no limit, and deterministic.
    /// </summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>An open path with free start and end.</summary>
    public static TourOptions OpenPath { get; } = new();

    /// <summary>A round trip with a free start.</summary>
    public static TourOptions RoundTrip { get; } = new(ReturnToStart: true);

    internal static void Validate(TourOptions options, int size)
    {
        (bool returnToStart, int? start, int? end) = (options.ReturnToStart, options.Start, options.End);
        if (options.TimeBudget is { } budget && budget <= TimeSpan.Zero)
        {
            throw new ArgumentException("The time budget must be positive (or null for none).", nameof(options));
        }

        if (start is { } s && (s < 0 || s >= size))
        {
            throw new ArgumentException(FormattableString.Invariant($"The fixed start {s} is not a stop of the matrix (0..{size - 1})."), nameof(options));
        }

        if (end is { } e && (e < 0 || e >= size))
        {
            throw new ArgumentException(FormattableString.Invariant($"The fixed end {e} is not a stop of the matrix (0..{size - 1})."), nameof(options));
        }

        if (returnToStart && end is not null)
        {
            throw new ArgumentException("A round trip ends where it starts: give a Start, not an End.", nameof(options));
        }

        if (start is not null && start == end && size > 1)
        {
            throw new ArgumentException("An open path cannot start and end at the same stop; use ReturnToStart for a round trip.", nameof(options));
        }
    }
}
