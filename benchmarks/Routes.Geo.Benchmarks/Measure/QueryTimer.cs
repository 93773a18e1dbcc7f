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

    /// <summary>Route lengths of the pairs (metres; unfound pairs left out), to describe a pair set.</summary>
    public static List<double> Lengths(RoutingGraph graph, IEnumerable<(GeoPoint From, GeoPoint To)> pairs) =>
        [.. pairs.Select(p => graph.Route().From(p.From).To(p.To).Using(RouteAlgorithm.ContractionHierarchy).Calculate())
            .Where(r => r.IsFound).Select(r => r.Route.LengthMetres)];
}
