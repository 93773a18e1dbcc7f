namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// A metric-independent contraction order by nested dissection with inertial flow (Schild &amp; Sommer 2015, as used by
/// Dibbelt, Strasser &amp; Wagner 2016): a connected piece is projected on four directions, the first and last quarter along
/// each become source and sink, and the smallest of the four minimum vertex cuts separates it; separators are contracted
/// last, the pieces they leave are ordered the same way, and small pieces by degree. Pieces are cut on several threads
/// (<see cref="NestedDissectionWork"/>); the order does not depend on how many.
/// </summary>
internal static class NestedDissection
{
    /// <summary>Pieces of at most this many nodes are not cut further (a cut costs more than it saves there).</summary>
    internal const int LeafSize = 24;

    /// <summary>Share of a piece, along a direction, that becomes the source and the sink of its cut.</summary>
    internal const double SideShare = 0.25;

    /// <summary>Pieces of at least this many nodes have their four directions cut in parallel when threads are idle.</summary>
    internal const int DirectionsInParallelMinNodes = 20_000;

    // Directions in the local plane: east, north, north-east, south-east.
    private static readonly (double X, double Y)[] Directions = [(1, 0), (0, 1), (1, 1), (1, -1)];

    /// <summary>Each node's rank (0 = contracted first) in a nested-dissection order of <paramref name="graph"/>.</summary>
    public static int[] Ranks(UndirectedGraph graph, double[] x, double[] y) =>
        Ranks(graph, x, y, Environment.ProcessorCount, DirectionsInParallelMinNodes);

    /// <summary>
    /// As <see cref="Ranks(UndirectedGraph, double[], double[])"/> on <paramref name="threads"/> threads, cutting a piece's
    /// directions in parallel from <paramref name="directionsInParallelMinNodes"/> nodes (tests lower it).
    /// </summary>
    internal static int[] Ranks(UndirectedGraph graph, double[] x, double[] y, int threads, int directionsInParallelMinNodes)
    {
        int n = graph.NodeCount;
        var rank = new int[n];
        var local = new int[n];
        Array.Fill(local, -1);
        var inSeparator = new bool[n];

        // A piece owns a range of ranks: its separator takes the top of it, its pieces share the rest in the order found,
        // so the ranks are those of a depth-first pass whichever thread cuts which piece.
        var work = new NestedDissectionWork(Math.Max(1, threads));
        int low = 0;
        foreach (int[] component in Components(graph, [.. Enumerable.Range(0, n)], local))
        {
            work.Add(component, low);
            low += component.Length;
        }

        work.Run((piece, pieceLow, cut) =>
        {
            if (piece.Length <= LeafSize)
            {
                Leaf(graph, piece, local, rank, pieceLow);
                return;
            }

            bool parallel = piece.Length >= directionsInParallelMinNodes && work.Idle > 0;
            List<int> separator = Separator(graph, piece, local, x, y, cut, parallel ? work : null);
            int top = pieceLow + piece.Length;
            foreach (int v in separator)
            {
                rank[v] = --top;
                inSeparator[v] = true;
            }

            int[] rest = new int[piece.Length - separator.Count];
            int kept = 0;
            foreach (int v in piece)
            {
                if (!inSeparator[v])
                {
                    rest[kept++] = v;
                }
            }

            int childLow = pieceLow;
            foreach (int[] component in Components(graph, rest, local))
            {
                work.Add(component, childLow);
                childLow += component.Length;
            }
        });

        return rank;
    }

