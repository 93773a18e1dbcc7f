using NetTopologySuite.Geometries;
using Routes.Geo.Geodesy;
using Routes.Geo.Routing;

namespace Routes.Geo.Isochrones;

/// <summary>
/// Isochrones: the areas reachable from a point within travel times, with a graph's profile (turn restrictions and
/// barriers apply), several bands from one search.
/// </summary>
/// <remarks>
/// One search to the largest time gives the cost on entering every road piece; each band takes the pieces entered
/// within its time, the last one cut where time runs out. The search is a bounded Dijkstra, or PHAST over a prepared
/// contraction hierarchy (an upward search, then one sweep over all nodes in descending rank), whichever
/// <see cref="IsochroneSearch.Auto"/> measured faster for the reach (see <see cref="UsesHierarchy"/>). The polygon is
/// the closing of the reached roads on a grid in metres around the origin (<see cref="IsochroneShape"/> gives its
/// tolerance), traced by marching squares and returned in WGS84; areas are on the WGS84 ellipsoid.
/// </remarks>
public static class Isochrone
{
    /// <inheritdoc cref="Compute(RoutingGraph, GeoPoint, IReadOnlyList{TimeSpan}, IsochroneOptions?)"/>
    public static IsochroneResult Compute(RoutingGraph graph, GeoPoint origin, TimeSpan within, IsochroneOptions? options = null) =>
        Compute(graph, origin, [within], options);

    /// <summary>
    /// Computes the areas reachable from <paramref name="origin"/> within each of <paramref name="bands"/> on <paramref name="graph"/>.
    /// </summary>
    /// <param name="graph">The network and profile.</param>
    /// <param name="origin">The start point; snapped to the nearest usable road, or, when that road lies in a small isolated
    /// piece of the network, to the nearest road of a large strongly connected component within reach (see the result's
    /// <see cref="IsochroneResult.Origin"/>, whose <see cref="SnapResult.Candidate"/> says which).</param>
    /// <param name="bands">Travel times, each positive and at most a day; repeats are dropped.</param>
    /// <param name="options">Shape, search and snapping distance; null for the defaults.</param>
    /// <returns>One band per distinct time, shortest first, each containing the shorter ones.</returns>
    /// <exception cref="ArgumentException">No time is given.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time is not positive or over a day, or the shape is invalid (see <see cref="IsochroneShape"/>).</exception>
    /// <exception cref="SnapTooFarException">No usable road lies within <see cref="IsochroneOptions.MaxSnapMetres"/> of the origin.</exception>
    public static IsochroneResult Compute(RoutingGraph graph, GeoPoint origin, IReadOnlyList<TimeSpan> bands, IsochroneOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(bands);
        options ??= new IsochroneOptions();
        TimeSpan[] times = [.. bands.Distinct().Order()];
        if (times.Length == 0)
        {
            throw new ArgumentException("Give at least one travel time.", nameof(bands));
        }

        if (times[0] <= TimeSpan.Zero || times[^1] > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(nameof(bands), times[0] <= TimeSpan.Zero ? times[0] : times[^1], "Each travel time must be positive and at most a day.");
        }

        IsochroneShape shape = options.Shape ?? IsochroneShape.For(graph.Profile);
        shape.Validate();
        // An origin on a small isolated piece (a courtyard path) starts, as a route would on retry, from a large component.
        SnapResult nearest = graph.Snap(origin, options.MaxSnapMetres, "isochrone origin");
        SnapResult snap = graph.LargeComponentCandidate(nearest, options.MaxSnapMetres) ?? nearest;
        double budget = times[^1].TotalSeconds;
        bool hierarchy = options.Search == IsochroneSearch.Hierarchy
            || (options.Search == IsochroneSearch.Auto && UsesHierarchy(graph, budget));
        ReachedNetwork reached = hierarchy
            ? OneToAll.Phast(graph.Prepare(RouteMetric.Fastest), snap, budget)
            : OneToAll.Dijkstra(graph, snap, budget, RouteMetric.Fastest);

        var plane = new LocalPlane(snap.Snapped);
        List<ReachSearch.Piece>[] pieces = [.. times.Select(t => reached.Pieces(t.TotalSeconds))];
        List<double[]>[] lines = [.. pieces.Select(p => ReachArea.Lines(graph.Network, plane, p))];
        shape = Resolve(shape, ReachArea.Bounds(lines[^1]));
        var result = new IsochroneBand[times.Length];
        for (int b = 0; b < times.Length; b++)
        {
            Geometry area = ReachArea.Build(lines[b], plane, shape);
            result[b] = new IsochroneBand(times[b], area, EllipsoidMeasure.Area(area), pieces[b].Count);
        }

        return new IsochroneResult(snap, graph.Profile.Name, result, shape, hierarchy ? IsochroneSearch.Hierarchy : IsochroneSearch.Dijkstra);
    }

    /// <summary>
    /// Whether <see cref="IsochroneSearch.Auto"/> sweeps the hierarchy: only when one is prepared for the fastest metric
    /// and the budget, at the profile's top speed, spans a quarter of the network's diagonal or more (the sweep costs the
    /// whole graph, Dijkstra what it reaches; on the extracts the sweep was as fast or faster from there on).
    /// </summary>
    internal static bool UsesHierarchy(RoutingGraph graph, double budgetSeconds)
    {
        if (graph.PreparedHierarchy(RouteMetric.Fastest) is null)
        {
            return false;
        }

        return budgetSeconds * graph.MaxSpeedMetresPerSecond >= HierarchyReachFraction * Diagonal(graph);
    }

    // Measured on the extracts (benchmarks/results/2026-12-02-isochrones.md).
    private const double HierarchyReachFraction = 0.25;

    private static double Diagonal(RoutingGraph graph)
    {
        RoadNetwork network = graph.Network;
        double minLat = 90, maxLat = -90, minLon = 180, maxLon = -180;
        for (int v = 0; v < network.VertexCount; v++)
        {
            (minLat, maxLat) = (Math.Min(minLat, network.VertexLat[v]), Math.Max(maxLat, network.VertexLat[v]));
            (minLon, maxLon) = (Math.Min(minLon, network.VertexLon[v]), Math.Max(maxLon, network.VertexLon[v]));
        }

        return network.VertexCount == 0 ? 0 : Geodesic.Wgs84.Distance(minLat, minLon, maxLat, maxLon);
    }

    // A reach too wide for the grid gets coarser cells, and the band keeps at least three of them.
    private static IsochroneShape Resolve(IsochroneShape shape, Envelope box)
    {
        double cell = ReachArea.CellFor(box, shape.CellMetres, shape.BufferMetres + shape.GapMetres);
        return cell <= shape.CellMetres ? shape : shape with { CellMetres = cell, BufferMetres = Math.Max(shape.BufferMetres, 3 * cell) };
    }
}
