namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// A metric-independent contraction order by nested dissection with inertial flow (Schild &amp; Sommer 2015, as used by
/// Dibbelt, Strasser &amp; Wagner 2016): a connected piece is projected on four directions, the first and last quarter along
/// each become source and sink, and the smallest of the four minimum vertex cuts separates it; separators are contracted
/// last, the pieces they leave are ordered the same way, and small pieces by degree.
/// </summary>
internal static class NestedDissection
{
    /// <summary>Pieces of at most this many nodes are not cut further (a cut costs more than it saves there).</summary>
    internal const int LeafSize = 24;

    /// <summary>Share of a piece, along a direction, that becomes the source and the sink of its cut.</summary>
    internal const double SideShare = 0.25;

    // Directions in the local plane: east, north, north-east, south-east.
    private static readonly (double X, double Y)[] Directions = [(1, 0), (0, 1), (1, 1), (1, -1)];

    /// <summary>Each node's rank (0 = contracted first) in a nested-dissection order of <paramref name="graph"/>.</summary>
    public static int[] Ranks(UndirectedGraph graph, double[] x, double[] y)
    {
        int n = graph.NodeCount;
        var rank = new int[n];
        var local = new int[n];
        Array.Fill(local, -1);
        var cut = new VertexCut();
        var inSeparator = new bool[n];
        int top = n;

        // Ranks are handed out from the top: a separator takes the highest ranks left, then its pieces share the rest.
        var pending = new Stack<int[]>();
        foreach (int[] component in Components(graph, Enumerable.Range(0, n).ToArray(), local))
        {
            pending.Push(component);
        }

        while (pending.Count > 0)
        {
            int[] piece = pending.Pop();
            if (piece.Length <= LeafSize)
            {
                Leaf(graph, piece, local, rank, ref top);
                continue;
            }

            List<int> separator = Separator(graph, piece, local, x, y, cut);
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

            foreach (int[] component in Components(graph, rest, local))
            {
                pending.Push(component);
            }
        }

        return rank;
    }

    // The smallest cut over the four directions (on a tie, the first found).
    private static List<int> Separator(UndirectedGraph graph, int[] piece, int[] local, double[] x, double[] y, VertexCut cut)
    {
        int m = piece.Length;
        for (int i = 0; i < m; i++)
        {
            local[piece[i]] = i;
        }

        var side = new sbyte[m];
        var keys = new double[m];
        var byKey = new int[m];
        List<int>? best = null;
        int share = Math.Max(1, (int)(SideShare * m));
        foreach ((double dx, double dy) in Directions)
        {
            for (int i = 0; i < m; i++)
            {
                (keys[i], byKey[i]) = ((dx * x[piece[i]]) + (dy * y[piece[i]]), i);
            }

            Array.Sort(keys, byKey);
            Array.Clear(side);
            for (int i = 0; i < share; i++)
            {
                side[byKey[i]] = -1;
                side[byKey[m - 1 - i]] = 1;
            }

            // A direction whose flow reaches the best cut so far cannot beat it (ties keep the first): stop it there.
            List<int>? separator = cut.Separator(graph, piece, local, side, best?.Count ?? int.MaxValue);
            if (separator is not null && (best is null || separator.Count < best.Count))
            {
                best = separator;
            }
        }

        foreach (int v in piece)
        {
            local[v] = -1;
        }

        return best!;
    }

    // A small piece: fewest neighbours inside it first (a cheap stand-in for minimum degree).
    private static void Leaf(UndirectedGraph graph, int[] piece, int[] local, int[] rank, ref int top)
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

        top -= piece.Length;
        for (int i = 0; i < order.Length; i++)
        {
            rank[piece[order[i]]] = top + i;
        }
    }

    // Connected components of the subgraph induced by `nodes`.
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
