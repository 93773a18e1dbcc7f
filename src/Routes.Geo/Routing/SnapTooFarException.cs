namespace Routes.Geo;

/// <summary>
/// No road the profile may use lies within the maximum snapping distance of a coordinate
/// (a point in the sea, outside the extract, or far from any usable way).
/// </summary>
public sealed class SnapTooFarException : RoutesGeoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="point">The coordinate that could not be snapped.</param>
    /// <param name="role">Which point of the query it is ("from", "to", "via 1", ...).</param>
    /// <param name="profile">The profile's name.</param>
    /// <param name="nearestMetres">Distance to the nearest usable road, or null when the profile can use no road at all.</param>
    /// <param name="maxSnapMetres">The maximum snapping distance in force.</param>
    public SnapTooFarException(GeoPoint point, string role, string profile, double? nearestMetres, double maxSnapMetres)
        : base(nearestMetres is null
            ? FormattableString.Invariant($"Cannot snap the {role} point {point}: the network has no road usable by '{profile}'.")
            : FormattableString.Invariant($"Cannot snap the {role} point {point}: the nearest road usable by '{profile}' is {nearestMetres:0} m away, beyond the maximum snapping distance of {maxSnapMetres:0} m."))
    {
        Point = point;
        Role = role;
        NearestMetres = nearestMetres;
        MaxSnapMetres = maxSnapMetres;
    }

    /// <summary>Creates the exception for a point whose roads within reach the request itself leaves out.</summary>
    /// <param name="point">The coordinate that could not be snapped.</param>
    /// <param name="role">Which point of the query it is ("from", "to", "via 1", ...).</param>
    /// <param name="profile">The profile's name.</param>
    /// <param name="nearestMetres">Distance to the nearest road the request may use, or null when it leaves none.</param>
    /// <param name="maxSnapMetres">The maximum snapping distance in force.</param>
    /// <param name="nearestLeftOutMetres">Distance to the nearest road the profile may use but the request's excluded classes, avoided areas or custom weights leave out.</param>
    public SnapTooFarException(GeoPoint point, string role, string profile, double? nearestMetres, double maxSnapMetres, double nearestLeftOutMetres)
        : base(FormattableString.Invariant(
            $"Cannot snap the {role} point {point}: every road usable by '{profile}' within {maxSnapMetres:0} m (the nearest is {nearestLeftOutMetres:0} m away) is left out by this request's excluded classes, avoided areas or custom weights; ")
            + (nearestMetres is null ? "the request leaves no road usable at all." : FormattableString.Invariant($"the nearest road it leaves usable is {nearestMetres:0} m away.")))
    {
        Point = point;
        Role = role;
        NearestMetres = nearestMetres;
        MaxSnapMetres = maxSnapMetres;
        NearestLeftOutMetres = nearestLeftOutMetres;
    }

    // A constrained point: the usable roads within reach all run in other directions than its heading allows.
    internal SnapTooFarException(GeoPoint point, string role, string profile, double maxSnapMetres, SnapConstraint constraint)
        : base(FormattableString.Invariant(
            $"Cannot snap the {role} point {point}: no road usable by '{profile}' within the maximum snapping distance of {maxSnapMetres:0} m runs at a heading of {constraint.BearingDegrees:0}° ± {constraint.BearingToleranceDegrees:0}°."))
    {
        Point = point;
        Role = role;
        MaxSnapMetres = maxSnapMetres;
    }

    /// <summary>The coordinate that could not be snapped.</summary>
    public GeoPoint Point { get; }

    /// <summary>Which point of the query it is ("from", "to", "via 1", ...).</summary>
    public string Role { get; }

    /// <summary>Distance to the nearest usable road in metres (usable under the request's exclusions, areas and weights), or null when there is none.</summary>
    public double? NearestMetres { get; }

    /// <summary>
    /// Distance to the nearest road within the snapping distance that the profile may use but the request's excluded
    /// classes, avoided areas or custom weights leave out, metres; null when the failure is not the request's doing.
    /// </summary>
    public double? NearestLeftOutMetres { get; }

    /// <summary>The maximum snapping distance in force, metres.</summary>
    public double MaxSnapMetres { get; }
}
