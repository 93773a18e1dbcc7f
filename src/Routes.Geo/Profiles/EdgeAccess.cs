namespace Routes.Geo.Profiles;

/// <summary>
/// What a profile allows on a way: whether it may be travelled along the way's direction
/// (<see cref="Forward"/>, the order of its nodes) and against it (<see cref="Backward"/>), and at what speed.
/// </summary>
/// <param name="Forward">The way may be travelled from its first node towards its last.</param>
/// <param name="Backward">The way may be travelled from its last node towards its first.</param>
/// <param name="SpeedKmh">Travel speed on the way in km/h; 0 when the way is not usable.</param>
public readonly record struct EdgeAccess(bool Forward, bool Backward, double SpeedKmh)
{
    /// <summary>The way cannot be used in either direction.</summary>
    public static EdgeAccess None => default;

    /// <summary>True when at least one direction is usable.</summary>
    public bool IsUsable => (Forward || Backward) && SpeedKmh > 0;

    /// <summary>
    /// The forward direction is open only to traffic with a destination on the way (<see cref="AccessLevel.DestinationOnly"/>).
    /// Routing uses such a direction only at the start or end of a route, never as a through route (exactly, in every search).
    /// </summary>
    public bool ForwardDestinationOnly { get; init; }

    /// <summary>The backward direction is open only to traffic with a destination on the way; see <see cref="ForwardDestinationOnly"/>.</summary>
    public bool BackwardDestinationOnly { get; init; }
}
