namespace Routes.Geo.Instructions;

/// <summary>
/// A maneuver before it is put into words: it covers the route from piece <paramref name="Piece"/>
/// up to the next maneuver's piece (the arrival's piece is the piece count).
/// </summary>
internal sealed record Maneuver(
    InstructionKind Kind,
    int Piece,
    GeoPoint Location,
    RoadLabel Road,
    double InAzimuth,
    double OutAzimuth)
{
    public int? Exit { get; init; }

    public int Waypoint { get; init; }

    public DestinationSide Side { get; init; }

    public TurnModifier? Modifier { get; init; }

    public bool IsTurnOrContinue => Kind is >= InstructionKind.Continue and <= InstructionKind.SharpRight;
}
