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
        : base(message) => Stop = stop;

    /// <summary>The stop that cannot be reached (or cannot reach the rest), or null when no single stop is to blame.</summary>
    public int? Stop { get; }
}
