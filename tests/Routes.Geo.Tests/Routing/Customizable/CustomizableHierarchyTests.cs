using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Routing.Customizable;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Routing.Customizable;

public class CustomizableHierarchyTests(ITestOutputHelper output)
{
    // Random 6×6 networks with one-ways, bollards and turn restrictions (so car graphs get turn hierarchies, foot graphs
    // junction ones), both metrics, the profile's weights and random ones: every cost equals the reference's and every
    // path is a drivable chain that costs exactly that.
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public void CustomizedCosts_MatchAReferenceDijkstra_UnderProfileAndRandomWeights(int seed)
    {
        var random = new Random(seed);
        int failures = 0, compared = 0;
        var kinds = new HashSet<HierarchyKind>();
        for (int net = 0; net < 25; net++)
        {
            RoadNetwork network = ReferenceDijkstraPropertyTests.RandomNetwork(random, 6);
            foreach (Profile profile in new Profile[] { TravelProfiles.Car, TravelProfiles.Foot })
            {
                RoutingGraph g = network.GraphFor(profile);
                if (g.UsableEdgeCount == 0)
                {
                    continue;
                }

                CustomizableHierarchy cch = g.PrepareCustomizable();
                kinds.Add(cch.Kind);
                foreach (RouteMetric metric in new[] { RouteMetric.Shortest, RouteMetric.Fastest })
                {
                    foreach (double[] w in new[] { DirectedWeights.Of(g, metric, RoadClassSet.None), WeightedDijkstra.Random(g, metric, random) })
                    {
                        CustomizedHierarchy customized = cch.Customize(w, metric, RoadClassSet.None);
                        for (int q = 0; q < 30; q++)
                        {
                            SnapResult a = g.Snap(RandomPoint(random), 2000), b = g.Snap(RandomPoint(random), 2000);
                            double reference = WeightedDijkstra.Cost(g, a, b, w, metric);
                            EdgeSearch.Found? found = EliminationTreeQuery.Run(customized, a, b);
                            compared++;
                            string? problem = null;
                            if (found is not { } f)
                            {
                                problem = double.IsPositiveInfinity(reference) ? null : "no route";
                            }
                            else if (Math.Abs(f.Cost - reference) > 1e-9 * Math.Max(1, reference))
                            {
                                problem = $"cost {f.Cost}";
                            }
                            else if (Math.Abs(WeightedDijkstra.PathCost(g, a, b, f.Path, w, metric) - f.Cost) > 1e-9 * Math.Max(1, f.Cost))
                            {
                                problem = "path cost differs";
                            }

                            if (problem is not null && ++failures < 10)
                            {
                                output.WriteLine($"net {net} {profile.Name} {metric} {cch.Kind}: reference {reference}, {problem}; path [{string.Join(",", found?.Path ?? [])}]");
                            }
                        }
                    }
                }
            }
        }

        output.WriteLine($"{compared} queries compared; kinds {string.Join(", ", kinds)}");
        Assert.Equal(0, failures);
        Assert.Equal(2, kinds.Count);
    }

    // The order is a permutation and the contraction is chordal: a node's upper neighbours beyond its parent are all the parent's.
    [Fact]
    public void ChordalSupergraph_IsClosedUnderContraction_AndTheOrderIsAPermutation()
    {
        RoadNetwork network = ReferenceDijkstraPropertyTests.RandomNetwork(new Random(4), 12);
        CustomizableHierarchy cch = network.GraphFor(TravelProfiles.Car).PrepareCustomizable();
        Assert.Equal(Enumerable.Range(0, cch.NodeCount), cch.Rank.Order());
        ChordalSupergraph chordal = cch.Chordal;
        for (int r = 0; r < chordal.NodeCount; r++)
        {
            int p = chordal.Parent[r];
            for (int e = chordal.Start[r] + 1; e < chordal.Start[r + 1]; e++)
            {
                Assert.True(chordal.Find(p, chordal.Upper[e]) >= 0, $"node {r}: upper neighbour {chordal.Upper[e]} is not one of its parent {p}'s");
            }
        }

        output.WriteLine($"{cch.NodeCount} nodes, {cch.OriginalArcCount} arcs, {cch.EdgeCount} chordal edges, tree height {cch.TreeHeight}");
    }

    // A row of 500 junctions: nested dissection cuts it in the middle again and again, so the elimination tree is about
    // log2(500 / leaf) cuts plus one leaf deep, where contracting along the row would make it 500 deep.
    [Fact]
    public void NestedDissectionOfARow_GivesAShallowTree()
    {
        var tiny = new TinyNetwork();
        for (int c = 0; c < 499; c++)
        {
            tiny.Way("highway=residential", (0, c), (0, c + 1));
        }

        CustomizableHierarchy cch = tiny.Build().GraphFor(TravelProfiles.Foot).PrepareCustomizable();
        Assert.Equal(HierarchyKind.Junctions, cch.Kind);
        Assert.Equal(500, cch.NodeCount);
        output.WriteLine($"{cch.EdgeCount} chordal edges, tree height {cch.TreeHeight}");
        Assert.InRange(cch.EdgeCount, 499, 2 * 499);
        Assert.InRange(cch.TreeHeight, 9, NestedDissection.LeafSize + 10);
    }

