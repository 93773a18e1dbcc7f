using System.Runtime.InteropServices;

namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// The graph still to contract: every arc ever made lives in <see cref="Arcs"/>, but the adjacency lists
/// hold only live arcs between uncontracted nodes, at most one per ordered pair (the cheapest), so
/// searches never wade through the contracted part or through dominated parallel arcs.
/// </summary>
internal sealed class ContractionGraph
{
    private readonly List<int>[] _out;
    private readonly List<int>[] _in;

    public ContractionGraph(int nodes)
    {
        _out = new List<int>[nodes];
        _in = new List<int>[nodes];
        for (int i = 0; i < nodes; i++)
        {
            _out[i] = [];
            _in[i] = [];
        }
    }

    public ArcList Arcs { get; } = new();

    public int NodeCount => _out.Length;

    /// <summary>Live arcs leaving <paramref name="node"/>; valid until the graph next changes.</summary>
    public ReadOnlySpan<int> Out(int node) => CollectionsMarshal.AsSpan(_out[node]);

    /// <summary>Live arcs arriving at <paramref name="node"/>; valid until the graph next changes.</summary>
    public ReadOnlySpan<int> In(int node) => CollectionsMarshal.AsSpan(_in[node]);

    /// <summary>Adds an original arc; it is live unless an earlier arc between the same ends is as cheap (parallel roads).</summary>
    public void AddOriginal(int from, int to, double weight, double secondary)
    {
        int arc = Arcs.Add(from, to, weight, secondary, -1, -1);
        if (TakesOver(from, to, weight))
        {
            Link(arc);
        }
    }

    /// <summary>Adds the shortcut first+second unless a live arc between its ends is as cheap; a dearer one stops being live.</summary>
    public void AddShortcut(int first, int second)
    {
        int from = Arcs.From[first], to = Arcs.To[second];
        double weight = Arcs.Weight[first] + Arcs.Weight[second];
        if (TakesOver(from, to, weight))
        {
            Link(Arcs.Add(from, to, weight, Arcs.Secondary[first] + Arcs.Secondary[second], first, second));
        }
    }

    /// <summary>Takes <paramref name="node"/> out of the graph: its arcs stop being live (they stay in <see cref="Arcs"/>).</summary>
    public void Remove(int node)
    {
        foreach (int a in _in[node])
        {
            if (Arcs.From[a] != node)
            {
                _out[Arcs.From[a]].Remove(a);
            }
        }

        foreach (int a in _out[node])
        {
            if (Arcs.To[a] != node)
            {
                _in[Arcs.To[a]].Remove(a);
            }
        }

        _out[node] = [];
        _in[node] = [];
    }

    // Whether a new arc from→to of this weight should be live: yes unless a live one is as cheap; a dearer one is unlinked.
    private bool TakesOver(int from, int to, double weight)
    {
        foreach (int existing in _out[from])
        {
            if (Arcs.To[existing] == to)
            {
                if (Arcs.Weight[existing] <= weight)
                {
                    return false;
                }

                Unlink(existing);
                return true;
            }
        }

        return true;
    }

    private void Link(int arc)
    {
        _out[Arcs.From[arc]].Add(arc);
        _in[Arcs.To[arc]].Add(arc);
    }

    private void Unlink(int arc)
    {
        _out[Arcs.From[arc]].Remove(arc);
        _in[Arcs.To[arc]].Remove(arc);
    }
}
