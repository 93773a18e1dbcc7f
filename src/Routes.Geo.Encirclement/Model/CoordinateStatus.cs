namespace Routes.Geo.Encirclement;

/// <summary>How far a site's coordinate can be trusted.</summary>
public enum CoordinateStatus
{
    /// <summary>One coordinate, taken from a named source.</summary>
    Verified,

    /// <summary>No trustworthy coordinate yet: the site carries none, never a guess.</summary>
    Unverified,

    /// <summary>Sources disagree: every candidate is kept with its source and none is preferred.</summary>
    Conflicting,
}
