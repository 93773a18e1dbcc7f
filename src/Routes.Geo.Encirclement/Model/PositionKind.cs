namespace Routes.Geo.Encirclement;

/// <summary>What a position represents.</summary>
public enum PositionKind
{
    /// <summary>A fortress perimeter or pocket.</summary>
    Perimeter,

    /// <summary>A German outpost line in front of a perimeter.</summary>
    OutpostLine,

    /// <summary>The line where Allied troops were in contact with the defenders.</summary>
    ContactLine,
}
