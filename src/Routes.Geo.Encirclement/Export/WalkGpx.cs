using Routes.Geo.Export;

namespace Routes.Geo.Encirclement;

/// <summary>
/// GPX 1.1 of a walk for walkers' devices: the route as a track and the sites as waypoints (name, what
/// happened, sources, kinds), written by <see cref="RouteGpx"/>. Sites without a verified coordinate
/// (UNVERIFIED, CONFLICTING) are left out, since a GPX waypoint needs one; the four-argument Write returns them.
/// It writes every site given: to carry the route's stops and only the sites near it, use the overload with
/// <c>sitesWithinMetres</c> (<see cref="RouteWaypoints.Choose"/>).
/// </summary>
public static class WalkGpx
{
    /// <summary>
    /// Serialises <paramref name="route"/> (may be null for waypoints alone) named <paramref name="name"/>
    /// and the verified <paramref name="sites"/> as a GPX 1.1 document.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="sites"/> is null.</exception>
    /// <exception cref="ExportException">A text (the name, a road name, a site's name, story or source) holds a character XML 1.0 cannot carry; its Path is empty.</exception>
    public static string ToGpx(Route? route, string name, IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        return RouteGpx.ToGpx(route, name, Places(sites, skipped: []));
    }

    /// <summary>
    /// Writes <paramref name="route"/> (may be null for waypoints alone) named <paramref name="name"/>
    /// and the verified <paramref name="sites"/> to <paramref name="path"/> atomically (temporary file, then rename).
    /// </summary>
    /// <returns>The sites left out because they have no verified coordinate, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="sites"/> is null.</exception>
    /// <exception cref="ExportException">
    /// The path is refused, the file cannot be written, or a text holds a character XML 1.0 cannot carry (a control
    /// character, an unpaired surrogate; the message names the field); the previous content, if any, is untouched.
    /// </exception>
    public static IReadOnlyList<Site> Write(string path, Route? route, string name, IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        var skipped = new List<Site>();
        RouteGpx.Write(path, route, name, Places(sites, skipped));
        return skipped;
    }

    /// <summary>
    /// Writes <paramref name="route"/> named <paramref name="name"/> with its own <paramref name="stops"/> and the sites of
    /// <paramref name="nearby"/> within <paramref name="sitesWithinMetres"/> of its track as waypoints, in the order the
    /// route passes them (<see cref="RouteWaypoints.Choose"/>), to <paramref name="path"/> atomically.
    /// </summary>
    /// <returns>The waypoints written, in order.</returns>
    /// <exception cref="ArgumentException">A stop has no verified coordinate, or the stops do not match the route's legs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The distance is negative or not finite.</exception>
    /// <exception cref="ExportException">The path is refused, the file cannot be written, or a text cannot be carried by XML 1.0.</exception>
    public static IReadOnlyList<Site> Write(string path, Route route, string name, IReadOnlyList<Site> stops, IEnumerable<Site> nearby, double sitesWithinMetres)
    {
        IReadOnlyList<Site> waypoints = RouteWaypoints.Choose(route, stops, nearby, sitesWithinMetres);
        Write(path, route, name, waypoints);
        return waypoints;
    }

    // Lazy, so the writer checks the path before the sites are read.
    private static IEnumerable<GpxPlace> Places(IEnumerable<Site> sites, List<Site> skipped)
    {
        foreach (Site site in sites)
        {
            ArgumentNullException.ThrowIfNull(site, nameof(sites));
            if (site.Coordinate.Verified is not { } point)
            {
                skipped.Add(site);
                continue;
            }

            yield return new GpxPlace(point, site.Name, $"site '{site.Id}'")
            {
                Description = site.WhatHappened,
                Sources = site.Sources,
                Classification = OutputName.Kinds(site),
            };
        }
    }
}
