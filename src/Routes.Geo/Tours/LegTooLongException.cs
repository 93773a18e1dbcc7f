namespace Routes.Geo.Tours;

/// <summary>
/// A tour cannot be split into days: one leg (with the visit at its end) takes longer than a whole day.
/// </summary>
public sealed class LegTooLongException : RoutesGeoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fromStop">The leg's start stop.</param>
    /// <param name="toStop">The leg's end stop (equal to <paramref name="fromStop"/> for the first stop's visit).</param>
    /// <param name="seconds">Travel plus visit time of the leg.</param>
    /// <param name="maxPerDaySeconds">The day's limit.</param>
    /// <param name="leg">How to name the leg ("stop 2 → stop 5", or with names).</param>
    public LegTooLongException(int fromStop, int toStop, double seconds, double maxPerDaySeconds, string leg)
        : base(FormattableString.Invariant($"The leg {leg} takes {seconds / 60:0.#} min with the visit, more than a day's {maxPerDaySeconds / 60:0.#} min; it cannot fit any day."))
    {
        FromStop = fromStop;
        ToStop = toStop;
        Seconds = seconds;
        MaxPerDaySeconds = maxPerDaySeconds;
    }

    /// <summary>The leg's start stop.</summary>
    public int FromStop { get; }

    /// <summary>The leg's end stop.</summary>
    public int ToStop { get; }

    /// <summary>Travel plus visit time of the leg, seconds.</summary>
    public double Seconds { get; }

    /// <summary>The day's limit, seconds.</summary>
    public double MaxPerDaySeconds { get; }
}
