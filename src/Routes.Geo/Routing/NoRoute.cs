namespace Routes.Geo;

/// <summary>A route query that has no answer, and why.</summary>
/// <param name="Reason">Why no route exists.</param>
/// <param name="LegIndex">The leg (0-based: from point i to point i+1) that failed.</param>
/// <param name="From">The leg's start as given.</param>
/// <param name="To">The leg's end as given.</param>
/// <param name="Profile">The profile's name.</param>
public sealed record NoRoute(NoRouteReason Reason, int LegIndex, GeoPoint From, GeoPoint To, string Profile)
{
    /// <summary>A sentence that says what failed, for logs and users.</summary>
    public string Message => Reason switch
    {
        NoRouteReason.DifferentComponents => FormattableString.Invariant(
            $"No {Profile} route from {From} to {To} (leg {LegIndex + 1}): the two points are on parts of the network that no usable road joins."),
        NoRouteReason.OnlyInaccessibleWaysConnect => FormattableString.Invariant(
            $"No {Profile} route from {From} to {To} (leg {LegIndex + 1}): on foot the points are joined, but only over steps, raised kerbs, stiles, rough surfaces or grades this profile avoids."),
        NoRouteReason.LeftOutByRequest => FormattableString.Invariant(
            $"No {Profile} route from {From} to {To} (leg {LegIndex + 1}): the profile's roads join the points, but this request's excluded classes, avoided areas or custom weights leave out every way between them."),
        _ => FormattableString.Invariant(
            $"No {Profile} route from {From} to {To} (leg {LegIndex + 1}): the roads join, but one-way streets, turn restrictions or barriers forbid every way there."),
    };
}
