using Routes.Geo.Routing;
using Routes.Geo.Tours;

namespace Routes.Geo.Matrices;

/// <summary>
/// Durations and lengths of the routes from every source to every target on one <see cref="RoutingGraph"/>.
/// Each cell is found or says why not, so one bad point does not sink the matrix. Immutable.
/// </summary>
public sealed class TravelMatrix
{
    private readonly TravelCell[] _cells;

    private TravelMatrix(string profile, RouteMetric metric, IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, TravelCell[] cells)
    {
        Profile = profile;
        Metric = metric;
        Sources = sources;
        Targets = targets;
        _cells = cells;
    }

    /// <summary>The profile's name.</summary>
    public string Profile { get; }

    /// <summary>What each route minimised; both its duration and its length are kept.</summary>
    public RouteMetric Metric { get; }

    /// <summary>The sources (rows), as given.</summary>
    public IReadOnlyList<GeoPoint> Sources { get; }

    /// <summary>The targets (columns), as given.</summary>
    public IReadOnlyList<GeoPoint> Targets { get; }

    /// <summary>The route from source <paramref name="source"/> to target <paramref name="target"/>, or why there is none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public TravelCell this[int source, int target]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(source);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(source, Sources.Count);
            ArgumentOutOfRangeException.ThrowIfNegative(target);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, Targets.Count);
            return _cells[(source * Targets.Count) + target];
        }
    }

    /// <summary>
    /// Computes the matrix between <paramref name="points"/> and themselves (a square matrix for tours).
    /// </summary>
    /// <inheritdoc cref="Compute(RoutingGraph, IReadOnlyList{GeoPoint}, IReadOnlyList{GeoPoint}, RouteMetric, double, RouteAlgorithm)"/>
    public static TravelMatrix Compute(RoutingGraph graph, IReadOnlyList<GeoPoint> points, RouteMetric metric = RouteMetric.Fastest, double maxSnapMetres = RouteRequest.DefaultMaxSnapMetres) =>
        Compute(graph, points, points, metric, maxSnapMetres);

    /// <summary>
    /// Computes the route from every source to every target. With <see cref="RouteAlgorithm.Auto"/> the
    /// graph's contraction hierarchy answers (bucket many-to-many) when it is already prepared for the
    /// metric or the matrix has 400 cells or more; otherwise one A* query per pair, rows in parallel.
    /// A point that cannot be snapped fails its row or column, not the matrix.
    /// </summary>
    /// <param name="graph">The network and profile to route on.</param>
    /// <param name="sources">Start points; at least one.</param>
    /// <param name="targets">End points; at least one.</param>
    /// <param name="metric">What each route minimises (default fastest).</param>
    /// <param name="maxSnapMetres">Largest distance from a point to its road, metres.</param>
    /// <param name="algorithm">Which search fills the cells; all give the same costs.</param>
    /// <returns>The matrix, one <see cref="TravelCell"/> per pair.</returns>
    /// <exception cref="ArgumentException">The source or target list is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxSnapMetres"/> is not a positive finite number.</exception>
    public static TravelMatrix Compute(RoutingGraph graph, IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets,
        RouteMetric metric = RouteMetric.Fastest, double maxSnapMetres = RouteRequest.DefaultMaxSnapMetres, RouteAlgorithm algorithm = RouteAlgorithm.Auto)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        bool hierarchy = algorithm == RouteAlgorithm.ContractionHierarchy
            || (algorithm == RouteAlgorithm.Auto && (graph.PreparedHierarchy(metric) is not null || (long)sources.Count * targets.Count >= 400));
        return Compute(graph, sources, targets, metric, maxSnapMetres, hierarchy ? HierarchyMatrix.Instance : PointToPointMatrix.Instance);
    }

    /// <summary>
    /// Computes the route from every source to every target as <paramref name="options"/> says: per-point headings and
    /// approaches (<see cref="SnapConstraint"/>), and road classes left out (on the customizable hierarchy). Without
    /// exclusions the strategy is the one <see cref="RouteAlgorithm.Auto"/> picks.
    /// </summary>
    /// <param name="graph">The network and profile to route on.</param>
    /// <param name="sources">Start points; at least one.</param>
    /// <param name="targets">End points; at least one.</param>
    /// <param name="options">Metric, snapping distance, constraints and exclusions.</param>
    /// <returns>The matrix, one <see cref="TravelCell"/> per pair; a point with no road meeting its constraint fails its row or column.</returns>
    /// <exception cref="ArgumentException">The source or target list is empty, or a constraint list's length differs from its points'.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The snapping distance is not a positive finite number.</exception>
    public static TravelMatrix Compute(RoutingGraph graph, IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets, MatrixOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(options);
        if (options.SourceConstraints is { } sc && sc.Count != sources.Count)
        {
            throw new ArgumentException($"There are {sc.Count} source constraints for {sources.Count} sources; give one (or null) per source.", nameof(options));
        }

        if (options.TargetConstraints is { } tc && tc.Count != targets.Count)
        {
            throw new ArgumentException($"There are {tc.Count} target constraints for {targets.Count} targets; give one (or null) per target.", nameof(options));
        }

        IMatrixStrategy strategy = !options.Excluded.IsEmpty ? new CustomizedMatrix(options.Excluded)
            : graph.PreparedHierarchy(options.Metric) is not null || (long)sources.Count * targets.Count >= 400 ? HierarchyMatrix.Instance : PointToPointMatrix.Instance;
        return Compute(graph, sources, targets, options.Metric, options.MaxSnapMetres, strategy, options);
    }

    internal static TravelMatrix Compute(RoutingGraph graph, IReadOnlyList<GeoPoint> sources, IReadOnlyList<GeoPoint> targets,
        RouteMetric metric, double maxSnapMetres, IMatrixStrategy strategy, MatrixOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(targets);
        if (sources.Count == 0)
        {
            throw new ArgumentException("A travel matrix needs at least one source point; the source list is empty.", nameof(sources));
        }

        if (targets.Count == 0)
        {
            throw new ArgumentException("A travel matrix needs at least one target point; the target list is empty.", nameof(targets));
        }

        if (!double.IsFinite(maxSnapMetres) || maxSnapMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxSnapMetres), maxSnapMetres, "The maximum snapping distance must be a positive number of metres.");
        }

        GeoPoint[] from = [.. sources], to = [.. targets];
        Predicate<int>? accept = null;
        if (options is { Excluded.IsEmpty: false })
        {
            double[] weight = graph.Customized(metric, options.Excluded).DirectedWeights;
            accept = e => double.IsFinite(weight[2 * e]) || double.IsFinite(weight[(2 * e) + 1]);
        }

        (SnapResult?[] fromSnaps, SnapTooFarException?[] fromErrors) = SnapAll(graph, from, "source", maxSnapMetres, accept, options?.SourceConstraints);
        (SnapResult?[] toSnaps, SnapTooFarException?[] toErrors) = SnapAll(graph, to, "target", maxSnapMetres, accept, options?.TargetConstraints);
        var cells = new TravelCell?[from.Length * to.Length];
        strategy.Compute(graph, fromSnaps, toSnaps, metric, cells);
        var candidates = new MatrixCandidates(graph, fromSnaps, toSnaps, metric, maxSnapMetres, strategy, options?.Excluded ?? default, accept);
        candidates.TryOppositeCarriageways(cells);
        candidates.RetryFromLargeComponents(cells);
        var filled = new TravelCell[cells.Length];
        for (int s = 0; s < from.Length; s++)
        {
            for (int t = 0; t < to.Length; t++)
            {
                int i = (s * to.Length) + t;
                filled[i] = cells[i] ?? TravelCell.NotSnapped((fromErrors[s] ?? toErrors[t])!);
            }
        }

        return new TravelMatrix(graph.Profile.Name, metric, from, to, filled);
    }

    /// <summary>The cells' costs in <paramref name="by"/> as a <see cref="CostMatrix"/> for <see cref="TourSolver"/> (+∞ where not found).</summary>
    /// <returns>The square cost matrix.</returns>
    /// <exception cref="InvalidOperationException">The sources and targets differ: a tour needs a square matrix of one point set.</exception>
    public CostMatrix ToCostMatrix(TourCost by = TourCost.Duration)
    {
        if (!Sources.SequenceEqual(Targets))
        {
            throw new InvalidOperationException("A tour needs the matrix of one point set with itself; this matrix has different sources and targets.");
        }

        return CostMatrix.Create(Sources.Count, (s, t) => _cells[(s * Targets.Count) + t].CostIn(by));
    }

    private static (SnapResult?[] Snaps, SnapTooFarException?[] Errors) SnapAll(RoutingGraph graph, GeoPoint[] points, string role, double maxSnapMetres,
        Predicate<int>? accept = null, IReadOnlyList<SnapConstraint?>? constraints = null)
    {
        var snaps = new SnapResult?[points.Length];
        var errors = new SnapTooFarException?[points.Length];
        for (int i = 0; i < points.Length; i++)
        {
            try
            {
                snaps[i] = graph.Snap(points[i], maxSnapMetres, FormattableString.Invariant($"{role} {i}"), accept, constraints?[i]);
            }
            catch (SnapTooFarException e)
            {
                errors[i] = e;
            }
        }

        return (snaps, errors);
    }
}
