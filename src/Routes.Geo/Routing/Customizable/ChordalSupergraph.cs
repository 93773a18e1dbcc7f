namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// The graph contraction leaves when no witness search spares a shortcut (the chordal supergraph of the order), with nodes
/// numbered by rank: every edge joins a lower node to a higher one and is listed once, under its lower end, sorted by the
/// higher; edge e of node r is {r, Upper[e]} for e in Start[r] .. Start[r+1]-1. Contracting r makes its upper neighbours a
/// clique, so the lowest of them (its parent in the elimination tree) has all the others among its own.
/// </summary>
internal sealed class ChordalSupergraph
{
    private ChordalSupergraph(int[] start, int[] upper, int[] parent) => (Start, Upper, Parent) = (start, upper, parent);

    /// <summary>The supergraph of arrays read back from a saved network, which checks them (<see cref="Storage.SavedCustomizablePayload"/>).</summary>
    public static ChordalSupergraph FromStored(int[] start, int[] upper, int[] parent) => new(start, upper, parent);

    public int[] Start { get; }

    public int[] Upper { get; }

    /// <summary>Each node's parent in the elimination tree (its lowest upper neighbour), or -1 for a root.</summary>
    public int[] Parent { get; }

    public int NodeCount => Start.Length - 1;

    public int EdgeCount => Upper.Length;

    /// <summary>The same edges listed under their upper ends (built on first use): for node u, edges
    /// <see cref="LowerEdges.Edge"/>[k] to lower nodes <see cref="LowerEdges.Node"/>[k], k in Start[u] .. Start[u+1]-1, by rising edge.</summary>
    public LowerEdges Lower => LazyInitializer.EnsureInitialized(ref _lower, () => new LowerEdges(Start, Upper));

    private LowerEdges? _lower;

    /// <summary>The edge {low, high} (low ranked below high), or -1 when there is none.</summary>
    public int Find(int low, int high)
    {
        int index = Array.BinarySearch(Upper, Start[low], Start[low + 1] - Start[low], high);
        return index >= 0 ? index : -1;
    }

    /// <summary>Contracts every node of <paramref name="graph"/> (by rank) without witness searches.</summary>
    public static ChordalSupergraph Of(UndirectedGraph graph, int[] rank)
    {
        int n = graph.NodeCount;
        var upper = new List<int>[n];
        for (int v = 0; v < n; v++)
        {
            int r = rank[v];
            upper[r] = [];
            for (int k = graph.Start[v]; k < graph.Start[v + 1]; k++)
            {
                int w = rank[graph.Neighbour[k]];
                if (w > r)
                {
                    upper[r].Add(w);
                }
            }
        }

        var parent = new int[n];
        var start = new int[n + 1];
        for (int r = 0; r < n; r++)
        {
            List<int> list = upper[r];
            list.Sort();
            Unique(list);
            start[r + 1] = start[r] + list.Count;
            parent[r] = list.Count > 0 ? list[0] : -1;
            if (list.Count > 1)
            {
                // The parent inherits the rest; repeats are dropped when it is reached.
                upper[list[0]].AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)[1..]);
            }
        }

        var all = new int[start[n]];
        for (int r = 0; r < n; r++)
        {
            upper[r].CopyTo(all, start[r]);
        }

        return new ChordalSupergraph(start, all, parent);
    }

    private static void Unique(List<int> sorted)
    {
        int kept = 0;
        for (int i = 0; i < sorted.Count; i++)
        {
            if (kept == 0 || sorted[i] != sorted[kept - 1])
            {
                sorted[kept++] = sorted[i];
            }
        }

        sorted.RemoveRange(kept, sorted.Count - kept);
    }
}

/// <summary>A chordal supergraph's edges grouped by their upper end.</summary>
internal sealed class LowerEdges
{
    public LowerEdges(int[] start, int[] upper)
    {
        int n = start.Length - 1;
        Start = new int[n + 1];
        foreach (int u in upper)
        {
            Start[u + 1]++;
        }

        for (int u = 0; u < n; u++)
        {
            Start[u + 1] += Start[u];
        }

        Edge = new int[upper.Length];
        Node = new int[upper.Length];
        int[] fill = (int[])Start.Clone();
        for (int r = 0; r < n; r++)
        {
            for (int e = start[r]; e < start[r + 1]; e++)
            {
                int k = fill[upper[e]]++;
                (Edge[k], Node[k]) = (e, r);
            }
        }
    }

    public int[] Start { get; }

    public int[] Edge { get; }

    public int[] Node { get; }
}
