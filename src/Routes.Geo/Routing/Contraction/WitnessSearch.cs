namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// A bounded Dijkstra from one node of the remaining graph that avoids the node being contracted and
/// stops once every target is settled, the cost bound is passed or the settle limit is reached.
/// A stopped search only ever reports costs too high, so contraction adds shortcuts, never loses paths.
/// </summary>
internal sealed class WitnessSearch
{
    private readonly double[] _cost;
    private readonly bool[] _target;
    private readonly List<int> _touched = [];
    private readonly IndexedMinHeap _queue;

    public WitnessSearch(int nodes)
    {
        _cost = new double[nodes];
        _target = new bool[nodes];
        _queue = new IndexedMinHeap(nodes);
        Array.Fill(_cost, double.PositiveInfinity);
    }

    /// <summary>The cost found to <paramref name="node"/> by the last search (∞ if not reached).</summary>
    public double CostTo(int node) => _cost[node];

    /// <summary>Searches from <paramref name="source"/> over the live arcs of <paramref name="graph"/>, never entering <paramref name="avoid"/>.</summary>
    public void Run(ContractionGraph graph, int source, int avoid, ReadOnlySpan<int> targets, double maxCost, int settleLimit)
    {
        Reset();
        int remaining = 0;
        foreach (int t in targets)
        {
            if (!_target[t])
            {
                _target[t] = true;
                _touched.Add(t);
                remaining++;
            }
        }

        Relax(source, 0);
        int settled = 0;
        while (remaining > 0 && _queue.TryPop(out int x, out double cost))
        {
            if (cost > maxCost || ++settled > settleLimit)
            {
                break;
            }

            if (_target[x])
            {
                _target[x] = false;
                remaining--;
            }

            foreach (int a in graph.Out(x))
            {
                int y = graph.Arcs.To[a];
                if (y != avoid)
                {
                    Relax(y, cost + graph.Arcs.Weight[a]);
                }
            }
        }
    }

    private void Relax(int node, double cost)
    {
        if (cost < _cost[node])
        {
            if (double.IsPositiveInfinity(_cost[node]) && !_target[node])
            {
                _touched.Add(node);
            }

            _cost[node] = cost;
            _queue.Push(node, cost);
        }
    }

    private void Reset()
    {
        foreach (int x in _touched)
        {
            _cost[x] = double.PositiveInfinity;
            _target[x] = false;
        }

        _touched.Clear();
        _queue.Clear();
    }
}