    // The smallest cut over the four directions (on a tie, the first): with `work`, the directions run in parallel, each
    // stopped once it cannot win, which leaves the same winner as one after the other.
    private static List<int> Separator(UndirectedGraph graph, int[] piece, int[] local, double[] x, double[] y, VertexCut cut, NestedDissectionWork? work)
    {
        int m = piece.Length;
        for (int i = 0; i < m; i++)
        {
            local[piece[i]] = i;
        }

        var found = new List<int>?[Directions.Length];
        var done = new bool[Directions.Length];
        var gate = new object();

        // Direction d can only win with fewer nodes than any earlier direction's cut, or no more than a later one's.
        int Bound(int d)
        {
            int bound = int.MaxValue;
            lock (gate)
            {
                for (int e = 0; e < Directions.Length; e++)
                {
                    if (done[e] && found[e] is { } other)
                    {
                        bound = Math.Min(bound, e < d ? other.Count : other.Count + 1);
                    }
                }
            }

            return bound;
        }

        void Cut(int d, VertexCut with)
        {
            List<int>? separator = with.Separator(graph, piece, local, Sides(piece, x, y, Directions[d]), () => Bound(d));
            lock (gate)
            {
                (found[d], done[d]) = (separator, true);
            }
        }

        if (work is null)
        {
            for (int d = 0; d < Directions.Length; d++)
            {
                Cut(d, cut);
            }
        }
        else
        {
            Parallel.For(0, Directions.Length, new ParallelOptions { MaxDegreeOfParallelism = work.Threads }, d =>
            {
                VertexCut borrowed = work.BorrowCut();
                try
                {
                    Cut(d, borrowed);
                }
                finally
                {
                    work.ReturnCut(borrowed);
                }
            });
        }

        foreach (int v in piece)
        {
            local[v] = -1;
        }

        List<int>? best = null;
        foreach (List<int>? separator in found)
        {
            if (separator is not null && (best is null || separator.Count < best.Count))
            {
                best = separator;
            }
        }

        return best!;
    }

    // Sources (-1) and sinks (+1): the first and last share of the piece along a direction.
    private static sbyte[] Sides(int[] piece, double[] x, double[] y, (double X, double Y) direction)
    {
        int m = piece.Length;
        var keys = new double[m];
        var byKey = new int[m];
        for (int i = 0; i < m; i++)
        {
            (keys[i], byKey[i]) = ((direction.X * x[piece[i]]) + (direction.Y * y[piece[i]]), i);
        }

        Array.Sort(keys, byKey);
        var side = new sbyte[m];
        int share = Math.Max(1, (int)(SideShare * m));
        for (int i = 0; i < share; i++)
        {
            side[byKey[i]] = -1;
            side[byKey[m - 1 - i]] = 1;
        }

        return side;
    }

    // A small piece: fewest neighbours inside it first (a cheap stand-in for minimum degree).
    private static void Leaf(UndirectedGraph graph, int[] piece, int[] local, int[] rank, int low)
    {
        for (int i = 0; i < piece.Length; i++)
        {
            local[piece[i]] = i;
        }

        var degree = new int[piece.Length];
        for (int i = 0; i < piece.Length; i++)
        {
            int v = piece[i];
            for (int k = graph.Start[v]; k < graph.Start[v + 1]; k++)
            {
                degree[i] += local[graph.Neighbour[k]] >= 0 ? 1 : 0;
            }
        }

        int[] order = [.. Enumerable.Range(0, piece.Length).OrderBy(i => degree[i]).ThenBy(i => piece[i])];
        foreach (int v in piece)
        {
            local[v] = -1;
        }

        for (int i = 0; i < order.Length; i++)
        {
            rank[piece[order[i]]] = low + i;
        }
    }

    // Connected components of the subgraph induced by `nodes`. Pieces cut at the same time never touch (each is a
    // component once its ancestors' separators are removed), so they share `local` safely.
    private static List<int[]> Components(UndirectedGraph graph, int[] nodes, int[] local)
    {
        foreach (int v in nodes)
        {
            local[v] = -2;
        }

        var components = new List<int[]>();
        var queue = new List<int>();
        foreach (int s in nodes)
        {
            if (local[s] != -2)
            {
                continue;
            }

            queue.Clear();
            queue.Add(s);
            local[s] = -3;
            for (int h = 0; h < queue.Count; h++)
            {
                int v = queue[h];
                for (int k = graph.Start[v]; k < graph.Start[v + 1]; k++)
                {
                    int w = graph.Neighbour[k];
                    if (local[w] == -2)
                    {
                        local[w] = -3;
                        queue.Add(w);
                    }
                }
            }

            components.Add([.. queue]);
        }

        foreach (int v in nodes)
        {
            local[v] = -1;
        }

        return components;
    }
}
