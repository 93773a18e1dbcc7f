using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Tests.Routing.Contraction;

public class ContractionGraphTests
{
    // 0 → 1 → 2 costs 3; a direct 0 → 2 of cost 5 is dominated by the shortcut and must stop being searched.
    [Fact]
    public void CheaperShortcut_ReplacesDearerLiveArc_ButKeepsItInTheArcList()
    {
        var graph = new ContractionGraph(3);
        graph.AddOriginal(0, 1, 1, 10);
        graph.AddOriginal(1, 2, 2, 20);
        graph.AddOriginal(0, 2, 5, 50);
        graph.AddShortcut(0, 1);
        Assert.Equal(4, graph.Arcs.Count);
        int live = Assert.Single(graph.Out(0).ToArray(), a => graph.Arcs.To[a] == 2);
        Assert.Equal(3, graph.Arcs.Weight[live]);
        Assert.Equal(30, graph.Arcs.Secondary[live]);
        Assert.Equal(2, graph.In(2).Length);
    }

    [Fact]
    public void DearerShortcut_IsNotAdded()
    {
        var graph = new ContractionGraph(3);
        graph.AddOriginal(0, 1, 1, 0);
        graph.AddOriginal(1, 2, 2, 0);
        graph.AddOriginal(0, 2, 3, 0);
        graph.AddShortcut(0, 1);
        Assert.Equal(3, graph.Arcs.Count);
    }

    [Fact]
    public void RemovedNode_LeavesNoLiveArcAtItsNeighbours()
    {
        var graph = new ContractionGraph(3);
        graph.AddOriginal(0, 1, 1, 0);
        graph.AddOriginal(1, 2, 1, 0);
        graph.AddOriginal(2, 1, 1, 0);
        graph.Remove(1);
        Assert.Equal(0, graph.Out(0).Length);
        Assert.Equal(0, graph.In(2).Length);
        Assert.Equal(0, graph.Out(2).Length);
        Assert.Equal(3, graph.Arcs.Count);
    }

    // A chain 0 → 1 → ... → 9 of unit arcs: the witness search reaches what its bounds allow and no further.
    [Fact]
    public void WitnessSearch_StopsAtSettleLimitAndCostBound_AndNeverEntersTheAvoidedNode()
    {
        var graph = new ContractionGraph(10);
        for (int i = 0; i < 9; i++)
        {
            graph.AddOriginal(i, i + 1, 1, 0);
        }

        var search = new WitnessSearch(10);
        search.Run(graph, 0, avoid: 5, targets: [9], maxCost: 100, settleLimit: 1000);
        Assert.Equal(4, search.CostTo(4));
        Assert.True(double.IsPositiveInfinity(search.CostTo(5)));
        Assert.True(double.IsPositiveInfinity(search.CostTo(9)));

        search.Run(graph, 0, avoid: -1, targets: [9], maxCost: 100, settleLimit: 3);
        Assert.True(double.IsPositiveInfinity(search.CostTo(9)));
        Assert.True(search.CostTo(3) <= 3);

        search.Run(graph, 0, avoid: -1, targets: [9], maxCost: 2, settleLimit: 1000);
        Assert.True(double.IsPositiveInfinity(search.CostTo(9)));

        search.Run(graph, 0, avoid: -1, targets: [9], maxCost: 100, settleLimit: 1000);
        Assert.Equal(9, search.CostTo(9));
    }
}
