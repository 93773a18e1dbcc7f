using System.Collections.Concurrent;

namespace Routes.Geo.Routing;

/// <summary>
/// The per-query arrays of a search (cost and parent per directed edge). Rented from a pool and
/// reset through the list of entries touched, so a query costs what it explores, not the graph's size.
/// </summary>
internal sealed class SearchSpace
{
    public SearchSpace(int size)
    {
        Cost = new double[size];
        Parent = new int[size];
        Closed = new bool[size];
        Array.Fill(Cost, double.PositiveInfinity);
    }

    public double[] Cost { get; }

    public int[] Parent { get; }

    public bool[] Closed { get; }

    public List<int> Touched { get; } = [];

    public PriorityQueue<int, (double, int)> Queue { get; } = new();

    /// <summary>
    /// The step every edge search shares: records cost <paramref name="g"/> and the parent of a directed entry
    /// (listing it for the reset the first time it is reached) and queues it at g + h (h = 0 for Dijkstra).
    /// </summary>
    public void Push(int directed, double g, int parent = -1, double h = 0)
    {
        if (double.IsPositiveInfinity(Cost[directed]))
        {
            Touched.Add(directed);
        }

        Cost[directed] = g;
        Parent[directed] = parent;
        Queue.Enqueue(directed, (g + h, directed));
    }

    public void Reset()
    {
        foreach (int d in Touched)
        {
            Cost[d] = double.PositiveInfinity;
            Closed[d] = false;
        }

        Touched.Clear();
        Queue.Clear();
    }
}

/// <summary>A small pool of search spaces, one in use per concurrent query.</summary>
internal sealed class SearchSpacePool(int size)
{
    private readonly ConcurrentBag<SearchSpace> _free = [];

    public SearchSpace Rent() => _free.TryTake(out SearchSpace? space) ? space : new SearchSpace(size);

    public void Return(SearchSpace space)
    {
        space.Reset();
        _free.Add(space);
    }
}
