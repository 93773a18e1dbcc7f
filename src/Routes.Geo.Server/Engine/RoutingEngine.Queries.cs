using Routes.Geo.Geodesy;
using Routes.Geo.Matrices;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Server.Osrm;
using Routes.Geo.Tours;

namespace Routes.Geo.Server.Engine;

public sealed partial class RoutingEngine
{
    /// <summary>The nearest usable road to <paramref name="point"/> within <paramref name="radiusMetres"/>.</summary>
    /// <exception cref="OsrmException">NoSegment: none within the radius; the message names coordinate <paramref name="index"/>.</exception>
    internal ServedWaypoint Snap(TravelMode mode, GeoPoint point, double radiusMetres, int index, SnapConstraint? constraint = null)
    {
        RoutingGraph graph = GraphOf(mode);
        try
        {
            return Waypoint(graph, graph.Snap(point, Math.Max(radiusMetres, MinimumRadiusMetres), Role(index), constraint));
        }
        catch (SnapTooFarException e)
        {
            throw NoSegment(index, e.Message);
        }
    }

    /// <summary>The fastest route through <paramref name="points"/> in order, with steps in <paramref name="language"/> when asked for.</summary>
    /// <exception cref="OsrmException">NoSegment (a point has no road within its radius) or NoRoute.</exception>
    internal ServedRoute Route(TravelMode mode, IReadOnlyList<GeoPoint> points, double[] radiusMetres, bool steps, bool segments, string language,
        SnapConstraint[]? constraints = null, RoadClassSet excluded = default) =>
        Routes(mode, points, radiusMetres, steps, segments, language, excluded, 0, constraints)[0];

    /// <summary>Up to <paramref name="count"/> snaps of <paramref name="point"/> on distinct roads, nearest first (OSRM's nearest with number).</summary>
    /// <exception cref="OsrmException">NoSegment: no road within the radius meets the constraint.</exception>
    internal IReadOnlyList<ServedWaypoint> Nearest(TravelMode mode, GeoPoint point, double radiusMetres, int count, SnapConstraint constraint, RoadClassSet excluded)
    {
        RoutingGraph graph = GraphOf(mode);
        IReadOnlyList<SnapResult> snaps = graph.SnapNearest(point, count, Math.Max(radiusMetres, MinimumRadiusMetres), constraint, excluded);
        if (snaps.Count == 0)
        {
            throw NoSegment(0, FormattableString.Invariant($"no road usable by '{graph.Profile.Name}'{(excluded.IsEmpty ? "" : " outside the excluded classes")}{(constraint.IsNone ? "" : " at its bearing and approach")} lies within {radiusMetres:0.#} m."));
        }

        return [.. snaps.Select(s => Waypoint(graph, s))];
    }

    /// <summary>
    /// The fastest route through <paramref name="points"/> without roads of <paramref name="excluded"/>, then up to
    /// <paramref name="alternatives"/> alternatives to it (two points only; the library's via-node method), each with its own legs and steps.
    /// </summary>
    /// <exception cref="OsrmException">NoSegment (a point has no road within its radius) or NoRoute.</exception>
    internal IReadOnlyList<ServedRoute> Routes(TravelMode mode, IReadOnlyList<GeoPoint> points, double[] radiusMetres, bool steps, bool segments, string language,
        RoadClassSet excluded, int alternatives, SnapConstraint[]? constraints = null, AvoidArea? avoid = null, CustomWeights? weights = null)
    {
        RoutingGraph graph = GraphOf(mode);
        SnapConstraint At(int i) => constraints?[i] ?? SnapConstraint.None;
        RouteRequest request = graph.Route().From(points[0], At(0)).To(points[^1], At(points.Count - 1)).WithMaxSnapDistance(Math.Max(radiusMetres.Max(), MinimumRadiusMetres));
        for (int i = 1; i < points.Count - 1; i++)
        {
            request.Via(points[i], At(i));
        }

        if (!excluded.IsEmpty)
        {
            request.Excluding(excluded);
        }

        if (alternatives > 0)
        {
            request.Alternatives(alternatives);
        }

        if (avoid is not null)
        {
            request.Avoiding(avoid);
        }

        if (weights is not null)
        {
            request.WithCustomWeights(weights);
        }

        RouteResult result;
        try
        {
            result = request.Calculate();
        }
        catch (SnapTooFarException e)
        {
            throw NoSegment(IndexOfRole(e.Role, points.Count), e.Message);
        }

        if (!result.IsFound)
        {
            throw new OsrmException(OsrmCodes.NoRoute, result.Failure.Message);
        }

        Route best = result.Route;
        var waypoints = new ServedWaypoint[best.Waypoints.Count];
        for (int i = 0; i < waypoints.Length; i++)
        {
            waypoints[i] = Waypoint(graph, best.Waypoints[i]);
            if (waypoints[i].DistanceMetres > Math.Max(radiusMetres[i], MinimumRadiusMetres))
            {
                throw NoSegment(i, FormattableString.Invariant($"the road it would be snapped to is {waypoints[i].DistanceMetres:0.#} m away, beyond its radius of {radiusMetres[i]:0.#} m."));
            }
        }

        return [.. ((Route[])[best, .. result.Alternatives]).Select(r => Served(graph, r, waypoints, steps, segments, language))];
    }

