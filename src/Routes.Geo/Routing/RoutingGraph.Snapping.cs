namespace Routes.Geo.Routing;

public sealed partial class RoutingGraph
{
    /// <summary>
    /// Finds the nearest point on a road this profile may use.
    /// </summary>
    /// <param name="point">The coordinate to snap.</param>
    /// <param name="maxSnapMetres">The largest acceptable distance, metres.</param>
    /// <param name="role">How to name the point in an error ("from", "to", "site Bergues", ...).</param>
    /// <returns>The snapped point, its edge and offset, and the distance.</returns>
    /// <exception cref="SnapTooFarException">No usable road lies within <paramref name="maxSnapMetres"/>; the error states the nearest distance.</exception>
    public SnapResult Snap(GeoPoint point, double maxSnapMetres = RouteRequest.DefaultMaxSnapMetres, string role = "given") =>
        Snap(point, maxSnapMetres, role, null);

    /// <summary>Like <see cref="Snap(GeoPoint, double, string)"/>, on the edges <paramref name="acceptEdge"/> accepts (all when null).</summary>
    internal SnapResult Snap(GeoPoint point, double maxSnapMetres, string role, Predicate<int>? acceptEdge)
    {
        if (SnapIndex.Snap(point, maxSnapMetres, acceptEdge: acceptEdge) is { } found)
        {
            return found;
        }

        // A road the request's exclusions, areas or weights leave out may lie within reach: say so, not "0 m away".
        double? leftOut = acceptEdge is null ? null : SnapIndex.Snap(point, maxSnapMetres)?.DistanceMetres;
        return leftOut is null
            ? throw new SnapTooFarException(point, role, Profile.Name, SnapIndex.NearestDistanceMetres(point, maxSnapMetres, acceptEdge), maxSnapMetres)
            : throw new SnapTooFarException(point, role, Profile.Name, SnapIndex.NearestDistanceMetres(point, maxSnapMetres, acceptEdge), maxSnapMetres, leftOut.Value);
    }

    /// <summary>
    /// How much farther than the nearest road a one-way road running the opposite way may lie and still be tried
    /// as the other half of a dual carriageway, metres (the halves of a divided road lie 5–30 m apart).
    /// </summary>
    public const double DualCarriagewaySlackMetres = 30;

    /// <summary>
    /// The other-carriageway candidate of a point snapped to <paramref name="nearest"/>: when that road is one-way,
    /// the nearest one-way road of the same class and name (or ref) running the opposite way there, at most
    /// <see cref="DualCarriagewaySlackMetres"/> farther (and within <paramref name="maxSnapMetres"/>); otherwise null.
    /// </summary>
    internal SnapResult? OppositeCarriageway(SnapResult nearest, double maxSnapMetres)
    {
        return CanForward[nearest.Edge] == CanBackward[nearest.Edge] ? null
            : SnapIndex.Opposite(nearest, Math.Min(maxSnapMetres, nearest.DistanceMetres + DualCarriagewaySlackMetres)) is { } other
                ? other with { Candidate = SnapCandidate.OppositeCarriageway }
                : null;
    }

    /// <summary>
    /// The second candidate of a point snapped to <paramref name="nearest"/>: the nearest road within
    /// <paramref name="maxSnapMetres"/> in a large strongly connected component, or null when the nearest road
    /// already lies in one (or none lies within reach).
    /// </summary>
    internal SnapResult? LargeComponentCandidate(SnapResult nearest, double maxSnapMetres, Predicate<int>? acceptEdge = null)
    {
        return InLargeComponent[nearest.Edge] ? null
            : SnapIndex.Snap(nearest.Input, maxSnapMetres, largeComponentOnly: true, acceptEdge) is { } large
                ? large with { Candidate = SnapCandidate.LargeComponent }
                : null;
    }
}
