namespace Routes.Geo.Encirclement;

/// <summary>
/// The waypoints a walker's device should carry for a route: the route's own stops, and the sites within a chosen
/// distance of its track, all in the order the route passes them.
/// </summary>
public static class RouteWaypoints
{
    /// <summary>
    /// Chooses the waypoints of <paramref name="route"/>: <paramref name="stops"/> (its points in order: from, via..., to;
    /// a round trip may leave out the repeated first stop) and those of <paramref name="nearby"/> within
    /// <paramref name="sitesWithinMetres"/> of the track (geodesic), merged in the order the route passes them. A stop
    /// sits where its leg ends (or, on a route built without legs, at its nearest point not before the previous stop's).
    /// </summary>
    /// <param name="route">The route.</param>
    /// <param name="stops">The sites the route visits, in order; each once.</param>
    /// <param name="nearby">Candidate sites beside the route (e.g. the model's); stops among them are not repeated, unverified ones are left out.</param>
    /// <param name="sitesWithinMetres">Largest distance off the track, metres; 0 keeps the stops alone.</param>
    /// <returns>The sites in route order, stops first at a tie.</returns>
    /// <exception cref="ArgumentException">A stop has no verified coordinate, or the stops do not match the route's legs.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The distance is negative or not finite.</exception>
    public static IReadOnlyList<Site> Choose(Route route, IReadOnlyList<Site> stops, IEnumerable<Site> nearby, double sitesWithinMetres)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(nearby);
        if (!double.IsFinite(sitesWithinMetres) || sitesWithinMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sitesWithinMetres), sitesWithinMetres, "The distance off the route must be a non-negative number of metres.");
        }

        if (stops.FirstOrDefault(s => s.Coordinate.Verified is null) is { } unplaced)
        {
            throw new ArgumentException($"Stop '{unplaced.Name}' has no verified coordinate, so the route cannot have visited it.", nameof(stops));
        }

        double[] stopOffsets = StopOffsets(route, stops);
        var placed = new List<(double Offset, int Tie, Site Site)>();
        for (int i = 0; i < stops.Count; i++)
        {
            placed.Add((stopOffsets[i], i, stops[i]));
        }

        if (sitesWithinMetres > 0)
        {
            var isStop = new HashSet<Site>(stops);
            foreach (SiteOnRoute passed in SitesAlongRoute.Find(route, nearby.Where(s => !isStop.Contains(s)), sitesWithinMetres).Passed)
            {
                placed.Add((passed.OffsetMetres, stops.Count + placed.Count, passed.Site));
            }
        }

        return [.. placed.OrderBy(p => p.Offset).ThenBy(p => p.Tie).Select(p => p.Site)];
    }

    private static double[] StopOffsets(Route route, IReadOnlyList<Site> stops)
    {
        var offsets = new double[stops.Count];
        int legs = route.Legs.Count;
        if (legs > 0)
        {
            if (stops.Count != legs + 1 && stops.Count != legs)
            {
                throw new ArgumentException($"The route has {legs} legs, so {legs + 1} stops (or {legs} for a round trip), not {stops.Count}.", nameof(stops));
            }

            for (int i = 1; i < stops.Count; i++)
            {
                offsets[i] = offsets[i - 1] + route.Legs[i - 1].LengthMetres;
            }

            return offsets;
        }

        for (int i = 0; i < stops.Count; i++)
        {
            SiteOnRoute nearest = SitesAlongRoute.Find(route, [stops[i]], 1e9).Passed[0];
            offsets[i] = Math.Max(nearest.OffsetMetres, i > 0 ? offsets[i - 1] : 0);
        }

        return offsets;
    }
}
