using Routes.Geo.Routing;

namespace Routes.Geo;

/// <summary>The part of a route between two consecutive points of the query.</summary>
/// <param name="From">Where this leg starts (snapped).</param>
/// <param name="To">Where this leg ends (snapped).</param>
/// <param name="Geometry">The leg's polyline.</param>
/// <param name="LengthMetres">Length, metres.</param>
/// <param name="DurationSeconds">Travel time, seconds.</param>
/// <param name="Steps">The stretches along one way each, in order.</param>
public sealed partial record RouteLeg(
    SnapResult From,
    SnapResult To,
    IReadOnlyList<GeoPoint> Geometry,
    double LengthMetres,
    double DurationSeconds,
    IReadOnlyList<RouteStep> Steps)
{
    // The searched edges, for turn-by-turn instructions; null on a leg built by hand.
    internal LegTrace? Trace { get; init; }
}

/// <summary>A stretch of a leg along one way.</summary>
/// <param name="WayId">The way's id in the source (OpenStreetMap way id).</param>
/// <param name="RoadName">The way's <c>name</c>, else its <c>ref</c>, else null.</param>
/// <param name="LengthMetres">Length of the stretch, metres.</param>
/// <param name="DurationSeconds">Time on the stretch, seconds.</param>
public sealed record RouteStep(long WayId, string? RoadName, double LengthMetres, double DurationSeconds);
