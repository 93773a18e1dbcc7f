using System.Diagnostics;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>Stopwatch timings per query, in seconds, split into what a public query does.</summary>
internal static class QueryTimer
{
    /// <summary>Whole public query: snap both points, search, build the route.</summary>
    public static List<double> Full(RoutingGraph graph, IReadOnlyList<(GeoPoint From, GeoPoint To)> pairs, RouteAlgorithm algorithm, int repeat = 1)
    {
        var times = new List<double>(pairs.Count * repeat);
        for (int round = 0; round < repeat; round++)
        {
            foreach ((GeoPoint from, GeoPoint to) in pairs)
            {
                long start = Stopwatch.GetTimestamp();
                graph.Route().From(from).To(to).Using(algorithm).Calculate();
                times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
        }

        return times;
    }

    /// <summary>
    /// Runs whole queries, snapping and route building for about <paramref name="seconds"/>, then pauses, so the timed
    /// runs see tier-1 code rather than the JIT's first, unoptimised tier (it promotes hot methods in the background).
    /// </summary>
    public static void WarmUp(RoutingGraph graph, IReadOnlyList<(GeoPoint From, GeoPoint To)> pairs, double seconds = 1.5)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (RouteAlgorithm algorithm in (RouteAlgorithm[])[RouteAlgorithm.ContractionHierarchy, RouteAlgorithm.AStar, RouteAlgorithm.Dijkstra])
            {
                Full(graph, pairs, algorithm);
                SearchOnly(graph, pairs, algorithm);
            }

            Build(graph, pairs);
        }

        Thread.Sleep(200);
    }

    /// <summary>Snapping one point (the STR-tree lookup and projection).</summary>
    public static List<double> Snap(RoutingGraph graph, IEnumerable<GeoPoint> points)
    {
        var times = new List<double>();
        foreach (GeoPoint point in points)
        {
            long start = Stopwatch.GetTimestamp();
            graph.Snap(point);
            times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        return times;
    }

    /// <summary>The search alone on pre-snapped points of one component (no snapping, no route building).</summary>
    public static List<double> SearchOnly(RoutingGraph graph, IReadOnlyList<(GeoPoint From, GeoPoint To)> pairs, RouteAlgorithm algorithm, int repeat = 1)
    {
        var snapped = pairs.Select(p => (From: graph.Snap(p.From), To: graph.Snap(p.To)))
            .Where(p => graph.EdgeComponent[p.From.Edge] == graph.EdgeComponent[p.To.Edge]).ToList();
        var times = new List<double>(snapped.Count * repeat);
        for (int round = 0; round < repeat; round++)
        {
            foreach ((SnapResult from, SnapResult to) in snapped)
            {
                long start = Stopwatch.GetTimestamp();
                graph.Search(from, to, RouteMetric.Fastest, algorithm);
                times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
        }

        return times;
    }

    /// <summary>
    /// Building the route alone (geometry, lengths, steps) from paths the hierarchy found beforehand, with the
    /// median directed edges and points per route: what a whole query adds to snapping and the search.
    /// </summary>
    public static (List<double> Times, double Edges, double Points) Build(RoutingGraph graph, IReadOnlyList<(GeoPoint From, GeoPoint To)> pairs, int repeat = 1)
    {
        var found = new List<(SnapResult From, SnapResult To, int[] Path)>();
        foreach ((GeoPoint from, GeoPoint to) in pairs)
        {
            SnapResult a = graph.Snap(from), b = graph.Snap(to);
            if (graph.Search(a, b, RouteMetric.Fastest, RouteAlgorithm.ContractionHierarchy) is { } path)
            {
                found.Add((a, b, path.Path));
            }
        }

        var times = new List<double>(found.Count * repeat);
        var points = new List<double>(found.Count);
        for (int round = 0; round < repeat; round++)
        {
            foreach ((SnapResult from, SnapResult to, int[] path) in found)
            {
                long start = Stopwatch.GetTimestamp();
                RouteLeg leg = RouteBuilder.BuildLeg(graph, from, to, path);
                times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
                if (round == 0)
                {
                    points.Add(leg.Geometry.Count);
                }
            }
        }

        return (times, Percentiles.Of([.. found.Select(f => (double)f.Path.Length)], 50), Percentiles.Of(points, 50));
    }

    /// <summary>Route lengths of the pairs (metres; unfound pairs left out), to describe a pair set.</summary>
    public static List<double> Lengths(RoutingGraph graph, IEnumerable<(GeoPoint From, GeoPoint To)> pairs) =>
        [.. pairs.Select(p => graph.Route().From(p.From).To(p.To).Using(RouteAlgorithm.ContractionHierarchy).Calculate())
            .Where(r => r.IsFound).Select(r => r.Route.LengthMetres)];
}
