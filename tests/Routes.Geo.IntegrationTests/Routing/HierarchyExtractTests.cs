using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing;

public class HierarchyExtractTests(ITestOutputHelper output)
{
    // 10,000 random pairs per extract and profile: the hierarchy's cost must equal plain Dijkstra's
    // to floating-point rounding (relative 1e-9: sums of the same edge costs in another order), and its
    // unpacked path must be a drivable chain of edges that costs exactly that.
    [Theory]
    [InlineData("monaco", "foot")]
    [InlineData("monaco", "car")]
    [InlineData("monaco", "bicycle")]
    [InlineData("andorra", "foot")]
    [InlineData("andorra", "car")]
    [InlineData("andorra", "bicycle")]
    [InlineData("liechtenstein", "foot")]
    [InlineData("liechtenstein", "car")]
    [InlineData("liechtenstein", "bicycle")]
    public void HierarchyCost_EqualsDijkstra_On10000RandomPairs(string extract, string profileName)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profileName));
        ContractionHierarchy ch = graph.Prepare(RouteMetric.Fastest);
        output.WriteLine($"{extract}/{profileName}: {ch.Kind} hierarchy, {ch.NodeCount} nodes, {ch.OriginalArcCount} arcs, {ch.ShortcutCount} shortcuts");
        var random = new Random(1944);
        int reachable = 0;
        double maxRelative = 0;
        for (int i = 0; i < 10_000; i++)
        {
            SnapResult a = RandomPoint(graph, random), b = RandomPoint(graph, random);
            EdgeSearch.Found? dijkstra = graph.Search(a, b, RouteMetric.Fastest, RouteAlgorithm.Dijkstra);
            EdgeSearch.Found? hierarchy = graph.Search(a, b, RouteMetric.Fastest, RouteAlgorithm.ContractionHierarchy);
            Assert.Equal(dijkstra is null, hierarchy is null);
            if (dijkstra is { } d && hierarchy is { } h)
            {
                reachable++;
                double relative = Math.Abs(d.Cost - h.Cost) / Math.Max(d.Cost, 1e-9);
                maxRelative = Math.Max(maxRelative, relative);
                Assert.True(relative < 1e-9, $"pair {i}: Dijkstra {d.Cost} s, hierarchy {h.Cost} s");
                double pathCost = PathCheck.Cost(graph, a, b, h.Path);
                Assert.True(Math.Abs(pathCost - h.Cost) <= 1e-9 * Math.Max(h.Cost, 1), $"pair {i}: the path costs {pathCost} s, the hierarchy said {h.Cost} s");
            }
        }

        output.WriteLine($"{reachable} reachable pairs equal; largest relative difference {maxRelative:E2}");
        Assert.True(reachable > 5_000);
    }

    // Liechtenstein car has a turn hierarchy, foot a junction hierarchy.
    [Theory]
    [InlineData(RouteAlgorithm.ContractionHierarchy, "car")]
    [InlineData(RouteAlgorithm.ContractionHierarchy, "foot")]
    [InlineData(RouteAlgorithm.AStar, "car")]
    public void EightThreads_GiveTheSameAnswersAsOne(RouteAlgorithm algorithm, string profileName)
    {
        RoutingGraph graph = ExtractNetworks.Osm("liechtenstein").GraphFor(TravelProfiles.ByName(profileName));
        graph.Prepare(RouteMetric.Fastest);
        var random = new Random(8);
        (SnapResult A, SnapResult B)[] pairs = [.. Enumerable.Range(0, 2000).Select(_ => (RandomPoint(graph, random), RandomPoint(graph, random)))];
        double Cost((SnapResult A, SnapResult B) p) => graph.Search(p.A, p.B, RouteMetric.Fastest, algorithm)?.Cost ?? -1;

        double[] sequential = [.. pairs.Select(Cost)];
        var parallel = new double[pairs.Length];
        Parallel.For(0, pairs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Cost(pairs[i]));

        Assert.Equal(sequential, parallel);
    }

    // A point inside a random usable edge (not only at its ends), so partial edges are exercised.
    internal static SnapResult RandomPoint(RoutingGraph graph, Random random)
    {
        while (true)
        {
            int edge = random.Next(graph.Network.EdgeCount);
            if (!graph.IsUsable(edge))
            {
                continue;
            }

            IReadOnlyList<GeoPoint> line = graph.Network.GetEdgeGeometry(edge);
            int k = random.Next(line.Count - 1);
            double t = random.NextDouble();
            var p = new GeoPoint(line[k].Latitude + t * (line[k + 1].Latitude - line[k].Latitude), line[k].Longitude + t * (line[k + 1].Longitude - line[k].Longitude));
            return graph.Snap(p, 1);
        }
    }
}
