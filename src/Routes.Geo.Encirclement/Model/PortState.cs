namespace Routes.Geo.Encirclement;

/// <summary>A Channel port's situation on a given day, in the order it went through them.</summary>
public enum PortState
{
    /// <summary>Held by the Germans, not yet cut off.</summary>
    GermanHeld,

    /// <summary>Cut off by land and contained.</summary>
    Encircled,

    /// <summary>Under siege: bombardment, assault or a declared siege.</summary>
    Besieged,

    /// <summary>The garrison has surrendered (from the day of the surrender).</summary>
    Liberated,
}
