using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Tests.Routing.Customizable;

public class NestedDissectionTests
{
    // A 90 x 90 street grid with a tenth of its links missing (so pieces split unevenly and islands form): cut on 1 thread and on 4 with every piece's directions in parallel, the ranks must be the same permutation.
    [Fact]
    public void Order_IsTheSame_OnOneThreadAndOnFourWithDirectionsInParallel()
    {
        (UndirectedGraph graph, double[] x, double[] y) = Grid(90, seed: 7);

        int[] one = NestedDissection.Ranks(graph, x, y, threads: 1, directionsInParallelMinNodes: int.MaxValue);
        int[] four = NestedDissection.Ranks(graph, x, y, threads: 4, directionsInParallelMinNodes: 50);

        Assert.Equal(Enumerable.Range(0, graph.NodeCount), one.Order());
        Assert.Equal(one, four);
    }

    private static (UndirectedGraph Graph, double[] X, double[] Y) Grid(int side, int seed)
    {
        var random = new Random(seed);
        var from = new List<int>();
        var to = new List<int>();
        int n = side * side;
        var x = new double[n];
        var y = new double[n];
        for (int r = 0; r < side; r++)
        {
            for (int c = 0; c < side; c++)
            {
                int v = (r * side) + c;
                (x[v], y[v]) = (c + (0.3 * random.NextDouble()), r + (0.3 * random.NextDouble()));
                if (c + 1 < side && random.NextDouble() > 0.1)
                {
                    from.Add(v);
                    to.Add(v + 1);
                }

                if (r + 1 < side && random.NextDouble() > 0.1)
                {
                    from.Add(v);
                    to.Add(v + side);
                }
            }
        }

        return (UndirectedGraph.Of(n, [.. from], [.. to]), x, y);
    }
}
