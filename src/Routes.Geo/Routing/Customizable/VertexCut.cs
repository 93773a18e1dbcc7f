namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// A minimum vertex cut between two node sets of a connected piece of an undirected graph, by maximum flow (Dinic) with
/// unit node capacities: each node is split into an in-node and an out-node joined by an arc of capacity one. The cut
/// avoids the sources and sinks themselves (they are merged into one source and one sink) unless a source touches a sink.
/// Reused across pieces: its arrays grow to the largest piece seen.
/// </summary>
internal sealed class VertexCut
{
    private const int Unbounded = int.MaxValue / 4;
    private int[] _start = [];
    private int[] _head = [];
    private int[] _capacity = [];
    private int[] _level = [];
    private int[] _next = [];
    private int[] _queue = [];
    private int[] _pathArc = [];
    private int[] _tails = [];
    private int[] _fill = [];

    /// <summary>
    /// The separator of <paramref name="piece"/> (global node ids; <paramref name="local"/> maps each to its index in the
    /// piece) between its nodes flagged <paramref name="side"/> = -1 (sources) and +1 (sinks), made of nodes flagged 0 when a
    /// source touches no sink; null as soon as the flow
    /// reaches <paramref name="bound"/>, since the cut then has at least that many nodes.
    /// </summary>
    public List<int>? Separator(UndirectedGraph graph, int[] piece, int[] local, sbyte[] side, int bound) =>
        Separator(graph, piece, local, side, () => bound);

    /// <summary>
    /// As <see cref="Separator(UndirectedGraph, int[], int[], sbyte[], int)"/> with a bound read again after each augmenting
    /// path (other directions cut at the same time lower it).
    /// </summary>
    public List<int>? Separator(UndirectedGraph graph, int[] piece, int[] local, sbyte[] side, Func<int> bound)
    {
        if (!BuildContracted(graph, piece, local, side))
        {
            Build(graph, piece, local, side);
        }

        int source = 2 * piece.Length, sink = source + 1;
        int flow = 0;
        while (Levels(source, sink))
        {
            Array.Copy(_start, _next, source + 2);
            int pushed;
            while ((pushed = Augment(source, sink)) > 0)
            {
                flow += pushed;
                if (flow >= bound())
                {
                    return null;
                }
            }
        }

        // The cut: nodes whose in-node the source still reaches in the residual graph but whose out-node it does not.
        Levels(source, -1);
        var separator = new List<int>();
        for (int i = 0; i < piece.Length; i++)
        {
            if (_level[2 * i] >= 0 && _level[(2 * i) + 1] < 0)
            {
                separator.Add(piece[i]);
            }
        }

        return separator;
    }

    // Sources merged into the source and sinks into the sink (Schild & Sommer's contracted terminals): the flow network holds
    // the middle half of the piece only. False, building nothing, when a source touches a sink (no cut of the middle exists).
    private bool BuildContracted(UndirectedGraph graph, int[] piece, int[] local, sbyte[] side)
    {
        int m = piece.Length, nodes = (2 * m) + 2, source = 2 * m, sink = source + 1;
        int arcs = 0;
        for (int i = 0; i < m; i++)
        {
            int v = piece[i];
            if (side[i] != 0)
            {
                for (int k = graph.Start[v]; k < graph.Start[v + 1]; k++)
                {
                    int j = local[graph.Neighbour[k]];
                    if (j >= 0 && side[j] == -side[i])
                    {
                        return false;
                    }
                }

                continue;
            }

            arcs += 2 + 4;
            for (int k = graph.Start[v]; k < graph.Start[v + 1]; k++)
            {
                int j = local[graph.Neighbour[k]];
                arcs += j >= 0 && side[j] == 0 ? 2 : 0;
            }
        }

        Reserve(nodes, arcs);
        int a = 0;
        void Pair(int from, int to, int capacity) => a = PlacePair(a, from, to, capacity);

        for (int i = 0; i < m; i++)
        {
            if (side[i] != 0)
            {
                continue;
            }

            int v = piece[i];
            Pair(2 * i, (2 * i) + 1, 1);
            bool fromSource = false, toSink = false;
            for (int k = graph.Start[v]; k < graph.Start[v + 1]; k++)
            {
                int j = local[graph.Neighbour[k]];
                if (j < 0)
                {
                    continue;
                }

                if (side[j] == 0)
                {
                    Pair((2 * i) + 1, 2 * j, Unbounded);
                }
                else if (side[j] < 0 && !fromSource)
                {
                    fromSource = true;
                    Pair(source, 2 * i, Unbounded);
                }
                else if (side[j] > 0 && !toSink)
                {
                    toSink = true;
                    Pair((2 * i) + 1, sink, Unbounded);
                }
            }
        }

        IndexByTail(nodes, a);
        return true;
    }

