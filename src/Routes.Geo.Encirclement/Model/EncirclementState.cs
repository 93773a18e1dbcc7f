namespace Routes.Geo.Encirclement;

/// <summary>The situation on one day: each port's state and the positions that stood.</summary>
public sealed class EncirclementState
{
    internal EncirclementState(DateOnly date, IReadOnlyDictionary<string, PortState> ports,
        IReadOnlyList<MilitaryPosition> positionsHeld)
    {
        Date = date;
        Ports = ports;
        PositionsHeld = positionsHeld;
    }

    /// <summary>The day described.</summary>
    public DateOnly Date { get; }

    /// <summary>State of each port, keyed by the port's site id (<c>boulogne</c>, <c>calais</c>, <c>dunkirk</c>).</summary>
    public IReadOnlyDictionary<string, PortState> Ports { get; }

    /// <summary>Positions that stood on <see cref="Date"/>.</summary>
    public IReadOnlyList<MilitaryPosition> PositionsHeld { get; }
}
