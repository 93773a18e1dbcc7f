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

    /// <summary>Distance to the nearest usable road in metres, or null when there is none.</summary>
    public double? NearestMetres { get; }

    /// <summary>The maximum snapping distance in force, metres.</summary>
    public double MaxSnapMetres { get; }
}
