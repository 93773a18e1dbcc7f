namespace Routes.Geo.Encirclement;

/// <summary>A port's state from the first day of the event that brought it about.</summary>
/// <param name="State">The state entered.</param>
/// <param name="From">First day of the state: the start of <paramref name="EventId"/>.</param>
/// <param name="EventId">The timeline event the state is derived from.</param>
public sealed record PortPhase(PortState State, DateOnly From, string EventId);
