using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// The arcs one search direction climbs, grouped by the node they are climbed from: the arcs of node x are
/// entries Start[x] .. Start[x+1]-1, each with the node it reaches, its weight, its other measure and its arc id.
/// Entries sit side by side so a search reads them in order rather than jumping through the arc list. Built from the arcs,
/// or (format 8) read from a saved network, viewed in place when it is mapped.
/// </summary>
internal sealed class HierarchyAdjacency
{
    public HierarchyAdjacency(Column<int> start, Column<int> reach, Column<double> weight, Column<double> secondary, Column<int> arc)
    {
        (Start, Reach, Weight, Secondary, Arc) = (start, reach, weight, secondary, arc);
    }

    public Column<int> Start { get; }

    /// <summary>The node an entry leads to: the arc's head when searching forward, its tail when searching backward.</summary>
    public Column<int> Reach { get; }

    public Column<double> Weight { get; }

    public Column<double> Secondary { get; }

    public Column<int> Arc { get; }

    /// <summary>Number of entries.</summary>
    public int Count => Reach.Length;

    /// <summary>Whether the two hold the same entries, bit for bit.</summary>
    public bool SameAs(HierarchyAdjacency other) =>
        Start.AsSpan().SequenceEqual(other.Start.AsSpan()) && Reach.AsSpan().SequenceEqual(other.Reach.AsSpan()) && Arc.AsSpan().SequenceEqual(other.Arc.AsSpan())
        && System.Runtime.InteropServices.MemoryMarshal.AsBytes(Weight.AsSpan()).SequenceEqual(System.Runtime.InteropServices.MemoryMarshal.AsBytes(other.Weight.AsSpan()))
        && System.Runtime.InteropServices.MemoryMarshal.AsBytes(Secondary.AsSpan()).SequenceEqual(System.Runtime.InteropServices.MemoryMarshal.AsBytes(other.Secondary.AsSpan()));

    /// <summary>The checks of a trusted file: the arrays' lengths agree (<paramref name="nodes"/> + 1 starts, one entry per start's span).</summary>
    /// <exception cref="InvalidDataException">They do not; the message names <paramref name="name"/>.</exception>
    public void VerifyLengths(string name, int nodes)
    {
        int count = Reach.Length;
        if (Start.Length != nodes + 1 || Weight.Length != count || Secondary.Length != count || Arc.Length != count || Start[0] != 0 || Start[nodes] != count)
        {
            throw new InvalidDataException($"{name}: {Start.Length} starts for {nodes} nodes, or entry arrays of {count}, {Weight.Length}, {Secondary.Length} and {Arc.Length} items that the starts do not span.");
        }
    }
}
