using System.Diagnostics;

namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// A <see cref="CustomizableHierarchy"/> with one metric applied: an upward and a downward weight on every edge of the
/// chordal supergraph, each the cheapest of the edge's original arcs and of the lower triangles through it (basic
/// customization, lowest node first). Immutable; queries are thread-safe.
/// </summary>
public sealed class CustomizedHierarchy
{
    internal CustomizedHierarchy(CustomizableHierarchy hierarchy, double[] directedWeights, RouteMetric metric, RoadClassSet excluded)
    {
        var clock = Stopwatch.StartNew();
        (Hierarchy, DirectedWeights, Metric, Excluded) = (hierarchy, directedWeights, metric, excluded);
        int slots = 2 * hierarchy.EdgeCount;
        Weight = new double[slots];
        First = new int[slots];
        Second = new int[slots];
        Array.Fill(Weight, double.PositiveInfinity);
        Array.Fill(First, NoArc);
        CchInput input = hierarchy.Input;
        // Turns cost time only, as in plain Dijkstra; a length metric pays none.
        bool turnCosts = input.ArcTurnSeconds.Length > 0 && metric != RouteMetric.Shortest;
        for (int a = 0; a < input.ArcCount; a++)
        {
            int slot = hierarchy.ArcSlot[a];
            double w = directedWeights[input.ArcDirected[a]] + (turnCosts ? input.ArcTurnSeconds[a] : 0);
            if (slot >= 0 && w < Weight[slot])
            {
                (Weight[slot], First[slot]) = (w, -2 - a);
            }
        }

        Triangles(hierarchy.Chordal);
        CustomizationTime = clock.Elapsed;
    }

    /// <summary>Marks a slot no arc reaches (infinite weight).</summary>
    internal const int NoArc = -1;

    /// <summary>The prepared hierarchy this metric was applied to.</summary>
    public CustomizableHierarchy Hierarchy { get; }

    /// <summary>The metric the weights are in.</summary>
    public RouteMetric Metric { get; }

    /// <summary>The road classes whose edges were removed.</summary>
    public RoadClassSet Excluded { get; }

    /// <summary>Time the customization took.</summary>
    public TimeSpan CustomizationTime { get; }

    /// <summary>The weight of each directed edge (infinity = not usable).</summary>
    internal double[] DirectedWeights { get; }

    /// <summary>Weight of each directed slot: 2·edge from its lower end up, 2·edge+1 from its upper end down.</summary>
    internal double[] Weight { get; }

    /// <summary>How a slot's weight was made: -2-a for original arc a, <see cref="NoArc"/>, else the first of two slots.</summary>
    internal int[] First { get; }

    internal int[] Second { get; }

    /// <summary>Appends the original arcs of <paramref name="slot"/>, in travel order, to <paramref name="arcs"/>.</summary>
    internal void Unpack(int slot, Stack<int> pending, List<int> arcs)
    {
        pending.Push(slot);
        while (pending.Count > 0)
        {
            int s = pending.Pop();
            int first = First[s];
            if (first <= -2)
            {
                arcs.Add(-2 - first);
            }
            else
            {
                pending.Push(Second[s]);
                pending.Push(first);
            }
        }
    }

    // For each node r, lowest first, and each pair x < y of its upper neighbours: x→r→y and y→r→x may be cheaper than the
    // edge {x, y}'s own arcs. Every weight into r is final by then, since only triangles through lower nodes change it.
    private void Triangles(ChordalSupergraph chordal)
    {
        int[] start = chordal.Start, upper = chordal.Upper;
        double[] weight = Weight;
        for (int r = 0; r < chordal.NodeCount; r++)
        {
            int end = start[r + 1];
            for (int i = start[r]; i < end; i++)
            {
                int x = upper[i];
                double xr = weight[(2 * i) + 1], rx = weight[2 * i];
                if (double.IsPositiveInfinity(xr) && double.IsPositiveInfinity(rx))
                {
                    continue;
                }

                int k = start[x];
                for (int j = i + 1; j < end; j++)
                {
                    int y = upper[j];
                    while (upper[k] < y)
                    {
                        k++;
                    }

                    double up = xr + weight[2 * j];
                    if (up < weight[2 * k])
                    {
                        (weight[2 * k], First[2 * k], Second[2 * k]) = (up, (2 * i) + 1, 2 * j);
                    }

                    double down = weight[(2 * j) + 1] + rx;
                    if (down < weight[(2 * k) + 1])
                    {
                        (weight[(2 * k) + 1], First[(2 * k) + 1], Second[(2 * k) + 1]) = (down, (2 * j) + 1, 2 * i);
                    }
                }
            }
        }
    }
}
