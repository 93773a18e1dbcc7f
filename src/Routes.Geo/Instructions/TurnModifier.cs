namespace Routes.Geo.Instructions;

/// <summary>The direction of a maneuver, in OSRM's eight steps (see <see cref="Instruction.Modifier"/>).</summary>
public enum TurnModifier
{
    /// <summary>Within about 25° of straight on.</summary>
    Straight,

    /// <summary>About 25° to 55° to the right.</summary>
    SlightRight,

    /// <summary>About 55° to 125° to the right.</summary>
    Right,

    /// <summary>About 125° to 170° to the right.</summary>
    SharpRight,

    /// <summary>Turning back, more than about 170°.</summary>
    UTurn,

    /// <summary>About 125° to 170° to the left.</summary>
    SharpLeft,

    /// <summary>About 55° to 125° to the left.</summary>
    Left,

    /// <summary>About 25° to 55° to the left.</summary>
    SlightLeft,
}
