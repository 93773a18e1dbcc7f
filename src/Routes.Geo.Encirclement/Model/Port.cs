namespace Routes.Geo.Encirclement;

/// <summary>A fortress port (Boulogne, Calais, Dunkirk) and the states it went through.</summary>
/// <param name="SiteId">The port's town site.</param>
/// <param name="Phases">States in chronological order, each derived from a timeline event.</param>
public sealed record Port(string SiteId, IReadOnlyList<PortPhase> Phases)
{
    /// <summary>The state on <paramref name="date"/>: that of the last phase begun on or before it, else German-held.</summary>
    public PortState StateOn(DateOnly date) =>
        Phases.LastOrDefault(p => p.From <= date)?.State ?? PortState.GermanHeld;
}
