using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks;

/// <summary>Which fixed random pairs a query benchmark routes.</summary>
public enum PairSet
{
    /// <summary>The 100 pairs of the 2026-11-24 record (seed 42), whatever their length.</summary>
    Mixed,

    /// <summary>The 50 shortest found routes among 400 random pairs (seed 43).</summary>
    ShortRoutes,

    /// <summary>The 50 longest found routes among the same 400 pairs.</summary>
    LongRoutes,
}

/// <summary>Fixed random query pairs: points are first vertices of random usable edges, as in the first record.</summary>
internal static class QueryPairs
{
    public static GeoPoint[] RandomPoints(RoutingGraph graph, int count, int seed)
    {
        var random = new Random(seed);
        var points = new List<GeoPoint>(count);
        while (points.Count < count)
        {
            int edge = random.Next(graph.Network.EdgeCount);
            if (graph.IsUsable(edge))
            {
                points.Add(graph.Network.GetEdgeGeometry(edge)[0]);
            }
        }

        return [.. points];
    }

    public static (GeoPoint From, GeoPoint To)[] Of(RoutingGraph graph, PairSet set)
    {
        if (set == PairSet.Mixed)
        {
            GeoPoint[] points = RandomPoints(graph, 200, 42);
            return [.. Enumerable.Range(0, 100).Select(i => (points[2 * i], points[(2 * i) + 1]))];
        }

        // Classify by the found route's length; pairs with no route are left out of both sets.
        GeoPoint[] candidates = RandomPoints(graph, 800, 43);
        var found = new List<((GeoPoint, GeoPoint) Pair, double Metres)>();
        for (int i = 0; i < 400; i++)
        {
            RouteResult result = graph.Route().From(candidates[2 * i]).To(candidates[(2 * i) + 1]).Using(RouteAlgorithm.AStar).Calculate();
            if (result.IsFound)
            {
                found.Add(((candidates[2 * i], candidates[(2 * i) + 1]), result.Route.LengthMetres));
            }
        }

        IEnumerable<((GeoPoint, GeoPoint) Pair, double Metres)> ordered = found.OrderBy(f => f.Metres);
        return [.. (set == PairSet.ShortRoutes ? ordered.Take(50) : ordered.TakeLast(50)).Select(f => f.Pair)];
    }
}