    private static ServedRoute Served(RoutingGraph graph, Route route, ServedWaypoint[] waypoints, bool steps, bool segments, string language)
    {
        IReadOnlyList<ServedStep>[]? legSteps = steps ? RouteSteps.Of(route, graph, language) : null;
        var legs = new ServedLeg[route.Legs.Count];
        for (int i = 0; i < legs.Length; i++)
        {
            RouteLeg leg = route.Legs[i];
            GeoPoint[] geometry = [.. leg.Geometry];
            legs[i] = new ServedLeg(geometry, leg.LengthMetres, leg.DurationSeconds, Summary(leg))
            {
                Steps = legSteps?[i] ?? [],
                SegmentMetres = segments || steps ? SegmentLengths(geometry) : [],
                ClimbMetres = leg.ElevationCoverage is null ? null : (leg.AscentMetres, leg.DescentMetres),
            };
            if (segments)
            {
                legs[i] = legs[i] with { SegmentSeconds = SegmentDurations(leg, legs[i].SegmentMetres) };
            }
        }

        return new ServedRoute(route.LengthMetres, route.DurationSeconds, legs, waypoints);
    }

    /// <summary>Durations and lengths from every source to every destination (NaN where no route), on the hierarchy.</summary>
    internal ServedTable Table(TravelMode mode, IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> destinations, double maxRadiusMetres,
        SnapConstraint[]? sourceConstraints = null, SnapConstraint[]? destinationConstraints = null, RoadClassSet excluded = default)
    {
        TravelMatrix matrix = TravelMatrix.Compute(GraphOf(mode), sources, destinations, new MatrixOptions
        {
            MaxSnapMetres = Math.Max(maxRadiusMetres, MinimumRadiusMetres),
            Excluded = excluded,
            SourceConstraints = sourceConstraints,
            TargetConstraints = destinationConstraints,
        });
        var durations = new double[sources.Count * destinations.Count];
        var distances = new double[durations.Length];
        for (int s = 0; s < sources.Count; s++)
        {
            for (int d = 0; d < destinations.Count; d++)
            {
                TravelCell cell = matrix[s, d];
                int k = (s * destinations.Count) + d;
                durations[k] = cell.IsFound ? cell.DurationSeconds : double.NaN;
                distances[k] = cell.IsFound ? cell.LengthMetres : double.NaN;
            }
        }

        return new ServedTable(durations, distances, sources.Count, destinations.Count);
    }

    /// <summary>
    /// The order of the fastest trip through <paramref name="points"/> (exact up to 12 points, else insertion and local search):
    /// a round trip starts at point 0; an open one starts at 0 when <paramref name="fixFirst"/> and ends at the last when <paramref name="fixLast"/>.
    /// </summary>
    /// <exception cref="OsrmException">NoTrips: some point cannot be reached from another.</exception>
    internal int[] TripOrder(TravelMode mode, IReadOnlyList<GeoPoint> points, double maxRadiusMetres, bool roundTrip, bool fixFirst, bool fixLast,
        SnapConstraint[]? constraints = null, RoadClassSet excluded = default)
    {
        TravelMatrix matrix = TravelMatrix.Compute(GraphOf(mode), points, points, new MatrixOptions
        {
            MaxSnapMetres = Math.Max(maxRadiusMetres, MinimumRadiusMetres),
            Excluded = excluded,
            SourceConstraints = constraints,
            TargetConstraints = constraints,
        });
        for (int s = 0; s < points.Count; s++)
        {
            for (int t = 0; t < points.Count; t++)
            {
                if (!matrix[s, t].IsFound)
                {
                    throw new OsrmException(OsrmCodes.NoTrips, $"No trip visits every point: coordinate {t} cannot be reached from coordinate {s} ({matrix[s, t].FailureMessage}).");
                }
            }
        }

        TourOptions options = roundTrip ? new TourOptions(ReturnToStart: true, Start: 0)
            : new TourOptions(ReturnToStart: false, Start: fixFirst ? 0 : null, End: fixLast ? points.Count - 1 : null);
        try
        {
            return [.. TourSolver.Solve(matrix.ToCostMatrix(TourCost.Duration), options).Order];
        }
        catch (NoTourException e)
        {
            throw new OsrmException(OsrmCodes.NoTrips, e.Message);
        }
    }

