namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// Contracts nodes one by one in order of a lazily updated priority (edge difference, contracted
/// neighbours, depth), adding a shortcut u→w for v only when a bounded witness search finds no path
/// from u to w avoiding v that is as short. Bounded searches only add shortcuts, never lose paths.
/// </summary>
internal sealed class Contractor
{
    private const int WitnessSettleLimit = 400;
    private readonly int _nodes;
    private readonly List<int>[] _out;
    private readonly List<int>[] _in;
    private readonly bool[] _contracted;
    private readonly int[] _depth;
    private readonly int[] _contractedNeighbours;

    // Witness search state, reused between searches.
    private readonly double[] _witnessCost;
    private readonly List<int> _witnessTouched = [];
    private readonly PriorityQueue<int, double> _witnessQueue = new();

    public Contractor(int nodes)
    {
        _nodes = nodes;
        _out = new List<int>[nodes];
        _in = new List<int>[nodes];
        for (int i = 0; i < nodes; i++)
        {
            _out[i] = [];
            _in[i] = [];
        }

        _contracted = new bool[nodes];
        _depth = new int[nodes];
        _contractedNeighbours = new int[nodes];
        _witnessCost = new double[nodes];
        Array.Fill(_witnessCost, double.PositiveInfinity);
    }

    public ArcList Arcs { get; } = new();

    public void AddArc(int from, int to, double weight, double secondary) => Link(Arcs.Add(from, to, weight, secondary, -1, -1));

    /// <summary>Contracts every node; returns each node's rank (0 = contracted first).</summary>
    public int[] ContractAll()
    {
        var rank = new int[_nodes];
        var queue = new PriorityQueue<int, (double, int)>();
        for (int v = 0; v < _nodes; v++)
        {
            queue.Enqueue(v, (Priority(v), v));
        }

        int next = 0;
        while (queue.TryDequeue(out int v, out (double Priority, int) key))
        {
            if (_contracted[v])
            {
                continue;
            }

            // Lazy update: a stale priority goes back in the queue with its current value.
            double current = Priority(v);
            if (queue.Count > 0 && queue.TryPeek(out _, out (double Priority, int) top) && current > top.Priority)
            {
                queue.Enqueue(v, (current, v));
                continue;
            }

            Contract(v);
            rank[v] = next++;
        }

        return rank;
    }

    private void Link(int arc)
    {
        _out[Arcs.From[arc]].Add(arc);
        _in[Arcs.To[arc]].Add(arc);
    }

    private double Priority(int v)
    {
        int removed = 0;
        foreach (int a in _in[v])
        {
            removed += _contracted[Arcs.From[a]] ? 0 : 1;
        }

        foreach (int a in _out[v])
        {
            removed += _contracted[Arcs.To[a]] ? 0 : 1;
        }

        int added = Shortcuts(v, apply: false);
        return 2.0 * (added - removed) + _contractedNeighbours[v] + _depth[v];
    }

    private void Contract(int v)
    {
        Shortcuts(v, apply: true);
        _contracted[v] = true;
        foreach (int a in _in[v])
        {
            Touch(Arcs.From[a], v);
        }

        foreach (int a in _out[v])
        {
            Touch(Arcs.To[a], v);
        }
    }

    private void Touch(int neighbour, int contracted)
    {
        if (!_contracted[neighbour])
        {
            _contractedNeighbours[neighbour]++;
            _depth[neighbour] = Math.Max(_depth[neighbour], _depth[contracted] + 1);
        }
    }

    // Counts (or adds) the shortcuts contracting v needs.
    private int Shortcuts(int v, bool apply)
    {
        int count = 0;
        var pending = apply ? new List<(int From, int To, double Weight, int A, int B)>() : null;
        foreach (int inArc in _in[v])
        {
            int u = Arcs.From[inArc];
            if (_contracted[u])
            {
                continue;
            }

            double maxCost = 0;
            foreach (int outArc in _out[v])
            {
                int w = Arcs.To[outArc];
                if (!_contracted[w] && w != u)
                {
                    maxCost = Math.Max(maxCost, Arcs.Weight[inArc] + Arcs.Weight[outArc]);
                }
            }

            if (maxCost == 0)
            {
                continue;
            }

            WitnessSearch(u, v, maxCost);
            foreach (int outArc in _out[v])
            {
                int w = Arcs.To[outArc];
                if (_contracted[w] || w == u)
                {
                    continue;
                }

                double via = Arcs.Weight[inArc] + Arcs.Weight[outArc];
                if (_witnessCost[w] > via)
                {
                    count++;
                    pending?.Add((u, w, via, inArc, outArc));
                }
            }

            ResetWitness();
        }

        if (pending is not null)
        {
            foreach ((int from, int to, double weight, int a, int b) in pending)
            {
                Link(Arcs.Add(from, to, weight, Arcs.Secondary[a] + Arcs.Secondary[b], a, b));
            }
        }

        return count;
    }

    private void WitnessSearch(int source, int avoid, double maxCost)
    {
        _witnessCost[source] = 0;
        _witnessTouched.Add(source);
        _witnessQueue.Enqueue(source, 0);
        int settled = 0;
        while (_witnessQueue.TryDequeue(out int x, out double cost))
        {
            if (cost > _witnessCost[x])
            {
                continue;
            }

            if (cost > maxCost || ++settled > WitnessSettleLimit)
            {
                break;
            }

            foreach (int a in _out[x])
            {
                int y = Arcs.To[a];
                if (y == avoid || _contracted[y])
                {
                    continue;
                }

                double next = cost + Arcs.Weight[a];
                if (next < _witnessCost[y])
                {
                    if (double.IsPositiveInfinity(_witnessCost[y]))
                    {
                        _witnessTouched.Add(y);
                    }

                    _witnessCost[y] = next;
                    _witnessQueue.Enqueue(y, next);
                }
            }
        }
    }

    private void ResetWitness()
    {
        foreach (int x in _witnessTouched)
        {
            _witnessCost[x] = double.PositiveInfinity;
        }

        _witnessTouched.Clear();
        _witnessQueue.Clear();
    }
}
