namespace Routes.Geo.Encirclement;

/// <summary>A formation or unit of either side; every unit names at least one source.</summary>
public sealed class MilitaryUnit
{
    internal MilitaryUnit() { }

    /// <summary>Stable identifier (e.g. <c>canadian-scottish</c>).</summary>
    public string Id { get; internal init; } = "";

    /// <summary>Allied or German.</summary>
    public Belligerent Side { get; internal init; }

    /// <summary>Name as the sources give it.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>
    /// Identifier of the formation the sources list this unit under (organic or attached: the sources
    /// do not distinguish), or null when they name none. Always an existing unit.
    /// </summary>
    public string? ParentId { get; internal init; }

    /// <summary>Commander, or null when the sources name none.</summary>
    public Commander? Commander { get; internal init; }

    /// <summary>Sources; never empty.</summary>
    public IReadOnlyList<string> Sources { get; internal init; } = [];

    /// <summary>Remarks.</summary>
    public IReadOnlyList<string> Notes { get; internal init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"{Name} [{Id}]";
}
