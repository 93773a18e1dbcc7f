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

    /// <summary>
    /// Finds the nearest point on a road this profile may use whose direction of travel there meets
    /// <paramref name="constraint"/> (a heading, an approach side; see <see cref="SnapConstraint"/>); the result's
    /// <see cref="SnapResult.Direction"/> says which directions of the road a route may then leave or reach it by.
    /// </summary>
    /// <param name="point">The coordinate to snap.</param>
    /// <param name="maxSnapMetres">The largest acceptable distance, metres.</param>
    /// <param name="role">How to name the point in an error ("from", "to", "coordinate 2", ...).</param>
    /// <param name="constraint">The heading and approach the point must be met with; null or <see cref="SnapConstraint.None"/> for none.</param>
    /// <returns>The snapped point, its edge, offset and allowed direction, and the distance.</returns>
    /// <exception cref="SnapTooFarException">No usable road meeting the constraint lies within <paramref name="maxSnapMetres"/>; the error states the nearest such distance.</exception>
    public SnapResult Snap(GeoPoint point, double maxSnapMetres, string role, SnapConstraint? constraint) =>
        Snap(point, maxSnapMetres, role, null, constraint);

    /// <summary>
    /// Up to <paramref name="count"/> candidate snaps of <paramref name="point"/> on distinct roads (OSM ways): first the
    /// snap a route would start from (<see cref="Snap(GeoPoint, double, string, SnapConstraint?)"/>), then the other roads nearest first, each within <paramref name="maxSnapMetres"/>, on roads not of <paramref name="excluded"/> classes and meeting
    /// <paramref name="constraint"/> (OSRM's <c>nearest</c> with <c>number</c>); fewer when fewer roads lie within reach.
    /// </summary>
    /// <param name="point">The coordinate to snap.</param>
    /// <param name="count">How many roads at most; at least 1.</param>
    /// <param name="maxSnapMetres">The largest acceptable distance, metres.</param>
    /// <param name="constraint">Heading and approach the candidates must meet (null: none).</param>
    /// <param name="excluded">Road classes no candidate lies on (default none).</param>
    /// <returns>The candidates, nearest first; empty when no road lies within reach.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1, or <paramref name="maxSnapMetres"/> is not a positive finite number.</exception>
    public IReadOnlyList<SnapResult> SnapNearest(GeoPoint point, int count, double maxSnapMetres = RouteRequest.DefaultMaxSnapMetres, SnapConstraint? constraint = null,
        Customizable.RoadClassSet excluded = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (!double.IsFinite(maxSnapMetres) || maxSnapMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSnapMetres), maxSnapMetres, "The maximum snapping distance must be a positive number of metres.");
        }

        Predicate<int>? accept = null;
        if (!excluded.IsEmpty)
        {
            double[] weight = Customized(RouteMetric.Fastest, excluded).DirectedWeights;
            accept = e => double.IsFinite(weight[2 * e]) || double.IsFinite(weight[(2 * e) + 1]);
        }

        // The first is the point's snap for a route (a tunnel or ferry only when nothing else is in reach); then the nearest other roads.
        SnapConstraint condition = constraint ?? SnapConstraint.None;
        if (SnapIndex.Snap(point, maxSnapMetres, accept, condition) is not { } first)
        {
            return [];
        }

        int way = Network.EdgeWay[first.Edge];
        return [first, .. SnapIndex.Nearest(point, count, maxSnapMetres, accept, condition).Where(s => Network.EdgeWay[s.Edge] != way).Take(count - 1)];
    }

    /// <summary>Like <see cref="Snap(GeoPoint, double, string)"/>, on the edges <paramref name="acceptEdge"/> accepts (all when null).</summary>
    internal SnapResult Snap(GeoPoint point, double maxSnapMetres, string role, Predicate<int>? acceptEdge, SnapConstraint? constraint = null)
    {
        if (constraint is null || constraint.IsNone)
        {
            if (SnapIndex.Snap(point, maxSnapMetres, acceptEdge: acceptEdge) is { } plain)
            {
                return plain;
            }

            // A road the request's exclusions, areas or weights leave out may lie within reach: say so, not "0 m away".
            double? leftOut = acceptEdge is null ? null : SnapIndex.Snap(point, maxSnapMetres)?.DistanceMetres;
            return leftOut is null
                ? throw new SnapTooFarException(point, role, Profile.Name, SnapIndex.NearestDistanceMetres(point, maxSnapMetres, acceptEdge), maxSnapMetres)
                : throw new SnapTooFarException(point, role, Profile.Name, SnapIndex.NearestDistanceMetres(point, maxSnapMetres, acceptEdge), maxSnapMetres, leftOut.Value);
        }

        if (SnapIndex.Snap(point, maxSnapMetres, acceptEdge, constraint) is { } found)
        {
            return found;
        }

        // Distinguish "no road in reach" from "no road in reach runs the way the heading asks".
        _ = Snap(point, maxSnapMetres, role, acceptEdge);
        throw new SnapTooFarException(point, role, Profile.Name, maxSnapMetres, constraint);
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
        // A point under a heading or approach keeps the road its constraint chose.
        return CanForward[nearest.Edge] == CanBackward[nearest.Edge] || nearest.Direction != SnapDirection.Both ? null
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
        return InLargeComponent[nearest.Edge] || nearest.Direction != SnapDirection.Both ? null
            : SnapIndex.Snap(nearest.Input, maxSnapMetres, largeComponentOnly: true, acceptEdge) is { } large
                ? large with { Candidate = SnapCandidate.LargeComponent }
                : null;
    }
}