    [Fact]
    public void NegativeOrNaNWeight_IsRefusedNamingTheEdge()
    {
        RoutingGraph g = ReferenceDijkstraPropertyTests.RandomNetwork(new Random(3), 4).GraphFor(TravelProfiles.Foot);
        double[] w = DirectedWeights.Of(g, RouteMetric.Fastest, RoadClassSet.None);
        w[3] = -1;
        ArgumentException error = Assert.Throws<ArgumentException>(() => g.PrepareCustomizable().Customize(w, RouteMetric.Fastest, RoadClassSet.None));
        Assert.Contains("directed edge 3", error.Message);
        w[3] = double.NaN;
        Assert.Throws<ArgumentException>(() => g.PrepareCustomizable().Customize(w, RouteMetric.Fastest, RoadClassSet.None));
    }

    // The same prepared hierarchy answers a new metric: slowing the direct road makes the query take the detour.
    [Fact]
    public void Recustomizing_ChangesTheRoute_WithoutANewPreparation()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 1), (1, 2), (0, 2));
        RoutingGraph g = tiny.Build().GraphFor(TravelProfiles.Car);
        CustomizableHierarchy cch = g.PrepareCustomizable();
        SnapResult a = g.Snap(TinyNetwork.At(0, 0)), b = g.Snap(TinyNetwork.At(0, 2));
        double[] w = DirectedWeights.Of(g, RouteMetric.Shortest, RoadClassSet.None);
        EdgeSearch.Found direct = EliminationTreeQuery.Run(cch.Customize(w, RouteMetric.Shortest, RoadClassSet.None), a, b)!.Value;
        for (int d = 0; d < w.Length; d++)
        {
            if (g.Network.EdgeWay[RoutingGraph.EdgeOf(d)] == 0)
            {
                w[d] *= 10;
            }
        }

        EdgeSearch.Found detour = EliminationTreeQuery.Run(cch.Customize(w, RouteMetric.Shortest, RoadClassSet.None), a, b)!.Value;
        Assert.Same(cch, g.PrepareCustomizable());
        Assert.All(direct.Path, d => Assert.Equal(0, g.Network.EdgeWay[RoutingGraph.EdgeOf(d)]));
        Assert.All(detour.Path, d => Assert.Equal(1, g.Network.EdgeWay[RoutingGraph.EdgeOf(d)]));
        Assert.Equal(WeightedDijkstra.Cost(g, a, b, w, RouteMetric.Shortest), detour.Cost, 9);
    }

    // A T junction: the car's route turns left at it, and the customized time pays that turn's seconds as the
    // library's Dijkstra does; without them it would be just the two edges' times.
    [Fact]
    public void CarTurnSeconds_ArePaidByTheCustomization_AsByDijkstra()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 1), (1, 1));
        RoutingGraph g = tiny.Build().GraphFor(TravelProfiles.Car);
        Assert.True(g.HasTurnCosts);
        SnapResult a = g.Snap(TinyNetwork.At(0, 0)), b = g.Snap(TinyNetwork.At(1, 1));
        double dijkstra = g.Search(a, b, RouteMetric.Fastest, RouteAlgorithm.Dijkstra)!.Value.Cost;
        EdgeSearch.Found customized = EliminationTreeQuery.Run(g.Customized(RouteMetric.Fastest, RoadClassSet.None), a, b)!.Value;
        double edgesOnly = customized.Path.Sum(d => g.DirectedCost(d, RouteMetric.Fastest));
        Assert.Equal(2, customized.Path.Length);
        double turn = g.TurnSecondsBetween(customized.Path[0], customized.Path[1]);
        Assert.True(turn > 0, "a left turn at a corner costs the car time");
        Assert.Equal(dijkstra, customized.Cost, 9);
        Assert.Equal(edgesOnly + turn, customized.Cost, 9);
        // A length metric pays no turn.
        Assert.Equal(customized.Path.Sum(d => g.DirectedCost(d, RouteMetric.Shortest)), EliminationTreeQuery.Run(g.Customized(RouteMetric.Shortest, RoadClassSet.None), a, b)!.Value.Cost, 6);
    }

    private static GeoPoint RandomPoint(Random random) =>
        random.NextDouble() < 0.4 ? TinyNetwork.At(random.Next(6), random.Next(6)) : TinyNetwork.At(random.NextDouble() * 5, random.NextDouble() * 5);
}
