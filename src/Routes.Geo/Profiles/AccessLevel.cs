namespace Routes.Geo.Profiles;

/// <summary>What an access tag's value (<c>access=*</c>, <c>motor_vehicle=*</c>, ...) says about one mode of travel.</summary>
public enum AccessLevel
{
    /// <summary>The mode may not use the way or pass the node (<c>no</c>, <c>private</c>, or a value naming other users only).</summary>
    Denied,

    /// <summary>
    /// The mode may use the way to reach a place on it (or beyond it), not as a through route (for the built-in car
    /// <c>destination</c>, <c>customers</c>, <c>delivery</c>; the built-in foot and bicycle have none). See <see cref="EdgeAccess.ForwardDestinationOnly"/>.
    /// </summary>
    DestinationOnly,

    /// <summary>The mode is explicitly allowed (<c>yes</c>, <c>designated</c>, <c>permissive</c>, the mode's own name, ...).</summary>
    Allowed,
}
