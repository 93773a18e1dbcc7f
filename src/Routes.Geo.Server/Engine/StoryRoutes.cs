using Routes.Geo.Encirclement;
using Routes.Geo.Isochrones;
using Routes.Geo.Matrices;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Server.Api;
using Routes.Geo.Server.Osrm;
using Routes.Geo.Tours;

namespace Routes.Geo.Server.Engine;

/// <summary>A tour the server planned: the stops in visiting order (the first again at the end of a round trip), its route and days.</summary>
internal sealed record PlannedTour(IReadOnlyList<Site> Visits, Route Route, IReadOnlyList<TourDay>? Days, IReadOnlyList<int>? LegDays,
    ChronologicalTourResult? Chronology, IReadOnlyList<ExcludedSite> Excluded);

/// <summary>The library calls behind the own endpoints (routes, tours, isochrones): the only place Api/ reaches the engine.</summary>
internal static class StoryRoutes
{
    /// <summary>The fastest route from <paramref name="from"/> to <paramref name="to"/> without the road classes named in <paramref name="exclude"/>.</summary>
    /// <exception cref="ApiException">NoSegment naming from/to, NoRoute, or InvalidValue naming an unknown class of exclude.</exception>
    public static Route Route(RoutingEngine engine, TravelMode mode, GeoPoint from, GeoPoint to, string fromParameter = "from", string toParameter = "to",
        string? exclude = null)
    {
        RoadClassSet excluded;
        try
        {
            excluded = RoadClassSet.Parse(exclude ?? "");
        }
        catch (UnknownRoadClassException e)
        {
            throw new ApiException("exclude", $"Parameter 'exclude': {e.Message}");
        }

        RouteResult result;
        try
        {
            result = engine.GraphOf(mode).Route().From(from).To(to).Excluding(excluded).Calculate();
        }
        catch (SnapTooFarException e)
        {
            string parameter = e.Role == "from" ? fromParameter : toParameter;
            throw new ApiException(parameter, $"'{parameter}': {e.Message}", OsrmCodes.NoSegment);
        }

        return result.IsFound ? result.Route : throw new ApiException("", result.Failure!.Message, OsrmCodes.NoRoute);
    }

    /// <summary>True when the site has a verified coordinate within the default snapping distance of a road <paramref name="mode"/> may use.</summary>
    public static bool IsOnNetwork(RoutingEngine engine, TravelMode mode, Site site)
    {
        if (site.Coordinate.Verified is not { } point)
        {
            return false;
        }

        try
        {
            engine.GraphOf(mode).Snap(point, RouteRequest.DefaultMaxSnapMetres, site.Name);
            return true;
        }
        catch (SnapTooFarException)
        {
            return false;
        }
    }

    /// <summary>
    /// A tour through <paramref name="sites"/> (verified, on the network): in the best order by travel time, or in the order
    /// of history; split into days of at most <paramref name="maxPerDay"/> (travel plus <paramref name="visit"/> per stop) when given.
    /// </summary>
    /// <exception cref="ApiException">A site is off the network (sites), no order has a route for every leg (NoTrips), a leg is longer than a day (day_hours).</exception>
    public static PlannedTour Tour(RoutingEngine engine, EncirclementModel model, TravelMode mode, IReadOnlyList<Site> sites, bool chronological,
        bool returnToStart, TimeSpan? maxPerDay, TimeSpan visit)
    {
        RoutingGraph graph = engine.GraphOf(mode);
        foreach (Site site in sites)
        {
            if (!IsOnNetwork(engine, mode, site))
            {
                throw new ApiException("sites", $"In 'sites': site '{site.Id}' ({site.Name}) has no road of this network within {RouteRequest.DefaultMaxSnapMetres:0} m for {mode.ToString().ToLowerInvariant()}: it is outside the loaded network.", OsrmCodes.NoSegment);
            }
        }

        GeoPoint[] points = [.. sites.Select(s => s.Coordinate.Verified!.Value)];
        TravelMatrix matrix = TravelMatrix.Compute(graph, points, RouteMetric.Fastest);
        CostMatrix costs = matrix.ToCostMatrix(TourCost.Duration);
        IReadOnlyList<int> order;
        ChronologicalTourResult? chronology = null;
        IReadOnlyList<ExcludedSite> excluded = [];
        try
        {
            if (chronological)
            {
                chronology = ChronologicalTour.Plan(model, sites, chosen =>
                {
                    int[] map = [.. chosen.Select(p => Array.IndexOf(points, p))];
                    return CostMatrix.Create(chosen.Count, (a, b) => costs[map[a], map[b]]);
                }, TourCost.Duration, returnToStart);
                excluded = chronology.Excluded;
                order = [.. chronology.Order.Select(d => IndexOf(sites, d.Site))];
                if (double.IsInfinity(chronology.ChronologicalCost))
                {
                    throw new ApiException("order", "The chronological order has a leg with no route on this network; ask for order=best.", OsrmCodes.NoTrips);
                }
            }
            else
            {
                order = TourSolver.Solve(costs, new TourOptions(returnToStart), [.. sites.Select(s => s.Name)]).Order;
            }
        }
        catch (NoTourException e)
        {
            throw new ApiException("sites", $"No tour visits all the 'sites': {e.Message}", OsrmCodes.NoTrips);
        }

        List<Site> visits = [.. order.Select(i => sites[i])];
        if (returnToStart)
        {
            visits.Add(visits[0]);
        }

        RouteRequest request = graph.Route().From(visits[0].Coordinate.Verified!.Value).To(visits[^1].Coordinate.Verified!.Value);
        foreach (Site via in visits.Skip(1).SkipLast(1))
        {
            request.Via(via.Coordinate.Verified!.Value);
        }

        RouteResult routed = request.Calculate();
        if (!routed.IsFound)
        {
            throw new ApiException("sites", $"No route joins the 'sites' in this order: {routed.Failure!.Message}", OsrmCodes.NoTrips);
        }

        IReadOnlyList<TourDay>? days = null;
        IReadOnlyList<int>? legDays = null;
        if (maxPerDay is { } max)
        {
            try
            {
                days = DayPlanner.Split(order, costs, max, visit, returnToStart, [.. sites.Select(s => s.Name)]);
            }
            catch (LegTooLongException e)
            {
                throw new ApiException("day_hours", $"A leg is longer than 'day_hours' allows: {e.Message}");
            }

            int legs = order.Count - 1 + (returnToStart ? 1 : 0);
            legDays = [.. Enumerable.Range(0, legs).Select(i => i + 1 < order.Count ? days.First(d => d.Visited.Contains(order[i + 1])).Number : days[^1].Number)];
        }

        return new PlannedTour(visits, routed.Route, days, legDays, chronology, excluded);
    }

    /// <summary>The area reachable from <paramref name="origin"/> within <paramref name="minutes"/>.</summary>
    /// <exception cref="ApiException">NoSegment: no road near the point.</exception>
    public static IsochroneResult Isochrone(RoutingEngine engine, TravelMode mode, GeoPoint origin, double minutes)
    {
        try
        {
            return Isochrones.Isochrone.Compute(engine.GraphOf(mode), origin, TimeSpan.FromMinutes(minutes));
        }
        catch (SnapTooFarException e)
        {
            throw new ApiException("point", $"'point': {e.Message}", OsrmCodes.NoSegment);
        }
    }

    private static int IndexOf(IReadOnlyList<Site> sites, Site site)
    {
        for (int i = 0; i < sites.Count; i++)
        {
            if (ReferenceEquals(sites[i], site))
            {
                return i;
            }
        }

        return -1;
    }
}
