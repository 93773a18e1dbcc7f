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
        var from = new List<int>();
        var to = new List<int>();
        for (int r = 0; r < Height; r++)
        {
            for (int c = 0; c < Width; c++)
            {
                int v = (r * Width) + c;
                if (c + 1 < Width)
                {
                    from.Add(v);
                    to.Add(v + 1);
                }

                if (r + 1 < Height)
                {
                    from.Add(v);
                    to.Add(v + Width);
                }
            }
        }

        UndirectedGraph graph = UndirectedGraph.Of(Width * Height, [.. from], [.. to]);
        int[] piece = [.. Enumerable.Range(0, Width * Height)];
        int[] local = [.. piece];
        sbyte[] side = [.. piece.Select(v => (sbyte)(v % Width < 2 ? -1 : v % Width >= Width - 2 ? 1 : 0))];
        var cut = new VertexCut();

        List<int> unbounded = cut.Separator(graph, piece, local, side, int.MaxValue)!;
        Assert.Equal(Height, unbounded.Count);
        Assert.False(Reaches(graph, side, [.. unbounded]), "the cut leaves a source connected to a sink");
        Assert.Null(cut.Separator(graph, piece, local, side, Height));
        Assert.Equal(unbounded, cut.Separator(graph, piece, local, side, Height + 1));
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
