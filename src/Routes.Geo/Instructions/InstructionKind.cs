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
}
