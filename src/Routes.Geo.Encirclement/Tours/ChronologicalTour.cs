using Routes.Geo.Matrices;
using Routes.Geo.Routing;
using Routes.Geo.Tours;

namespace Routes.Geo.Encirclement;

/// <summary>
/// A tour that follows history: sites in the order of the event that matters to a visitor (each site's
/// <see cref="Site.Chronology"/>: the liberation or capture of the place, or what it commemorates),
/// compared with the best order of the same sites.
/// </summary>
public static class ChronologicalTour
{
    /// <summary>
    /// Orders <paramref name="sites"/> by their key event's start day, then start time (unknown times first,
    /// as in the model's timeline), ties by name, then id. A site without a dated event of its own comes
    /// right after the site its data names (a cemetery after its port; several such sites by name); a site
    /// placed after the dated sites comes last (by name). Sites without a verified coordinate are returned
    /// in the second list with their reason.
    /// </summary>
    /// <returns>The placed sites in order, and the excluded ones in the order given.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static (IReadOnlyList<DatedSite> Order, IReadOnlyList<ExcludedSite> Excluded) Select(EncirclementModel model, IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(sites);
        Dictionary<string, Site> byId = model.Sites.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Dictionary<string, HistoricalEvent> events = model.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var placed = new List<(DatedSite Site, Site? Anchor)>();
        var excluded = new List<ExcludedSite>();
        foreach (Site site in sites.Distinct())
        {
            if (site.Coordinate.Verified is null)
            {
                excluded.Add(new ExcludedSite(site, ExclusionReason.NoVerifiedCoordinate, $"{site}: the coordinate is {site.Coordinate.Status.ToString().ToUpperInvariant()}, and no tour routes to a guess."));
                continue;
            }

            Site? anchor = site.Chronology.Rule switch
            {
                ChronologyRule.KeyEvent => site,
                ChronologyRule.WithSite => byId.GetValueOrDefault(site.Chronology.WithSiteId!),
                _ => null,
            };
            HistoricalEvent? key = anchor?.Chronology.EventId is { } id ? events.GetValueOrDefault(id) : null;
            placed.Add((new DatedSite(site, key, site.Chronology), key is null ? null : anchor));
        }

        // A site placed with another sorts under that site's key, right after it.
        DatedSite[] order = [.. placed
            .OrderBy(p => p.Site.KeyEvent is null)
            .ThenBy(p => p.Site.KeyEvent?.Start ?? DateOnly.MaxValue)
            .ThenBy(p => p.Site.KeyEvent?.StartTime ?? TimeOnly.MinValue)
            .ThenBy(p => p.Anchor?.Name ?? p.Site.Site.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Anchor?.Id ?? p.Site.Site.Id, StringComparer.Ordinal)
            .ThenBy(p => p.Anchor == p.Site.Site ? 0 : 1)
            .ThenBy(p => p.Site.Site.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Site.Site.Id, StringComparer.Ordinal)
            .Select(p => p.Site)];
        return (order, excluded);
    }

    /// <summary>
    /// The chronological tour on a network: routes between the dated sites with <paramref name="graph"/>
    /// (a site too far from any usable road is excluded with <see cref="ExclusionReason.NotOnNetwork"/>).
    /// </summary>
    /// <param name="model">The encirclement model that dates the sites.</param>
    /// <param name="sites">The candidate sites.</param>
    /// <param name="graph">The network and profile to route on.</param>
    /// <param name="by">What to compare: travel time (default) or distance.</param>
    /// <param name="returnToStart">True for a round trip back to the first site.</param>
    /// <returns>The order, its cost, the optimal order and the difference.</returns>
    /// <exception cref="NoTourException">No order of the included sites has a route for every leg.</exception>
    public static ChronologicalTourResult Plan(EncirclementModel model, IEnumerable<Site> sites, RoutingGraph graph,
        TourCost by = TourCost.Duration, bool returnToStart = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        (IReadOnlyList<DatedSite> order, IReadOnlyList<ExcludedSite> excluded) = Select(model, sites);
        var kept = new List<DatedSite>();
        var dropped = new List<ExcludedSite>(excluded);
        foreach (DatedSite site in order)
        {
            try
            {
                graph.Snap(site.Point, RouteRequest.DefaultMaxSnapMetres, site.Site.Name);
                kept.Add(site);
            }
            catch (SnapTooFarException e)
            {
                dropped.Add(new ExcludedSite(site.Site, ExclusionReason.NotOnNetwork, e.Message));
            }
        }

        CostMatrix? costs = kept.Count == 0 ? null
            : TravelMatrix.Compute(graph, [.. kept.Select(s => s.Point)]).ToCostMatrix(by);
        return Compare(kept, dropped, costs, by, returnToStart);
    }

    /// <summary>
    /// The chronological tour with costs from the caller (<paramref name="costs"/> is asked for the
    /// matrix between the included sites' points, in chronological order).
    /// </summary>
    /// <param name="model">The encirclement model that dates the sites.</param>
    /// <param name="sites">The candidate sites.</param>
    /// <param name="costs">Builds the cost matrix between the given points (seconds or metres).</param>
    /// <param name="by">What the costs are, reported back in the result.</param>
    /// <param name="returnToStart">True for a round trip back to the first site.</param>
    /// <returns>The order, its cost, the optimal order and the difference.</returns>
    /// <exception cref="NoTourException">No order of the included sites has a route for every leg.</exception>
    public static ChronologicalTourResult Plan(EncirclementModel model, IEnumerable<Site> sites, Func<IReadOnlyList<GeoPoint>, CostMatrix> costs,
        TourCost by = TourCost.Duration, bool returnToStart = false)
    {
        ArgumentNullException.ThrowIfNull(costs);
        (IReadOnlyList<DatedSite> order, IReadOnlyList<ExcludedSite> excluded) = Select(model, sites);
        return Compare(order, excluded, order.Count == 0 ? null : costs([.. order.Select(s => s.Point)]), by, returnToStart);
    }

    private static ChronologicalTourResult Compare(IReadOnlyList<DatedSite> order, IReadOnlyList<ExcludedSite> excluded, CostMatrix? costs, TourCost by, bool returnToStart)
    {
        if (costs is null)
        {
            return new ChronologicalTourResult(order, excluded, 0, new TourPlan([], 0, returnToStart, true), by);
        }

        var options = new TourOptions(returnToStart);
        TourPlan optimal = TourSolver.Solve(costs, options, [.. order.Select(s => s.Site.Name)]);
        double chronological = costs.CostOf([.. Enumerable.Range(0, order.Count)], returnToStart);
        return new ChronologicalTourResult(order, excluded, chronological, optimal, by);
    }
}
