namespace Routes.Geo.Encirclement;

/// <summary>A fortress port (Boulogne, Calais, Dunkirk) and the states it went through.</summary>
/// <param name="SiteId">The port's town site.</param>
/// <param name="Phases">States in chronological order, each derived from a timeline event.</param>
public sealed record Port(string SiteId, IReadOnlyList<PortPhase> Phases)
{
    /// <summary>
    /// The state reached on <paramref name="date"/>: that of the last phase begun on or before it (whatever its time of
    /// day), else German-held. For the state at an hour of the day, see <see cref="StateAt"/>.
    /// </summary>
    public PortState StateOn(DateOnly date) =>
        Phases.LastOrDefault(p => p.From <= date)?.State ?? PortState.GermanHeld;

    /// <summary>
    /// The state at local time <paramref name="time"/> on <paramref name="date"/>: that of the last phase begun by then,
    /// else German-held. A phase whose event has a time (<see cref="PortPhase.FromTime"/>, e.g. Calais's surrender at 07:00
    /// on 1 Oct) begins at that time; one without begins at the start of its day, since the sources give no hour.
    /// </summary>
    public PortState StateAt(DateOnly date, TimeOnly time) =>
        Phases.LastOrDefault(p => p.From < date || (p.From == date && (p.FromTime ?? TimeOnly.MinValue) <= time))?.State ?? PortState.GermanHeld;
}
