namespace Routes.Geo.Instructions;

/// <summary>English: "Head north on Rue Nationale", "At the roundabout, take the 2nd exit onto ...".</summary>
internal sealed class EnglishPhrasebook : Phrasebook
{
    private static readonly string[] Compass = ["north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"];

    public override char DecimalSeparator => '.';

    public override string Depart(int compassPoint, RoadLabel road) => $"Head {Compass[compassPoint]} on {Road(road)}";

    public override string Turn(InstructionKind kind, RoadLabel road, bool endOfRoad = false)
    {
        string how = Strength(kind) switch { 0 => "slightly ", 2 => "sharp ", _ => "" };
        return $"{(endOfRoad ? "At the end of the road, turn" : "Turn")} {how}{(IsLeft(kind) ? "left" : "right")} onto {Road(road)}";
    }

    public override string FollowRoad(bool left, RoadLabel road) => $"Continue {Side(left)} to stay on {Road(road)}";

    public override string Fork(bool left, RoadLabel road) => $"At the fork, keep {Side(left)} onto {Road(road)}";

    public override string Merge(bool left, RoadLabel road) => $"Merge {Side(left)} onto {Road(road)}";

    public override string Ramp(bool onRamp, bool? left, RoadLabel road)
    {
        string what = road.Name is { } name ? $"the slip road towards {name}" : "the slip road";
        string verb = onRamp ? "Take" : "Leave by";
        return left is { } l ? $"{verb} {what} on the {Side(l)}" : $"{verb} {what}";
    }

    public override string ExitRoundabout(int exit, RoadLabel road) =>
        road.Name is null ? $"Leave the roundabout by the {Ordinal(exit)} exit" : $"Leave the roundabout by the {Ordinal(exit)} exit onto {road.Name}";

    private static string Side(bool left) => left ? "left" : "right";

    public override string Continue(RoadLabel road) => $"Continue onto {Road(road)}";

    public override string UTurn(RoadLabel road) => $"Make a U-turn and continue on {Road(road)}";

    public override string Roundabout(int? exit, RoadLabel road) => exit switch
    {
        null => "Enter the roundabout",
        _ when road.Name is null => $"At the roundabout, take the {Ordinal(exit.Value)} exit",
        _ => $"At the roundabout, take the {Ordinal(exit.Value)} exit onto {road.Name}",
    };

    public override string Waypoint(int number) => $"You have reached waypoint {number}";

    public override string Arrive(DestinationSide side) => side switch
    {
        DestinationSide.Left => "You have arrived at your destination, on the left",
        DestinationSide.Right => "You have arrived at your destination, on the right",
        _ => "You have arrived at your destination",
    };

    private static string Road(RoadLabel road) => road.Name ?? road.Category switch
    {
        RoadCategory.Footpath => "the footpath",
        RoadCategory.CyclePath => "the cycle path",
        RoadCategory.Steps => "the steps",
        RoadCategory.Track => "the track",
        _ => "the road",
    };

    // 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st.
    private static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch
    {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    });
}
