namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// A binary min-heap of node ids keyed by cost, with each node's slot remembered so a cheaper label
/// moves the node up in place instead of adding a duplicate entry (fewer entries, no stale pops).
/// </summary>
internal sealed class IndexedMinHeap
{
    private readonly int[] _slot;
    private int[] _nodes = new int[64];
    private double[] _keys = new double[64];

    public IndexedMinHeap(int nodes)
    {
        _slot = new int[nodes];
        Array.Fill(_slot, -1);
    }

    public int Count { get; private set; }

    /// <summary>Inserts <paramref name="node"/>, or lowers its key if it is already queued with a higher one.</summary>
    public void Push(int node, double key)
    {
        int i = _slot[node];
        if (i < 0)
        {
            if (Count == _nodes.Length)
            {
                Array.Resize(ref _nodes, 2 * Count);
                Array.Resize(ref _keys, 2 * Count);
            }

            i = Count++;
        }
        else if (key >= _keys[i])
        {
            return;
        }

        SiftUp(i, node, key);
    }

    public bool TryPeek(out int node, out double key)
    {
        if (Count == 0)
        {
            (node, key) = (-1, double.PositiveInfinity);
            return false;
        }

        (node, key) = (_nodes[0], _keys[0]);
        return true;
    }

    public bool TryPop(out int node, out double key)
    {
        if (!TryPeek(out node, out key))
        {
            return false;
        }

        _slot[node] = -1;
        int last = --Count;
        if (last > 0)
        {
            SiftDown(_nodes[last], _keys[last]);
        }

        return true;
    }

    public void Clear()
    {
        for (int i = 0; i < Count; i++)
        {
            _slot[_nodes[i]] = -1;
        }

        Count = 0;
    }

    private void SiftUp(int i, int node, double key)
    {
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (_keys[parent] <= key)
            {
                break;
            }

            Place(i, _nodes[parent], _keys[parent]);
            i = parent;
        }

        Place(i, node, key);
    }

    // Moves the hole at the root down to where (node, key) belongs.
    private void SiftDown(int node, double key)
    {
        int i = 0;
        while (true)
        {
            int child = (2 * i) + 1;
            if (child >= Count)
            {
                break;
            }

            if (child + 1 < Count && _keys[child + 1] < _keys[child])
            {
                child++;
            }

            if (_keys[child] >= key)
            {
                break;
            }

            Place(i, _nodes[child], _keys[child]);
            i = child;
        }

        Place(i, node, key);
    }

    private void Place(int i, int node, double key)
    {
        _nodes[i] = node;
        _keys[i] = key;
        _slot[node] = i;
    }
}
