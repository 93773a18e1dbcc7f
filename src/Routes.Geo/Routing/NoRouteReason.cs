namespace Routes.Geo;

/// <summary>Why no route exists between two snapped points.</summary>
public enum NoRouteReason
{
    /// <summary>The two points lie on parts of the network that no usable road joins (an island, a closed site).</summary>
    DifferentComponents,

    /// <summary>
    /// The roads join, but not in a direction the profile may travel: one-way streets, turn restrictions
    /// or barriers trap one end (the search explored everything reachable and did not meet the target).
    /// </summary>
    BlockedByDirectionOrRestriction,

    /// <summary>
    /// Walking joins the two points, but only over ways or nodes this profile may not use (steps, raised kerbs, stiles,
    /// rough surfaces, steep grades for <see cref="Profiles.AccessibleFootProfile"/>).
    /// </summary>
    OnlyInaccessibleWaysConnect,
}
