namespace Routes.Geo.Instructions;

/// <summary>The sentences of one language; each method writes one instruction's text.</summary>
internal abstract class Phrasebook
{
    public abstract char DecimalSeparator { get; }

    /// <summary>Start of the route; <paramref name="compassPoint"/> is 0 = north, 1 = northeast ... 7 = northwest.</summary>
    public abstract string Depart(int compassPoint, RoadLabel road);

    /// <summary>A turn of kind SlightLeft .. SharpRight onto <paramref name="road"/>; at a T-junction when <paramref name="endOfRoad"/>.</summary>
    public abstract string Turn(InstructionKind kind, RoadLabel road, bool endOfRoad = false);

    /// <summary>Stay on <paramref name="road"/> where it turns left (or right).</summary>
    public abstract string FollowRoad(bool left, RoadLabel road);

    /// <summary>Keep left (or right) at a fork onto <paramref name="road"/>.</summary>
    public abstract string Fork(bool left, RoadLabel road);

    /// <summary>Merge left (or right) onto <paramref name="road"/>.</summary>
    public abstract string Merge(bool left, RoadLabel road);

    /// <summary>Take the slip road onto (<paramref name="onRamp"/>) or off a motorway; <paramref name="left"/> null when it goes straight on.</summary>
    public abstract string Ramp(bool onRamp, bool? left, RoadLabel road);

    /// <summary>A route that starts on a roundabout leaves it by exit <paramref name="exit"/>.</summary>
    public abstract string ExitRoundabout(int exit, RoadLabel road);

    public abstract string Continue(RoadLabel road);

    public abstract string UTurn(RoadLabel road);

    /// <summary>Take exit <paramref name="exit"/>, or just enter when the route ends on the roundabout (null).</summary>
    public abstract string Roundabout(int? exit, RoadLabel road);

    public abstract string Waypoint(int number);

    public abstract string Arrive(DestinationSide side);

    public string Distance(double metres) => DistanceText.Format(metres, DecimalSeparator);

    protected static bool IsLeft(InstructionKind kind) => kind is InstructionKind.SlightLeft or InstructionKind.Left or InstructionKind.SharpLeft;

    protected static int Strength(InstructionKind kind) => kind switch
    {
        InstructionKind.SlightLeft or InstructionKind.SlightRight => 0,
        InstructionKind.SharpLeft or InstructionKind.SharpRight => 2,
        _ => 1,
    };
}
