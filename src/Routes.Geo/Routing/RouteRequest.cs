using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo;

/// <summary>
/// A route query being put together: <c>graph.Route().From(a).Via(b).To(c).Shortest().Calculate()</c>.
/// Each call returns this request; <see cref="Calculate"/> runs it. A request is cheap; make one per query.
/// </summary>
public sealed class RouteRequest
{
    /// <summary>Default maximum distance from a coordinate to the road it snaps to, metres.</summary>
    public const double DefaultMaxSnapMetres = 250;

    private readonly RoutingGraph _graph;
    private readonly List<GeoPoint> _points = [];
    private GeoPoint? _from;
    private GeoPoint? _to;
    private RouteMetric _metric = RouteMetric.Fastest;
    private double _maxSnapMetres = DefaultMaxSnapMetres;
    private RouteAlgorithm _algorithm = RouteAlgorithm.Auto;
    private RoadClassSet _excluded;
    private AvoidArea? _avoided;
    private CustomWeights? _custom;
    private Predicate<int>? _acceptEdge;
    private int _alternatives;

    internal RouteRequest(RoutingGraph graph) => _graph = graph;

    /// <summary>Sets the start.</summary>
    public RouteRequest From(GeoPoint point)
    {
        _from = point;
        return this;
    }

    /// <summary>Sets the start from latitude and longitude in degrees.</summary>
    /// <exception cref="InvalidCoordinateException">The values are not a valid WGS84 position; the message names "from".</exception>
    public RouteRequest From(double latitude, double longitude) => From(new GeoPoint(latitude, longitude, "route start (from)"));

    /// <summary>Adds an intermediate point the route must pass, after those already added.</summary>
    public RouteRequest Via(GeoPoint point)
    {
        _points.Add(point);
        return this;
    }

    /// <summary>Sets the destination.</summary>
    public RouteRequest To(GeoPoint point)
    {
        _to = point;
        return this;
    }

    /// <summary>Sets the destination from latitude and longitude in degrees.</summary>
    /// <exception cref="InvalidCoordinateException">The values are not a valid WGS84 position; the message names "to".</exception>
    public RouteRequest To(double latitude, double longitude) => To(new GeoPoint(latitude, longitude, "route destination (to)"));

    /// <summary>Chooses what the route minimises (default <see cref="RouteMetric.Fastest"/>).</summary>
    public RouteRequest Minimizing(RouteMetric metric)
    {
        _metric = metric;
        return this;
    }

    /// <summary>Minimise travel time.</summary>
    public RouteRequest Fastest() => Minimizing(RouteMetric.Fastest);

    /// <summary>Minimise length.</summary>
    public RouteRequest Shortest() => Minimizing(RouteMetric.Shortest);

    /// <summary>Chooses the search (default <see cref="RouteAlgorithm.Auto"/>); all give routes of the same cost.</summary>
    public RouteRequest Using(RouteAlgorithm algorithm)
    {
        _algorithm = algorithm;
        return this;
    }

    /// <summary>
    /// Leaves out every road of the given classes (added to those already excluded): the route never uses one, and no
    /// point snaps onto one. The query then runs on the customizable hierarchy, customized once per metric and set of
    /// classes and cached (see <see cref="RoutingGraph.Customized(RouteMetric, RoadClassSet, AvoidArea?)"/>), whatever <see cref="Using"/> chose.
    /// </summary>
    /// <exception cref="UnknownRoadClassException">A value is not a defined <see cref="RoadClass"/>.</exception>
    public RouteRequest Excluding(params RoadClass[] classes) => Excluding(RoadClassSet.Of(classes));

    /// <summary>Leaves out every road of the classes in <paramref name="classes"/>; see <see cref="Excluding(RoadClass[])"/>.</summary>
    public RouteRequest Excluding(RoadClassSet classes)
    {
        _excluded = RoadClassSet.Of([.. _excluded.Classes, .. classes.Classes]);
        return this;
    }

    /// <summary>
    /// Leaves out every road whose geometry touches or enters <paramref name="area"/> (added to areas already avoided):
    /// the route never enters it, and no point snaps onto such a road (a point inside the area snaps to the nearest road
    /// outside, within the snapping distance). Runs on the customizable hierarchy like <see cref="Excluding(RoadClass[])"/>,
    /// customized once per metric, classes and areas (<see cref="AvoidArea.Key"/>) and cached.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is null.</exception>
    public RouteRequest Avoiding(AvoidArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        _avoided = _avoided is null ? area : _avoided.With(area);
        return this;
    }

