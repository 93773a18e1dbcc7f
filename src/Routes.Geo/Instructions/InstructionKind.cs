namespace Routes.Geo.Instructions;

/// <summary>What a turn-by-turn instruction asks the traveller to do.</summary>
public enum InstructionKind
{
    /// <summary>Start of the route, with the initial heading.</summary>
    Depart,

    /// <summary>Go straight on where the road changes name.</summary>
    Continue,

    /// <summary>Turn slightly left (about 25° to 55°).</summary>
    SlightLeft,

    /// <summary>Turn left (about 55° to 125°).</summary>
    Left,

    /// <summary>Turn sharp left (about 125° to 170°).</summary>
    SharpLeft,

    /// <summary>Turn slightly right (about 25° to 55°).</summary>
    SlightRight,

    /// <summary>Turn right (about 55° to 125°).</summary>
    Right,

    /// <summary>Turn sharp right (about 125° to 170°).</summary>
    SharpRight,

    /// <summary>Turn back (more than about 170°, or at a dead end).</summary>
    UTurn,

    /// <summary>Go round a roundabout and leave it by the exit given in <see cref="Instruction.ExitNumber"/>.</summary>
    Roundabout,

    /// <summary>An intermediate point of the route has been reached.</summary>
    Waypoint,

    /// <summary>The destination has been reached.</summary>
    Arrive,

    /// <summary>Stay on the road where it turns and another way goes on straighter (OSRM "continue"); the side is in <see cref="Instruction.Modifier"/>.</summary>
    FollowRoad,

    /// <summary>The road splits into two ways of the same class, neither clearly straight on: keep to the side in <see cref="Instruction.Modifier"/>.</summary>
    Fork,

    /// <summary>Join a motorway or trunk from a slip road; <see cref="Instruction.Modifier"/> is the side merged towards.</summary>
    Merge,

    /// <summary>Leave an ordinary road onto a motorway or trunk slip road (<c>*_link</c>).</summary>
    OnRamp,

    /// <summary>Leave a motorway or trunk onto a slip road (<c>*_link</c>).</summary>
    OffRamp,

    /// <summary>The road ends at a T-junction where going straight on is impossible: turn to the side in <see cref="Instruction.Modifier"/>.</summary>
    EndOfRoad,

    /// <summary>A large or named roundabout (OSRM "rotary"): leave it by the exit in <see cref="Instruction.ExitNumber"/>.</summary>
    Rotary,

    /// <summary>The route starts on a roundabout and leaves it by the exit in <see cref="Instruction.ExitNumber"/>.</summary>
    ExitRoundabout,

    /// <summary>The route starts on a large or named roundabout and leaves it by the exit in <see cref="Instruction.ExitNumber"/>.</summary>
    ExitRotary,
}
