namespace Routes.Geo.Instructions;

/// <summary>One turn-by-turn instruction of a route.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Text">The instruction as a sentence in the requested language, e.g. "Turn left onto Rue Nationale".</param>
/// <param name="DistanceMetres">Distance from <paramref name="Location"/> to the next instruction's location (0 for the arrival), metres along the route.</param>
/// <param name="DurationSeconds">Travel time over that distance with the route's profile, seconds.</param>
/// <param name="Location">Where the maneuver happens: a junction, a waypoint, the start or the end.</param>
/// <param name="RoadName">The road taken after the maneuver (its name, else its ref), or null when it has none.</param>
/// <param name="ExitNumber">For <see cref="InstructionKind.Roundabout"/>, which exit to take (1 = the first); otherwise null.</param>
public sealed record Instruction(
    InstructionKind Kind,
    string Text,
    double DistanceMetres,
    double DurationSeconds,
    GeoPoint Location,
    string? RoadName,
    int? ExitNumber)
{
    /// <summary>
    /// Which way the maneuver goes, measured from the heading before it to the heading after it (for a roundabout,
    /// from the way in to the way out; for a fork or merge, the side kept or merged towards; for the arrival, the side
    /// the destination lies on); null for the departure, a waypoint and an arrival on no known side.
    /// </summary>
    public TurnModifier? Modifier { get; init; }
}
