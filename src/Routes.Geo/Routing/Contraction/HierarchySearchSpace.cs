using System.Collections.Concurrent;

namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// Labels of one upward search (cost, arc it came by, and the snapped edge its seed stands for),
/// in arrays sized to the hierarchy and reset through the list of nodes touched.
/// </summary>
internal sealed class UpwardLabels
{
    public UpwardLabels(int nodes)
    {
        Cost = new double[nodes];
        Secondary = new double[nodes];
        Arc = new int[nodes];
        Seed = new int[nodes];
        Queue = new IndexedMinHeap(nodes);
        Array.Fill(Cost, double.PositiveInfinity);
    }

    public double[] Cost { get; }

    /// <summary>The other measure (length or time) along the labelled path.</summary>
    public double[] Secondary { get; }

    public int[] Arc { get; }

    /// <summary>The directed edge the label's seed stands for: backward, the target edge (-1 for a junction target); forward on junction hierarchies, the source edge.</summary>
    public int[] Seed { get; }

    public List<int> Touched { get; } = [];

    public IndexedMinHeap Queue { get; }

    public void Label(int node, double cost, double secondary, int arc, int seed)
    {
        if (cost >= Cost[node])
        {
            return;
        }

        if (double.IsPositiveInfinity(Cost[node]))
        {
            Touched.Add(node);
        }

        Cost[node] = cost;
        Secondary[node] = secondary;
        Arc[node] = arc;
        Seed[node] = seed;
        Queue.Push(node, cost);
    }

    public void Reset()
    {
        foreach (int node in Touched)
        {
            Cost[node] = double.PositiveInfinity;
        }

        Touched.Clear();
        Queue.Clear();
    }
}

/// <summary>A forward and a backward label set, pooled per hierarchy so concurrent queries never share one.</summary>
internal sealed class HierarchySearchSpace(int nodes)
{
    public UpwardLabels Forward { get; } = new(nodes);

    public UpwardLabels Backward { get; } = new(nodes);

    /// <summary>Arcs waiting to be unpacked into the found path; kept with the labels so a query allocates no stack.</summary>
    public Stack<int> PendingArcs { get; } = new();

    /// <summary>The found path's nodes (turn hierarchies) or original arcs (junction hierarchies) while it is unpacked.</summary>
    public List<int> PathNodes { get; } = [];
}

internal sealed class HierarchySearchSpacePool(int nodes)
{
    private readonly ConcurrentBag<HierarchySearchSpace> _free = [];

    public HierarchySearchSpace Rent() => _free.TryTake(out HierarchySearchSpace? space) ? space : new HierarchySearchSpace(nodes);

    public void Return(HierarchySearchSpace space)
    {
        space.Forward.Reset();
        space.Backward.Reset();
        space.PendingArcs.Clear();
        space.PathNodes.Clear();
        _free.Add(space);
    }
}
