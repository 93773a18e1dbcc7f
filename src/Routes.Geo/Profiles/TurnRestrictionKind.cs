namespace Routes.Geo.Profiles;

/// <summary>The two families of OpenStreetMap turn restrictions.</summary>
public enum TurnRestrictionKind
{
    /// <summary><c>no_*</c>: the turn from the from-way to the to-way is forbidden.</summary>
    Prohibitory,

    /// <summary><c>only_*</c>: from the from-way, the to-way is the only turn allowed.</summary>
    Mandatory,
}
