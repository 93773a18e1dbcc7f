namespace Routes.Geo.Routing.Customizable;

/// <summary>The arcs of a <see cref="CchInput"/> without direction, parallels or loops: neighbours of v are Neighbour[Start[v] .. Start[v+1]-1].</summary>
internal sealed class UndirectedGraph
{
    private UndirectedGraph(int[] start, int[] neighbour) => (Start, Neighbour) = (start, neighbour);

    public int[] Start { get; }

    public int[] Neighbour { get; }

    public int NodeCount => Start.Length - 1;

    public int Degree(int v) => Start[v + 1] - Start[v];

    public static UndirectedGraph Of(int nodes, int[] from, int[] to)
    {
        var count = new int[nodes + 1];
        for (int a = 0; a < from.Length; a++)
        {
            if (from[a] != to[a])
            {
                count[from[a] + 1]++;
                count[to[a] + 1]++;
            }
        }

        for (int v = 0; v < nodes; v++)
        {
            count[v + 1] += count[v];
        }

        var all = new int[count[nodes]];
        var fill = (int[])count.Clone();
        for (int a = 0; a < from.Length; a++)
        {
            if (from[a] != to[a])
            {
                all[fill[from[a]]++] = to[a];
                all[fill[to[a]]++] = from[a];
            }
        }

        // Sort each list and drop repeats in place, then compact.
        var start = new int[nodes + 1];
        int kept = 0;
        for (int v = 0; v < nodes; v++)
        {
            Array.Sort(all, count[v], count[v + 1] - count[v]);
            start[v] = kept;
            for (int i = count[v]; i < count[v + 1]; i++)
            {
                if (i == count[v] || all[i] != all[i - 1])
                {
                    all[kept++] = all[i];
                }
            }
        }

        start[nodes] = kept;
        return new UndirectedGraph(start, all[..kept]);
    }
}
