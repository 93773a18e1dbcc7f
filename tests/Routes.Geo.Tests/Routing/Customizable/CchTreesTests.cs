using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Tests.Routing.Customizable;

public class CchTreesTests
{
    // Random 6×6 networks (junction and turn hierarchies, profile and random weights; a grid's equal blocks give ties):
    // a reference sweep written here (each node pulls from its upper neighbours in edge order, every node) gives the
    // labels; the trees grown within an unbounded reach give the same everywhere, and within 1.25 times the best cost
    // the same at every node whose two costs sum to at most that, and a larger sum elsewhere. The best meeting cost
    // is the point-to-point query's.
    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void TreesWithinAReach_HaveTheFullSweepsLabels_InsideIt_AndLargerSumsOutside(int seed)
    {
        var random = new Random(seed);
        int compared = 0, outside = 0;
        var kinds = new HashSet<HierarchyKind>();
        for (int net = 0; net < 15; net++)
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
                foreach (double[] w in new[] { DirectedWeights.Of(g, RouteMetric.Fastest, RoadClassSet.None), WeightedDijkstra.Random(g, RouteMetric.Fastest, random) })
                {
                    CustomizedHierarchy customized = cch.Customize(w, RouteMetric.Fastest, RoadClassSet.None);
                    var trees = new CchTrees(cch.NodeCount, g.Network.VertexCount, g.Network.EdgeCount);
                    for (int q = 0; q < 20; q++)
                    {
                        SnapResult a = g.Snap(RandomPoint(random), 2000), b = g.Snap(RandomPoint(random), 2000);
                        (double[] Cost, int[] From, int[] Slot, int[] Seed)[] reference = [Reference(customized, a, upward: true), Reference(customized, b, upward: false)];
                        trees.Grow(customized, a, b, double.PositiveInfinity);
                        double meet = double.PositiveInfinity;
                        for (int r = 0; r < cch.NodeCount; r++)
                        {
                            AssertSame(reference, trees, r, $"net {net} {profile.Name} query {q} unbounded");
                            meet = Math.Min(meet, trees.Forward.Cost[r] + trees.Backward.Cost[r]);
                        }

                        if (EliminationTreeQuery.Run(customized, a, b) is not { } best || CchSeeds.Direct(customized, a, b) is not null || !(best.Cost > 0))
                        {
                            continue;
                        }

                        Assert.Equal(best.Cost, meet, 9);
                        double reach = 1.25 * best.Cost;
                        trees.Grow(customized, a, b, reach);
                        for (int r = 0; r < cch.NodeCount; r++)
                        {
                            compared++;
                            if (reference[0].Cost[r] + reference[1].Cost[r] <= reach)
                            {
                                AssertSame(reference, trees, r, $"net {net} {profile.Name} query {q} within {reach}");
                            }
                            else
                            {
                                outside++;
                                Assert.True(trees.Forward.Cost[r] + trees.Backward.Cost[r] > reach, $"net {net} query {q}: node {r} outside the reach came inside");
                            }
                        }
                    }
                }
            }
        }

        Assert.Equal(2, kinds.Count);
        Assert.True(outside > 0 && outside < compared, $"{outside} of {compared} nodes outside the reach: the bound was not exercised");
    }

    private static void AssertSame((double[] Cost, int[] From, int[] Slot, int[] Seed)[] reference, CchTrees trees, int r, string where)
    {
        CchLabels[] sides = [trees.Forward, trees.Backward];
        for (int side = 0; side < 2; side++)
        {
            (double[] cost, int[] from, int[] slot, int[] seed) = reference[side];
            CchLabels labels = sides[side];
            Assert.True(cost[r] == labels.Cost[r], $"{where}: side {side} node {r} costs {labels.Cost[r]}, the reference {cost[r]}");
            if (double.IsFinite(cost[r]))
            {
                Assert.True((from[r], seed[r]) == (labels.From[r], labels.Seed[r]) && (from[r] < 0 || slot[r] == labels.Slot[r]), $"{where}: side {side} node {r} reached by {labels.From[r]}/{labels.Slot[r]}, the reference by {from[r]}/{slot[r]}");
            }
        }
    }

    // One side's labels at every node: the seeds' tree paths up in rising rank, then every node, highest first, takes
    // the first cheapest of its upper neighbours when cheaper than what it has.
    private static (double[] Cost, int[] From, int[] Slot, int[] Seed) Reference(CustomizedHierarchy ch, SnapResult point, bool upward)
    {
        int n = ch.Hierarchy.NodeCount;
        var labels = new CchLabels(n);
        Array.Fill(labels.From, -1);
        Array.Fill(labels.Seed, -1);
        var seeds = new List<int>();
        if (upward)
        {
            CchSeeds.Forward(ch, point, labels, seeds);
        }
        else
        {
            CchSeeds.Backward(ch, point, labels, seeds);
        }

        ChordalSupergraph chordal = ch.Hierarchy.Chordal;
        int up = upward ? 0 : 1, down = 1 - up;
        var path = new SortedSet<int>();
        foreach (int s in seeds)
        {
            for (int r = s; r >= 0 && path.Add(r); r = chordal.Parent[r])
            {
            }
        }

        double[] cost = labels.Cost;
        foreach (int r in path)
        {
            for (int e = chordal.Start[r]; e < chordal.Start[r + 1]; e++)
            {
                int u = chordal.Upper[e];
                if (cost[r] + ch.Weight[(2 * e) + up] < cost[u])
                {
                    (cost[u], labels.From[u], labels.Slot[u], labels.Seed[u]) = (cost[r] + ch.Weight[(2 * e) + up], r, (2 * e) + up, labels.Seed[r]);
                }
            }
        }

        for (int r = n - 1; r >= 0; r--)
        {
            for (int e = chordal.Start[r]; e < chordal.Start[r + 1]; e++)
            {
                int u = chordal.Upper[e];
                if (cost[u] + ch.Weight[(2 * e) + down] < cost[r])
                {
                    (cost[r], labels.From[r], labels.Slot[r], labels.Seed[r]) = (cost[u] + ch.Weight[(2 * e) + down], u, (2 * e) + down, labels.Seed[u]);
                }
            }
        }

        return (cost, labels.From, labels.Slot, labels.Seed);
    }

    private static GeoPoint RandomPoint(Random random) =>
        random.NextDouble() < 0.4 ? TinyNetwork.At(random.Next(6), random.Next(6)) : TinyNetwork.At(random.NextDouble() * 5, random.NextDouble() * 5);
}
