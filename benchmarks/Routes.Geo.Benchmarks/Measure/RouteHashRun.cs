using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode <c>routehash [--extract E] [--profile P] [--pairs N] [--metric M] [--algorithm A]</c>: a SHA-256 over every route's length,
/// duration, leg figures, snapped ends and geometry doubles (or its failure) on N seeded random pairs, each metric
/// by plain search and on the contraction hierarchy, so that two builds can be compared bit for bit.
/// </summary>
internal static class RouteHashRun
{
    public static int Run(Options options)
    {
        int pairs = options.Int("pairs", 10_000);
        foreach (string extract in options.Text("extract", string.Join(',', Extracts.Names)).Split(','))
        {
            foreach (string profile in options.Text("profile", "foot,car,bicycle").Split(','))
            {
                RoutingGraph graph = Extracts.Graph(extract, profile);
                (GeoPoint From, GeoPoint To)[] points = Pairs(graph, pairs, seed: 12);
                foreach (RouteMetric metric in options.Text("metric", "Fastest,Shortest").Split(',').Select(Enum.Parse<RouteMetric>))
                {
                    foreach (RouteAlgorithm algorithm in options.Text("algorithm", "AStar,ContractionHierarchy").Split(',').Select(Enum.Parse<RouteAlgorithm>))
                    {
                        var watch = Stopwatch.StartNew();
                        (string hash, int found) = Hash(graph, points, metric, algorithm);
                        Console.WriteLine($"{extract} {profile} {metric} {algorithm}: {found}/{points.Length} found, sha256 {hash} ({watch.Elapsed.TotalSeconds:0.0} s)");
                    }
                }
            }
        }

        return 0;
    }

    // Points near roads, not on them, so snapping (and its second candidates) is part of what is compared.
    private static (GeoPoint From, GeoPoint To)[] Pairs(RoutingGraph graph, int count, int seed)
    {
        var random = new Random(seed);
        GeoPoint Near()
        {
            while (true)
            {
                int edge = random.Next(graph.Network.EdgeCount);
                if (graph.IsUsable(edge))
                {
                    GeoPoint p = graph.Network.GetEdgeGeometry(edge)[0];
                    return new GeoPoint(p.Latitude + ((random.NextDouble() - 0.5) * 6e-4), p.Longitude + ((random.NextDouble() - 0.5) * 6e-4));
                }
            }
        }

        return [.. Enumerable.Range(0, count).Select(_ => (Near(), Near()))];
    }

    private static (string Hash, int Found) Hash(RoutingGraph graph, (GeoPoint From, GeoPoint To)[] pairs, RouteMetric metric, RouteAlgorithm algorithm)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] buffer = new byte[8];
        void Add(double value)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(buffer, value);
            sha.AppendData(buffer);
        }

        int found = 0;
        foreach ((GeoPoint from, GeoPoint to) in pairs)
        {
            RouteResult result;
            try
            {
                result = graph.Route().From(from).To(to).Minimizing(metric).Using(algorithm).Calculate();
            }
            catch (SnapTooFarException)
            {
                Add(-1);
                continue;
            }

            if (!result.IsFound)
            {
                Add(-2 - (int)result.Failure!.Reason);
                Add(result.Failure.LegIndex);
                continue;
            }

            found++;
            Route route = result.Route;
            Add(route.LengthMetres);
            Add(route.DurationSeconds);
            foreach (RouteLeg leg in route.Legs)
            {
                Add(leg.LengthMetres);
                Add(leg.DurationSeconds);
                Add(leg.From.Snapped.Latitude);
                Add(leg.From.Snapped.Longitude);
                Add(leg.To.Snapped.Latitude);
                Add(leg.To.Snapped.Longitude);
                Add((int)leg.From.Candidate);
                Add((int)leg.To.Candidate);
            }

            Add(route.Geometry.Count);
            foreach (GeoPoint point in route.Geometry)
            {
                Add(point.Latitude);
                Add(point.Longitude);
            }
        }

        return (Convert.ToHexStringLower(sha.GetHashAndReset()), found);
    }
}
