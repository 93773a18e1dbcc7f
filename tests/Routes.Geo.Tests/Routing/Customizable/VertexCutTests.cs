using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Tests.Routing.Customizable;

public class VertexCutTests
{
    // A 12-wide, 7-high grid, sources the left two columns, sinks the right two: by Menger the minimum vertex cut has 7
    // nodes (7 disjoint rows; one column cuts them all). The bounded flow stops at 7 and gives nothing, above it the same cut.
    [Fact]
    public void GridCut_HasTheRowCount_AndABoundAtThatSizeStopsTheFlow()
    {
        const int Width = 12, Height = 7;
        (UndirectedGraph graph, int[] piece, sbyte[] side) = GridPiece(Width, Height, sourceColumns: 2);
        int[] local = [.. piece];
        var cut = new VertexCut();

        List<int> unbounded = cut.Separator(graph, piece, local, side, int.MaxValue)!;
        Assert.Equal(Height, unbounded.Count);
        Assert.False(Reaches(graph, side, [.. unbounded]), "the cut leaves a source connected to a sink");
        Assert.Null(cut.Separator(graph, piece, local, side, Height));
        Assert.Equal(unbounded, cut.Separator(graph, piece, local, side, Height + 1));
    }

    // Sources and sinks are merged, so the cut is made of the other nodes: on the grid above it is a middle column.
    [Fact]
    public void GridCut_IsMadeOfNeitherSourcesNorSinks()
    {
        (UndirectedGraph graph, int[] piece, sbyte[] side) = GridPiece(12, 7, sourceColumns: 2);
        List<int> cut = new VertexCut().Separator(graph, piece, [.. piece], side, int.MaxValue)!;
        Assert.All(cut, v => Assert.Equal(0, side[v]));
        Assert.Single(cut.Select(v => v % 12).Distinct());
    }

    // A source beside a sink leaves no cut among the other nodes: the cut may then take a source or sink (path 0-1-2-3
    // with 0 a source and 1 a sink: one node, and 0 no longer reaches 1).
    [Fact]
    public void SourceTouchingSink_StillGivesASeparator()
    {
        UndirectedGraph graph = UndirectedGraph.Of(4, [0, 1, 2], [1, 2, 3]);
        int[] piece = [0, 1, 2, 3];
        sbyte[] side = [-1, 1, 0, 0];
        List<int> cut = new VertexCut().Separator(graph, piece, [.. piece], side, int.MaxValue)!;
        Assert.Single(cut);
        Assert.False(Reaches(graph, side, [.. cut]), "the cut leaves the source joined to the sink");
    }

    private static (UndirectedGraph Graph, int[] Piece, sbyte[] Side) GridPiece(int width, int height, int sourceColumns)
    {
        var from = new List<int>();
        var to = new List<int>();
        for (int r = 0; r < height; r++)
        {
            for (int c = 0; c < width; c++)
            {
                int v = (r * width) + c;
                if (c + 1 < width)
                {
                    from.Add(v);
                    to.Add(v + 1);
                }

                if (r + 1 < height)
                {
                    from.Add(v);
                    to.Add(v + width);
                }
            }
        }

        int[] piece = [.. Enumerable.Range(0, width * height)];
        sbyte[] side = [.. piece.Select(v => (sbyte)(v % width < sourceColumns ? -1 : v % width >= width - sourceColumns ? 1 : 0))];
        return (UndirectedGraph.Of(width * height, [.. from], [.. to]), piece, side);
    }

    private static bool Reaches(UndirectedGraph graph, sbyte[] side, HashSet<int> removed)
    {
        var seen = new bool[graph.NodeCount];
        var queue = new Queue<int>(Enumerable.Range(0, graph.NodeCount).Where(v => side[v] < 0 && !removed.Contains(v)));
        foreach (int v in queue)
        {
            seen[v] = true;
        }

        while (queue.Count > 0)
        {
            int v = queue.Dequeue();
            if (side[v] > 0)
            {
                return true;
            }

            for (int k = graph.Start[v]; k < graph.Start[v + 1]; k++)
            {
                int w = graph.Neighbour[k];
                if (!seen[w] && !removed.Contains(w))
                {
                    seen[w] = true;
                    queue.Enqueue(w);
                }
            }
        }

        return false;
    }
}
