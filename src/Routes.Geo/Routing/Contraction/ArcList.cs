namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// The arcs of a hierarchy in growable parallel arrays: an original arc (a turn) has no children;
/// a shortcut u→w over v has the two arcs u→v and v→w as children, which is how it unpacks.
/// </summary>
internal sealed class ArcList
{
    private int[] _from = new int[1024];
    private int[] _to = new int[1024];
    private double[] _weight = new double[1024];
    private double[] _secondary = new double[1024];
    private int[] _first = new int[1024];
    private int[] _second = new int[1024];

    public int Count { get; private set; }

    /// <summary>Rebuilds a list from stored arrays of equal length.</summary>
    public static ArcList FromArrays(int[] from, int[] to, double[] weight, double[] secondary, int[] first, int[] second)
    {
        int n = from.Length;
        if (to.Length != n || weight.Length != n || secondary.Length != n || first.Length != n || second.Length != n)
        {
            throw new InvalidDataException("The stored arc arrays differ in length.");
        }

        var list = new ArcList { _from = from, _to = to, _weight = weight, _secondary = secondary, _first = first, _second = second, Count = n };
        return list;
    }

    /// <summary>Copies of the arrays trimmed to <see cref="Count"/>, for saving.</summary>
    public (int[] From, int[] To, double[] Weight, double[] Secondary, int[] First, int[] Second) ToArrays() =>
        (_from[..Count], _to[..Count], _weight[..Count], _secondary[..Count], _first[..Count], _second[..Count]);

    public int[] From => _from;

    public int[] To => _to;

    public double[] Weight => _weight;

    /// <summary>The other measure along the arc (length when the weight is time, time when it is length), summed like the weight.</summary>
    public double[] Secondary => _secondary;

    public int[] FirstChild => _first;

    public int[] SecondChild => _second;

    public int Add(int from, int to, double weight, double secondary, int first, int second)
    {
        if (Count == _from.Length)
        {
            int size = 2 * Count;
            Array.Resize(ref _from, size);
            Array.Resize(ref _to, size);
            Array.Resize(ref _weight, size);
            Array.Resize(ref _secondary, size);
            Array.Resize(ref _first, size);
            Array.Resize(ref _second, size);
        }

        _from[Count] = from;
        _to[Count] = to;
        _weight[Count] = weight;
        _secondary[Count] = secondary;
        _first[Count] = first;
        _second[Count] = second;
        return Count++;
    }

    /// <summary>
    /// Unpacks the arcs on <paramref name="pending"/>, top first, appending the nodes each passes through after
    /// its start (an original arc gives its head); leaves the stack empty. The caller's stack is reused across queries.
    /// </summary>
    public void Unpack(Stack<int> pending, List<int> nodes)
    {
        while (pending.Count > 0)
        {
            int a = pending.Pop();
            if (_first[a] < 0)
            {
                nodes.Add(_to[a]);
            }
            else
            {
                pending.Push(_second[a]);
                pending.Push(_first[a]);
            }
        }
    }

    /// <summary>Like <see cref="Unpack"/>, but appends the original arcs themselves rather than the nodes they reach.</summary>
    public void UnpackArcs(Stack<int> pending, List<int> arcs)
    {
        while (pending.Count > 0)
        {
            int a = pending.Pop();
            if (_first[a] < 0)
            {
                arcs.Add(a);
            }
            else
            {
                pending.Push(_second[a]);
                pending.Push(_first[a]);
            }
        }
    }
}
