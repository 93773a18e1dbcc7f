using System.Collections.Concurrent;

namespace Routes.Geo.Routing.Customizable;

/// <summary>One side's labels of an elimination-tree query, in arrays sized to the hierarchy (rank space).</summary>
internal sealed class CchLabels
{
    public CchLabels(int nodes)
    {
        Cost = new double[nodes];
        From = new int[nodes];
        Slot = new int[nodes];
        Seed = new int[nodes];
        Mark = new int[nodes];
        Array.Fill(Cost, double.PositiveInfinity);
    }

    public double[] Cost { get; }

    /// <summary>The node the label came from (-1 for a seed) and the directed slot it came by.</summary>
    public int[] From { get; }

    public int[] Slot { get; }

    /// <summary>The directed edge a seed stands for (as in the plain hierarchy's seeds), -1 when none.</summary>
    public int[] Seed { get; }

    /// <summary>The query stamp that last put a node on this side's tree path.</summary>
    public int[] Mark { get; }

    /// <summary>The nodes on the tree paths from the seeds to their roots, sorted by rank once gathered.</summary>
    public List<int> Path { get; } = [];

    /// <summary>Appends to <paramref name="slots"/> the slots walked from <paramref name="node"/> back to its seed, in walking order; returns the seed node.</summary>
    public int SlotsToSeed(int node, List<int> slots)
    {
        while (From[node] >= 0)
        {
            slots.Add(Slot[node]);
            node = From[node];
        }

        return node;
    }

    public void Label(int rank, double cost, int seed)
    {
        if (cost < Cost[rank])
        {
            (Cost[rank], From[rank], Slot[rank], Seed[rank]) = (cost, -1, -1, seed);
        }
    }

    public void Reset()
    {
        foreach (int r in Path)
        {
            Cost[r] = double.PositiveInfinity;
        }

        Path.Clear();
    }
}

/// <summary>Both sides' labels and the unpacking scratch of one query.</summary>
internal sealed class CchSpace(int nodes)
{
    public CchLabels Forward { get; } = new(nodes);

    public CchLabels Backward { get; } = new(nodes);

    /// <summary>Seeds are labelled before their tree paths are gathered; their ranks wait here.</summary>
    public List<int> Seeds { get; } = [];

    public int Stamp { get; set; }

    public Stack<int> Pending { get; } = new();

    public List<int> Slots { get; } = [];

    public List<int> Arcs { get; } = [];
}

internal sealed class CchSpacePool(int nodes)
{
    private readonly ConcurrentBag<CchSpace> _free = [];

    public CchSpace Rent() => _free.TryTake(out CchSpace? space) ? space : new CchSpace(nodes);

    public void Return(CchSpace space)
    {
        space.Forward.Reset();
        space.Backward.Reset();
        space.Seeds.Clear();
        space.Pending.Clear();
        space.Slots.Clear();
        space.Arcs.Clear();
        _free.Add(space);
    }
}
