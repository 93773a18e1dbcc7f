namespace Routes.Geo;

/// <summary>Why no route exists between two snapped points.</summary>
public enum NoRouteReason
{
    /// <summary>The two points lie on parts of the network that no usable road joins (an island, a closed site).</summary>
    DifferentComponents,

    /// <summary>
    /// The roads join, but not in a direction the profile may travel: one-way streets, turn restrictions,
    /// barriers or destination-only roads (which may not be a through route) trap one end (the search explored
    /// everything reachable and did not meet the target).
    /// </summary>
    BlockedByDirectionOrRestriction,

    /// <summary>
    /// Walking joins the two points, but only over ways or nodes this profile may not use (steps, raised kerbs, stiles,
    /// rough surfaces, steep grades for <see cref="Profiles.AccessibleFootProfile"/>).
    /// </summary>
    OnlyInaccessibleWaysConnect,

    /// <summary>
    /// The profile's roads join the two points, but the request's excluded classes, avoided areas or custom weights (a
    /// factor of 0) leave out every way between them.
    /// </summary>
    LeftOutByRequest,
}
