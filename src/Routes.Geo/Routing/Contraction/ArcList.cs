using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// The arcs of a hierarchy in growable parallel arrays: an original arc (a turn) has no children;
/// a shortcut u→w over v has the two arcs u→v and v→w as children, which is how it unpacks.
/// </summary>
internal sealed class ArcList
{
    private const int InitialCapacity = 1024;

    // While contraction adds arcs they are written into these pinned buffers, which the columns view;
    // a stored list has no buffers and its columns may view a memory-mapped file.
    private int[]? _fromBuffer, _toBuffer, _firstBuffer, _secondBuffer;
    private double[]? _weightBuffer, _secondaryBuffer;

    public ArcList()
    {
        Grow(InitialCapacity);
    }

    private ArcList(Column<int> from, Column<int> to, Column<double> weight, Column<double> secondary, Column<int> first, Column<int> second)
    {
        (From, To, Weight, Secondary, FirstChild, SecondChild, Count) = (from, to, weight, secondary, first, second, from.Length);
    }

    public int Count { get; private set; }

    public Column<int> From { get; private set; }

    public Column<int> To { get; private set; }

    public Column<double> Weight { get; private set; }

    /// <summary>The other measure along the arc (length when the weight is time, time when it is length), summed like the weight.</summary>
    public Column<double> Secondary { get; private set; }

    public Column<int> FirstChild { get; private set; }

    public Column<int> SecondChild { get; private set; }

    /// <summary>Rebuilds a list from stored columns of equal length (on the pinned heap or in a mapped file).</summary>
    public static ArcList FromColumns(Column<int> from, Column<int> to, Column<double> weight, Column<double> secondary, Column<int> first, Column<int> second)
    {
        int n = from.Length;
        if (to.Length != n || weight.Length != n || secondary.Length != n || first.Length != n || second.Length != n)
        {
            throw new InvalidDataException("The stored arc arrays differ in length.");
        }

        return new ArcList(from, to, weight, secondary, first, second);
    }

    /// <summary>Rebuilds a list from stored arrays of equal length.</summary>
    public static ArcList FromArrays(int[] from, int[] to, double[] weight, double[] secondary, int[] first, int[] second) =>
        FromColumns(Column<int>.Pin(from), Column<int>.Pin(to), Column<double>.Pin(weight), Column<double>.Pin(secondary), Column<int>.Pin(first), Column<int>.Pin(second));

    /// <exception cref="InvalidOperationException">The list was read from a saved network; it is complete.</exception>
    public int Add(int from, int to, double weight, double secondary, int first, int second)
    {
        if (_fromBuffer is null)
        {
            throw new InvalidOperationException("A stored arc list is complete; arcs are added only while contracting.");
        }

        if (Count == _fromBuffer.Length)
        {
            Grow(2 * Count);
        }

        _fromBuffer[Count] = from;
        _toBuffer![Count] = to;
        _weightBuffer![Count] = weight;
        _secondaryBuffer![Count] = secondary;
        _firstBuffer![Count] = first;
        _secondBuffer![Count] = second;
        return Count++;
    }

    private void Grow(int capacity)
    {
        _fromBuffer = Pinned(_fromBuffer, capacity);
        _toBuffer = Pinned(_toBuffer, capacity);
        _weightBuffer = Pinned(_weightBuffer, capacity);
        _secondaryBuffer = Pinned(_secondaryBuffer, capacity);
        _firstBuffer = Pinned(_firstBuffer, capacity);
        _secondBuffer = Pinned(_secondBuffer, capacity);
        (From, To, FirstChild, SecondChild) = (Column<int>.OverPinned(_fromBuffer), Column<int>.OverPinned(_toBuffer), Column<int>.OverPinned(_firstBuffer), Column<int>.OverPinned(_secondBuffer));
        (Weight, Secondary) = (Column<double>.OverPinned(_weightBuffer), Column<double>.OverPinned(_secondaryBuffer));
    }

    private static T[] Pinned<T>(T[]? old, int capacity)
        where T : unmanaged
    {
        T[] grown = GC.AllocateUninitializedArray<T>(capacity, pinned: true);
        old?.AsSpan().CopyTo(grown);
        return grown;
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
            if (FirstChild[a] < 0)
            {
                nodes.Add(To[a]);
            }
            else
            {
                pending.Push(SecondChild[a]);
                pending.Push(FirstChild[a]);
            }
        }
    }

    /// <summary>Like <see cref="Unpack"/>, but appends the original arcs themselves rather than the nodes they reach.</summary>
    public void UnpackArcs(Stack<int> pending, List<int> arcs)
    {
        while (pending.Count > 0)
        {
            int a = pending.Pop();
            if (FirstChild[a] < 0)
            {
                arcs.Add(a);
            }
            else
            {
                pending.Push(SecondChild[a]);
                pending.Push(FirstChild[a]);
            }
        }
    }
}
