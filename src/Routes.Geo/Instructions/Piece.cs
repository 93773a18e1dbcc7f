namespace Routes.Geo.Instructions;

/// <summary>
/// One directed edge (or part of one) of the route: its leg, where it lies in the leg's geometry
/// (points First..Last), its length and time, the road it is on (and its highway class) and the headings at both ends.
/// </summary>
internal sealed record Piece(
    int Leg,
    int Directed,
    int First,
    int Last,
    double LengthMetres,
    double DurationSeconds,
    RoadLabel Road,
    string? Highway,
    bool IsRoundabout,
    double StartAzimuth,
    double EndAzimuth);
