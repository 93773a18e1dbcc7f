namespace Routes.Geo.Tours;

/// <summary>
/// No visiting order of all stops has a route for every leg (some pairs are unreachable: islands,
/// one-way traps). <see cref="Stop"/> names the stop that cannot be reached when one can be singled out.
/// </summary>
public sealed class NoTourException : RoutesGeoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="stop">The stop that cannot be reached (or left), or null when no single stop is to blame.</param>
    /// <param name="message">What fails, naming the stops.</param>
    public NoTourException(int? stop, string message)
        : base(message)
    {
        Stop = stop;
        Stops = stop is { } s ? [s] : [];
    }

    /// <summary>Creates the exception for stops no route connects to the rest, found from the matrix before any search.</summary>
    /// <param name="stops">The stops cut off, in index order; at least one.</param>
    /// <param name="message">What fails, naming the stops.</param>
    public NoTourException(IReadOnlyList<int> stops, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(stops);
        Stops = stops;
        Stop = stops.Count > 0 ? stops[0] : null;
    }

    /// <summary>The stop that cannot be reached (or cannot reach the rest), or null when no single stop is to blame.</summary>
    public int? Stop { get; }

    /// <summary>Every stop to blame (cut off from the others), in index order; empty when none can be singled out.</summary>
    public IReadOnlyList<int> Stops { get; }
}