    /// <summary>
    /// Weighs roads by <paramref name="weights"/> (speed and priority rules, see <see cref="CustomWeights"/>) on top of the
    /// profile's, replacing weights set before; runs on the customizable hierarchy, customized once per metric, exclusions,
    /// areas and rules (<see cref="CustomWeights.Key"/>) and cached. The route's length and duration stay the profile's.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public RouteRequest WithCustomWeights(CustomWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _custom = weights.Rules.Count == 0 ? null : weights;
        return this;
    }

    /// <summary>
    /// Asks for up to <paramref name="count"/> alternative routes besides the best (<see cref="RouteResult.Alternatives"/>),
    /// found on the customizable hierarchy with this request's metric and exclusions; only for a request without via
    /// points (with vias none are given). Admissible alternatives are defined in <see cref="AlternativeRoutes"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="AlternativeRoutes.MaxCount"/>.</exception>
    public RouteRequest Alternatives(int count)
    {
        if (count < 0 || count > AlternativeRoutes.MaxCount)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Between 0 and {AlternativeRoutes.MaxCount} alternative routes may be asked for.");
        }

        _alternatives = count;
        return this;
    }

    /// <summary>Sets the maximum snapping distance in metres (default <see cref="DefaultMaxSnapMetres"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The distance is not a positive finite number.</exception>
    public RouteRequest WithMaxSnapDistance(double metres)
    {
        if (!double.IsFinite(metres) || metres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(metres), metres, "The maximum snapping distance must be a positive number of metres.");
        }

        _maxSnapMetres = metres;
        return this;
    }

    /// <summary>
    /// Snaps every point and computes the route leg by leg.
    /// </summary>
    /// <returns>The route, or a <see cref="NoRoute"/> naming the leg that cannot be travelled and why.</returns>
    /// <exception cref="InvalidOperationException">From or To was not set.</exception>
    /// <exception cref="SnapTooFarException">A point has no usable road within the maximum snapping distance; the message names which point and the distance.</exception>
    /// <exception cref="InvalidCustomWeightsException">A custom-weight rule names a way key the network's import did not keep; names the rule and the key.</exception>
    public RouteResult Calculate()
    {
        if (_from is null || _to is null)
        {
            throw new InvalidOperationException("A route needs both From(...) and To(...).");
        }

        GeoPoint[] points = [_from.Value, .. _points, _to.Value];
        if (Customizes)
        {
            double[] weight = _graph.Customized(_metric, _excluded, _avoided, _custom).DirectedWeights;
            _acceptEdge = e => double.IsFinite(weight[2 * e]) || double.IsFinite(weight[(2 * e) + 1]);
        }

        var snaps = new SnapResult[points.Length];
        for (int i = 0; i < points.Length; i++)
        {
            string role = i == 0 ? "from" : i == points.Length - 1 ? "to" : $"via {i}";
            snaps[i] = _graph.Snap(points[i], _maxSnapMetres, role, _acceptEdge);
        }

        // Beside a dual carriageway both halves are tried, and the cheaper route wins.
        SnapResult?[]? opposite = null;
        for (int i = 0; i < snaps.Length; i++)
        {
            if (_graph.OppositeCarriageway(snaps[i], _maxSnapMetres) is { } other && (_acceptEdge is null || _acceptEdge(other.Edge)))
            {
                (opposite ??= new SnapResult?[snaps.Length])[i] = other;
            }
        }

        if (opposite is not null)
        {
            SnapResult[][] candidates = Candidates(snaps, opposite, large: false);
            // One route on a hierarchy: both halves of each end seed one search, rather than one search per pair.
            // The plain hierarchy knows no excluded classes, so a request excluding some searches each pair customized.
            if (candidates.Length == 2 && !Customizes && _graph.HierarchyFor(_metric, _algorithm) is { } ch
                && HierarchyCandidateSearch.Run(ch, candidates[0], candidates[1]) is { } one)
            {
                return Found([candidates[0][one.Source], candidates[1][one.Target]], [one.Found]);
            }

            CandidateLegs.Choice choice = CandidateLegs.Choose(_graph, candidates, Search);
            return choice.IsFound ? Found(choice.Snaps, choice.Paths) : Retry(snaps, opposite);
        }

        var paths = new EdgeSearch.Found[snaps.Length - 1];
        for (int i = 0; i < paths.Length; i++)
        {
            SnapResult a = snaps[i], b = snaps[i + 1];
            EdgeSearch.Found? found = _graph.EdgeComponent[a.Edge] != _graph.EdgeComponent[b.Edge] ? null : Search(a, b);
            if (found is null)
            {
                return Retry(snaps, opposite);
            }

            paths[i] = found.Value;
        }

        return Found(snaps, paths);
    }

    private EdgeSearch.Found? Search(SnapResult a, SnapResult b) =>
        !Customizes ? _graph.Search(a, b, _metric, _algorithm) : _graph.SearchCustomized(a, b, _metric, _excluded, _avoided, _custom);

    // Excluded classes, avoided areas or custom weights: only the customized hierarchy knows them.
    private bool Customizes => !_excluded.IsEmpty || _avoided is not null || _custom is not null;

    // A leg failed from the nearest snaps: try the points' large-component candidates before saying "no route".
    private RouteResult Retry(SnapResult[] nearest, SnapResult?[]? opposite)
    {
        CandidateLegs.Choice choice = CandidateLegs.Choose(_graph, Candidates(nearest, opposite, large: true), Search);
        if (choice.IsFound)
        {
            return Found(choice.Snaps, choice.Paths);
        }

        SnapResult from = nearest[choice.FailedLeg], to = nearest[choice.FailedLeg + 1];
        return RouteResult.NotFound(new NoRoute(_graph.Explain(choice.Reason, from, to), choice.FailedLeg, from.Input, to.Input, _graph.Profile.Name));
    }

    // Each point's candidates, its nearest snap first.
    private SnapResult[][] Candidates(SnapResult[] nearest, SnapResult?[]? opposite, bool large)
    {
        var candidates = new SnapResult[nearest.Length][];
        for (int i = 0; i < nearest.Length; i++)
        {
            candidates[i] = CandidateLegs.CandidatesOf(nearest[i], opposite?[i], large ? _graph.LargeComponentCandidate(nearest[i], _maxSnapMetres, _acceptEdge) : null);
        }

        return candidates;
    }

    private RouteResult Found(SnapResult[] snaps, EdgeSearch.Found[] paths)
    {
        var legs = new List<RouteLeg>(paths.Length);
        double length = 0, duration = 0;
        for (int i = 0; i < paths.Length; i++)
        {
            RouteLeg leg = RouteBuilder.BuildLeg(_graph, snaps[i], snaps[i + 1], paths[i].Path);
            legs.Add(leg);
            length += leg.LengthMetres;
            duration += leg.DurationSeconds;
        }

        return RouteResult.Found(new Route(_graph.Profile.Name, _metric, JoinGeometry(legs), length, duration, legs, snaps) { Graph = _graph }.WithElevationFromLegs(), AlternativesOf(snaps, paths));
    }

    private List<Route>? AlternativesOf(SnapResult[] snaps, EdgeSearch.Found[] paths)
    {
        if (_alternatives == 0 || paths.Length != 1)
        {
            return null;
        }

        var routes = new List<Route>();
        foreach (AlternativeRoutes.Alternative alternative in AlternativeRoutes.Find(_graph.Customized(_metric, _excluded, _avoided, _custom), snaps[0], snaps[1], paths[0], _alternatives))
        {
            RouteLeg leg = RouteBuilder.BuildLeg(_graph, snaps[0], snaps[1], alternative.Path);
            routes.Add(new Route(_graph.Profile.Name, _metric, leg.Geometry, leg.LengthMetres, leg.DurationSeconds, [leg], snaps) { Graph = _graph }.WithElevationFromLegs());
        }

        return routes;
    }

    // A single leg's line is the route's line, shared rather than copied (both are read-only views);
    // several legs are joined once, dropping the point where one leg ends and the next begins.
    private static IReadOnlyList<GeoPoint> JoinGeometry(List<RouteLeg> legs)
    {
        if (legs.Count == 1)
        {
            return legs[0].Geometry;
        }

        int capacity = 0;
        foreach (RouteLeg leg in legs)
        {
            capacity += leg.Geometry.Count;
        }

        var geometry = new List<GeoPoint>(capacity);
        foreach (RouteLeg leg in legs)
        {
            IReadOnlyList<GeoPoint> line = leg.Geometry;
            for (int k = geometry.Count > 0 && geometry[^1] == line[0] ? 1 : 0; k < line.Count; k++)
            {
                geometry.Add(line[k]);
            }
        }

        return geometry;
    }
}
