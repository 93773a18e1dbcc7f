using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing.Customizable;

public class CustomizableExtractTests(ITestOutputHelper output)
{
    // 10,000 random pairs per extract and profile, under the profile's travel times and under a customized metric (each
    // directed edge's time times a random 0.5–3): the customized hierarchy's cost equals plain Dijkstra's under the same
    // weights (relative 1e-9), and its path is a drivable chain that costs exactly that.
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
    public void CustomizedCost_EqualsDijkstra_On10000RandomPairs_WithDefaultAndCustomWeights(string extract, string profileName)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profileName));
        CustomizableHierarchy cch = graph.PrepareCustomizable();
        output.WriteLine($"{extract}/{profileName}: {cch.Kind}, {cch.NodeCount} nodes, {cch.OriginalArcCount} arcs, {cch.EdgeCount} chordal edges, "
            + $"tree height {cch.TreeHeight}; order {cch.OrderingTime.TotalMilliseconds:F0} ms, contraction {cch.ContractionTime.TotalMilliseconds:F0} ms");
        var random = new Random(1944);
        double[] profileWeights = DirectedWeights.Of(graph, RouteMetric.Fastest, RoadClassSet.None);
        double[] customWeights = WeightedDijkstra.Random(graph, RouteMetric.Fastest, random);
        foreach ((string name, double[] w) in new[] { ("profile times", profileWeights), ("random multiples", customWeights) })
        {
            CustomizedHierarchy customized = cch.Customize(w, RouteMetric.Fastest, RoadClassSet.None);
            int reachable = 0;
            double maxRelative = 0;
            for (int i = 0; i < 10_000; i++)
            {
                SnapResult a = HierarchyExtractTests.RandomPoint(graph, random), b = HierarchyExtractTests.RandomPoint(graph, random);
                // Under the profile's weights the library's own Dijkstra is the baseline; under others, the test's.
                double reference = w == profileWeights
                    ? graph.Search(a, b, RouteMetric.Fastest, RouteAlgorithm.Dijkstra)?.Cost ?? double.PositiveInfinity
                    : WeightedDijkstra.Cost(graph, a, b, w);
                EdgeSearch.Found? found = EliminationTreeQuery.Run(customized, a, b);
                Assert.Equal(double.IsPositiveInfinity(reference), found is null);
                if (found is { } f)
                {
                    reachable++;
                    double relative = Math.Abs(f.Cost - reference) / Math.Max(reference, 1e-9);
                    maxRelative = Math.Max(maxRelative, relative);
                    Assert.True(relative < 1e-9, $"{name}, pair {i}: Dijkstra {reference} s, customized {f.Cost} s");
                    double pathCost = WeightedDijkstra.PathCost(graph, a, b, f.Path, w);
                    Assert.True(Math.Abs(pathCost - f.Cost) <= 1e-9 * Math.Max(f.Cost, 1), $"{name}, pair {i}: the path costs {pathCost} s, the query said {f.Cost} s");
                }
            }

            output.WriteLine($"{name}: customization {customized.CustomizationTime.TotalMilliseconds:F1} ms; {reachable} reachable pairs equal; largest relative difference {maxRelative:E2}");
            Assert.True(reachable > 5_000);
        }
    }
}
