using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Matrices;

/// <summary>
/// How <see cref="TravelMatrix.Compute(Routing.RoutingGraph, IReadOnlyList{GeoPoint}, IReadOnlyList{GeoPoint}, MatrixOptions)"/>
/// snaps and routes: the metric, the snapping distance, per-point <see cref="SnapConstraint"/>s (headings, approaches) and
/// the road classes left out. Immutable once made (init-only).
/// </summary>
public sealed class MatrixOptions
{
    /// <summary>What each route minimises (default fastest).</summary>
    public RouteMetric Metric { get; init; } = RouteMetric.Fastest;

    /// <summary>Largest distance from a point to its road, metres (default <see cref="RouteRequest.DefaultMaxSnapMetres"/>).</summary>
    public double MaxSnapMetres { get; init; } = RouteRequest.DefaultMaxSnapMetres;

    /// <summary>
    /// Road classes no route uses and no point snaps onto (default none). When not empty, every cell is one query on the
    /// customizable hierarchy customized without them, with the same other-carriageway and large-component candidates as
    /// <see cref="RouteRequest.Excluding(RoadClassSet)"/>.
    /// </summary>
    public RoadClassSet Excluded { get; init; }

    /// <summary>One constraint per source (null entries, or a null list: none); its length must match the sources'.</summary>
    public IReadOnlyList<SnapConstraint?>? SourceConstraints { get; init; }

    /// <summary>One constraint per target (null entries, or a null list: none); its length must match the targets'.</summary>
    public IReadOnlyList<SnapConstraint?>? TargetConstraints { get; init; }
}
