namespace Routes.Geo.Encirclement;

/// <summary>A port's state from the first day of the event that brought it about.</summary>
/// <param name="State">The state entered.</param>
/// <param name="From">First day of the state: the start of <paramref name="EventId"/>.</param>
/// <param name="EventId">The timeline event the state is derived from.</param>
public sealed record PortPhase(PortState State, DateOnly From, string EventId)
{
    /// <summary>
    /// Local time on <see cref="From"/> the state began: the event's <see cref="HistoricalEvent.StartTime"/> where a
    /// source gives one, else null, and the state then holds for the whole of its first day.
    /// </summary>
    public TimeOnly? FromTime { get; init; }
}