    private void Build(UndirectedGraph graph, int[] piece, int[] local, sbyte[] side)
    {
        int m = piece.Length, nodes = (2 * m) + 2, source = 2 * m, sink = source + 1;
        int arcs = 0;
        for (int i = 0; i < m; i++)
        {
            int v = piece[i];
            arcs += 2 + (side[i] != 0 ? 2 : 0);
            for (int k = graph.Start[v]; k < graph.Start[v + 1]; k++)
            {
                arcs += local[graph.Neighbour[k]] >= 0 ? 2 : 0;
            }
        }

        Reserve(nodes, arcs);

        int a = 0;
        void Pair(int from, int to, int capacity) => a = PlacePair(a, from, to, capacity);

        for (int i = 0; i < m; i++)
        {
            int v = piece[i];
            Pair(2 * i, (2 * i) + 1, 1);
            if (side[i] < 0)
            {
                Pair(source, 2 * i, Unbounded);
            }
            else if (side[i] > 0)
            {
                Pair((2 * i) + 1, sink, Unbounded);
            }

            for (int k = graph.Start[v]; k < graph.Start[v + 1]; k++)
            {
                int j = local[graph.Neighbour[k]];
                if (j >= 0)
                {
                    Pair((2 * i) + 1, 2 * j, Unbounded);
                }
            }
        }

        IndexByTail(nodes, arcs);
    }

    private int[] _order = [];

    // Arcs are stored in pairs (a, a ^ 1), the reverse arc with no capacity; the index of the next free pair comes back.
    private int PlacePair(int a, int from, int to, int capacity)
    {
        (_tails[a], _head[a], _capacity[a]) = (from, to, capacity);
        (_tails[a + 1], _head[a + 1], _capacity[a + 1]) = (to, from, 0);
        return a + 2;
    }

    private void Reserve(int nodes, int arcs)
    {
        Grow(ref _start, nodes + 1);
        Grow(ref _head, arcs);
        Grow(ref _capacity, arcs);
        Grow(ref _level, nodes);
        Grow(ref _next, nodes + 1);
        Grow(ref _queue, nodes);
        Grow(ref _pathArc, nodes);
        Grow(ref _tails, arcs);
        Grow(ref _fill, nodes);
        Array.Clear(_start, 0, nodes + 1);
    }

    // Group the arcs by tail: a permutation of the pair layout would break a ^ 1, so keep an index instead.
    private void IndexByTail(int nodes, int arcs)
    {
        _order = Grow(_order, arcs);
        for (int x = 0; x < arcs; x++)
        {
            _start[_tails[x] + 1]++;
        }

        for (int x = 0; x < nodes; x++)
        {
            _start[x + 1] += _start[x];
        }

        Array.Copy(_start, _fill, nodes);
        for (int x = 0; x < arcs; x++)
        {
            _order[_fill[_tails[x]]++] = x;
        }
    }

    // Breadth-first levels from the source over arcs with capacity left; true when the sink is reached.
    private bool Levels(int source, int sink)
    {
        int nodes = source + 2;
        Array.Fill(_level, -1, 0, nodes);
        _level[source] = 0;
        int head = 0, tail = 0;
        _queue[tail++] = source;
        while (head < tail)
        {
            int x = _queue[head++];

            // Nodes at the sink's level or beyond lie on no shortest augmenting path: the phase needs none of them.
            if (sink >= 0 && _level[sink] >= 0 && _level[x] >= _level[sink])
            {
                break;
            }

            for (int k = _start[x]; k < _start[x + 1]; k++)
            {
                int arc = _order[k];
                int y = _head[arc];
                if (_capacity[arc] > 0 && _level[y] < 0)
                {
                    _level[y] = _level[x] + 1;
                    _queue[tail++] = y;
                }
            }
        }

        return sink >= 0 && _level[sink] >= 0;
    }

    // One augmenting path along the levels (iterative depth-first search with per-node arc pointers): the flow it
    // pushed, 0 when the phase is over.
    private int Augment(int source, int sink)
    {
        int depth = 0, x = source;
        while (true)
        {
            if (x == sink)
            {
                int bottleneck = Unbounded;
                for (int i = 0; i < depth; i++)
                {
                    bottleneck = Math.Min(bottleneck, _capacity[_pathArc[i]]);
                }

                for (int i = 0; i < depth; i++)
                {
                    _capacity[_pathArc[i]] -= bottleneck;
                    _capacity[_pathArc[i] ^ 1] += bottleneck;
                }

                return bottleneck;
            }

            bool advanced = false;
            for (; _next[x] < _start[x + 1]; _next[x]++)
            {
                int arc = _order[_next[x]];
                int y = _head[arc];
                if (_capacity[arc] > 0 && _level[y] == _level[x] + 1)
                {
                    _pathArc[depth++] = arc;
                    x = y;
                    advanced = true;
                    break;
                }
            }

            if (advanced)
            {
                continue;
            }

            // A dead end: never try it again in this phase, and step back.
            _level[x] = -1;
            if (depth == 0)
            {
                return 0;
            }

            int back = _pathArc[--depth];
            x = _head[back ^ 1];
            _next[x]++;
        }
    }

    private static void Grow(ref int[] array, int size)
    {
        if (array.Length < size)
        {
            array = new int[Math.Max(size, array.Length * 2)];
        }
    }

    private static int[] Grow(int[] array, int size) => array.Length < size ? new int[Math.Max(size, array.Length * 2)] : array;
}
