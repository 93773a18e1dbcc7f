using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.TestSupport;

/// <summary>Checks a customizable hierarchy read back from a saved network against one prepared afresh and against Dijkstra.</summary>
public static class StoredCustomizable
{
    /// <summary>The metric-independent arrays (ranks, chordal supergraph, arc slots) and counts are the same.</summary>
    public static void AssertSameArrays(CustomizableHierarchy expected, CustomizableHierarchy actual)
    {
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.NodeCount, actual.NodeCount);
        Assert.Equal(expected.OriginalArcCount, actual.OriginalArcCount);
        Assert.Equal(expected.EdgeCount, actual.EdgeCount);
        Assert.Equal(expected.TreeHeight, actual.TreeHeight);
        Assert.Equal(expected.Rank, actual.Rank);
        Assert.Equal(expected.NodeOfRank, actual.NodeOfRank);
        Assert.Equal(expected.Chordal.Start, actual.Chordal.Start);
        Assert.Equal(expected.Chordal.Upper, actual.Chordal.Upper);
        Assert.Equal(expected.Chordal.Parent, actual.Chordal.Parent);
        Assert.Equal(expected.ArcSlot, actual.ArcSlot);
    }

    /// <summary>
    /// Under the profile's times and under random multiples of them, the hierarchy's customized cost between
    /// <paramref name="pairs"/> random points (inside usable edges) equals an independent Dijkstra's (relative 1e-9).
    /// </summary>
    /// <returns>How many pairs were reachable.</returns>
    public static int AssertCostsEqualDijkstra(CustomizableHierarchy cch, Random random, int pairs)
    {
        RoutingGraph graph = cch.Graph;
        int reachable = 0;
        foreach (double[] w in new[] { DirectedWeights.Of(graph, RouteMetric.Fastest, RoadClassSet.None), WeightedDijkstra.Random(graph, RouteMetric.Fastest, random) })
        {
            CustomizedHierarchy customized = cch.Customize(w, RouteMetric.Fastest, RoadClassSet.None);
            for (int i = 0; i < pairs; i++)
            {
                SnapResult a = PointIn(graph, random), b = PointIn(graph, random);
                double reference = WeightedDijkstra.Cost(graph, a, b, w);
                EdgeSearch.Found? found = EliminationTreeQuery.Run(customized, a, b);
                Assert.True(double.IsPositiveInfinity(reference) == found is null, $"pair {i}: Dijkstra {reference}, customized {found?.Cost}");
                if (found is { } f)
                {
                    reachable++;
                    Assert.True(Math.Abs(f.Cost - reference) <= 1e-9 * Math.Max(reference, 1), $"pair {i}: Dijkstra {reference} s, customized {f.Cost} s");
                }
            }
        }

        return reachable;
    }

    private static SnapResult PointIn(RoutingGraph graph, Random random)
    {
        while (true)
        {
            int edge = random.Next(graph.Network.EdgeCount);
            if (graph.IsUsable(edge))
            {
                IReadOnlyList<GeoPoint> line = graph.Network.GetEdgeGeometry(edge);
                int k = random.Next(line.Count - 1);
                double t = random.NextDouble();
                return graph.Snap(new GeoPoint(line[k].Latitude + (t * (line[k + 1].Latitude - line[k].Latitude)), line[k].Longitude + (t * (line[k + 1].Longitude - line[k].Longitude))), 1);
            }
        }
    }
}
