namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// The arcs one search direction climbs, grouped by the node they are climbed from: the arcs of node x are
/// entries Start[x] .. Start[x+1]-1, each with the node it reaches, its weight, its other measure and its arc id.
/// Entries sit side by side so a search reads them in order rather than jumping through the arc list.
/// </summary>
internal sealed class HierarchyAdjacency
{
    public HierarchyAdjacency(int[] start, int[] reach, double[] weight, double[] secondary, int[] arc)
    {
        (Start, Reach, Weight, Secondary, Arc) = (start, reach, weight, secondary, arc);
    }

    public int[] Start { get; }

    /// <summary>The node an entry leads to: the arc's head when searching forward, its tail when searching backward.</summary>
    public int[] Reach { get; }

    public double[] Weight { get; }

    public double[] Secondary { get; }

    public int[] Arc { get; }

    /// <summary>Number of entries.</summary>
    public int Count => Reach.Length;
}