    /// <summary>Below this, a radius is read as this (the library wants a positive snapping distance).</summary>
    private const double MinimumRadiusMetres = 0.01;

    private static string Role(int index) => FormattableString.Invariant($"coordinate {index}");

    private static OsrmException NoSegment(int index, string why) =>
        new(OsrmCodes.NoSegment, FormattableString.Invariant($"Could not find a matching segment for coordinate {index}: {why}"));

    // RouteRequest names its points "from", "via i" and "to".
    private static int IndexOfRole(string role, int count) =>
        role == "from" ? 0 : role == "to" ? count - 1 : int.TryParse(role.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture, out int via) ? via : 0;

    private static ServedWaypoint Waypoint(RoutingGraph graph, SnapResult snap)
    {
        IReadOnlyDictionary<string, string> tags = graph.Network.EdgeTags(snap.Edge);
        string name = tags.TryGetValue("name", out string? n) ? n : tags.TryGetValue("ref", out string? r) ? r : "";
        return new ServedWaypoint(snap.Input, snap.Snapped, snap.DistanceMetres, name, snap.Edge, snap.OffsetMetres);
    }

    // OSRM's summary: the names of the two longest named stretches, in route order.
    private static string Summary(RouteLeg leg)
    {
        var byName = new Dictionary<string, (double Metres, int First)>();
        for (int i = 0; i < leg.Steps.Count; i++)
        {
            if (leg.Steps[i].RoadName is { Length: > 0 } name)
            {
                byName[name] = byName.TryGetValue(name, out var seen) ? (seen.Metres + leg.Steps[i].LengthMetres, seen.First) : (leg.Steps[i].LengthMetres, i);
            }
        }

        return string.Join(", ", byName.OrderByDescending(p => p.Value.Metres).Take(2).OrderBy(p => p.Value.First).Select(p => p.Key));
    }

    internal static double[] SegmentLengths(GeoPoint[] geometry)
    {
        var metres = new double[Math.Max(0, geometry.Length - 1)];
        for (int i = 0; i < metres.Length; i++)
        {
            metres[i] = Geodesic.Wgs84.Distance(geometry[i], geometry[i + 1]);
        }

        return metres;
    }

    /// <summary>Distance on the WGS84 ellipsoid, metres.</summary>
    internal static double DistanceMetres(GeoPoint from, GeoPoint to) => Geodesic.Wgs84.Distance(from, to);

    /// <summary>Bearing from <paramref name="from"/> to <paramref name="to"/>, whole degrees 0..359 (0 for one point).</summary>
    internal static int Bearing(GeoPoint from, GeoPoint to)
    {
        if (from == to)
        {
            return 0;
        }

        double azimuth = Geodesic.Wgs84.Inverse(from, to).Azimuth1Degrees;
        return ((int)Math.Round(azimuth) % 360 + 360) % 360;
    }

    // Each segment gets the pace of the way stretch its middle lies on, scaled so the segments add up to the leg's time.
    private static double[] SegmentDurations(RouteLeg leg, double[] metres)
    {
        var seconds = new double[metres.Length];
        if (leg.Steps.Count == 0)
        {
            double length = metres.Sum();
            return [.. metres.Select(m => length > 0 ? m * leg.DurationSeconds / length : 0)];
        }

        double along = 0, stepEnd = 0, total = 0;
        int step = -1;
        for (int i = 0; i < metres.Length; i++)
        {
            double middle = along + (metres[i] / 2);
            while (step + 1 < leg.Steps.Count && (step < 0 || middle > stepEnd))
            {
                step++;
                stepEnd += leg.Steps[step].LengthMetres;
            }

            RouteStep current = leg.Steps[Math.Max(step, 0)];
            seconds[i] = current.LengthMetres > 0 ? metres[i] * current.DurationSeconds / current.LengthMetres : 0;
            total += seconds[i];
            along += metres[i];
        }

        double scale = total > 0 ? leg.DurationSeconds / total : 0;
        for (int i = 0; i < seconds.Length; i++)
        {
            seconds[i] *= scale;
        }

        return seconds;
    }
}
