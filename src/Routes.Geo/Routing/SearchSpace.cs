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
