namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// A contraction hierarchy of one routing graph for one metric: the turn graph's nodes ranked,
/// shortcuts added, and the arcs split into an upward graph (searched from the source) and a
/// downward graph stored reversed (searched from the target). Immutable; queries are thread-safe.
/// </summary>
public sealed class ContractionHierarchy
{
    private readonly HierarchySearchSpacePool _searchSpaces;

    private ContractionHierarchy(RoutingGraph graph, RouteMetric metric, ArcList arcs, int[] rank, int originalArcCount)
    {
        Graph = graph;
        Metric = metric;
        (NodeOfDirected, DirectedOfNode) = TurnGraph.Number(graph);
        if (rank.Length != DirectedOfNode.Length)
        {
            throw new InvalidDataException($"The hierarchy ranks {rank.Length} nodes but the graph has {DirectedOfNode.Length}.");
        }

        Arcs = arcs;
        Rank = rank;
        OriginalArcCount = originalArcCount;
        Up = Split(upward: true);
        Down = Split(upward: false);
        _searchSpaces = new HierarchySearchSpacePool(NodeCount);
    }

    /// <summary>Contracts <paramref name="graph"/>'s turn graph for <paramref name="metric"/>.</summary>
    internal static ContractionHierarchy Build(RoutingGraph graph, RouteMetric metric)
    {
        (int[] nodeOf, int[] directedOf) = TurnGraph.Number(graph);
        var contractor = new Contractor(directedOf.Length);
        for (int node = 0; node < directedOf.Length; node++)
        {
            int from = node;
            TurnGraph.ForEachTurn(graph, metric, directedOf[node], (next, weight, secondary) => contractor.AddArc(from, nodeOf[next], weight, secondary));
        }

        int original = contractor.Arcs.Count;
        int[] rank = contractor.ContractAll();
        return new ContractionHierarchy(graph, metric, contractor.Arcs, rank, original);
    }

    /// <summary>
    /// A hierarchy read back from a saved file, checked against the graph: the original arcs must be
    /// exactly the graph's turns, every shortcut must join its two children end to end with their summed
    /// weight, ranks must be a permutation, and no shortcut may unpack to more nodes than the graph has.
    /// </summary>
    /// <exception cref="InvalidDataException">The stored hierarchy does not fit the graph.</exception>
    internal static ContractionHierarchy FromStored(RoutingGraph graph, RouteMetric metric, ArcList arcs, int[] rank, int originalArcCount)
    {
        (int[] nodeOf, int[] directedOf) = TurnGraph.Number(graph);
        int nodes = directedOf.Length;
        Check(rank.Length == nodes && rank.Order().SequenceEqual(Enumerable.Range(0, nodes)), "the ranks are not a permutation of the graph's nodes");
        int turn = 0;
        for (int node = 0; node < nodes; node++)
        {
            int from = node;
            TurnGraph.ForEachTurn(graph, metric, directedOf[node], (next, weight, secondary) =>
            {
                Check(turn < originalArcCount && arcs.From[turn] == from && arcs.To[turn] == nodeOf[next]
                    && arcs.Weight[turn] == weight && arcs.Secondary[turn] == secondary && arcs.FirstChild[turn] == -1 && arcs.SecondChild[turn] == -1,
                    $"stored turn {turn} is not the graph's");
                turn++;
            });
        }

        Check(turn == originalArcCount, "the stored turns are not the graph's");
        var unpacked = new long[arcs.Count];
        for (int a = 0; a < arcs.Count; a++)
        {
            if (a < originalArcCount)
            {
                unpacked[a] = 1;
                continue;
            }

            int first = arcs.FirstChild[a], second = arcs.SecondChild[a];
            Check(first >= 0 && first < a && second >= 0 && second < a
                && arcs.From[a] == arcs.From[first] && arcs.To[first] == arcs.From[second] && arcs.To[second] == arcs.To[a] && arcs.From[a] != arcs.To[a]
                && arcs.Weight[a] == arcs.Weight[first] + arcs.Weight[second] && arcs.Secondary[a] == arcs.Secondary[first] + arcs.Secondary[second],
                $"stored shortcut {a} does not join its children");
            unpacked[a] = unpacked[first] + unpacked[second];
            Check(unpacked[a] <= nodes, $"stored shortcut {a} unpacks to more nodes than the graph has");
        }

        return new ContractionHierarchy(graph, metric, arcs, rank, originalArcCount);
    }

    private static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException(problem);
        }
    }

    /// <summary>The graph this hierarchy was built from.</summary>
    public RoutingGraph Graph { get; }

    /// <summary>The metric the hierarchy's weights are in.</summary>
    public RouteMetric Metric { get; }

    /// <summary>Number of nodes (travelable directed edges).</summary>
    public int NodeCount => DirectedOfNode.Length;

    /// <summary>Number of arcs before contraction (allowed turns).</summary>
    public int OriginalArcCount { get; }

    /// <summary>Number of shortcuts contraction added.</summary>
    public int ShortcutCount => Arcs.Count - OriginalArcCount;

    internal int[] NodeOfDirected { get; }

    internal int[] DirectedOfNode { get; }

    internal int[] Rank { get; }

    internal ArcList Arcs { get; }

    /// <summary>Arcs leaving each node towards higher ranks (climbed by the forward search).</summary>
    internal HierarchyAdjacency Up { get; }

    /// <summary>Arcs arriving at each node from higher ranks, reached backwards (climbed by the backward search).</summary>
    internal HierarchyAdjacency Down { get; }

    internal HierarchySearchSpace RentSearchSpace() => _searchSpaces.Rent();

    internal void ReturnSearchSpace(HierarchySearchSpace space) => _searchSpaces.Return(space);

    // Each arc goes to the search that climbs it: the forward search from its lower-ranked tail,
    // or the backward search from its lower-ranked head.
    private HierarchyAdjacency Split(bool upward)
    {
        int nodes = NodeCount;
        var count = new int[nodes + 1];
        for (int a = 0; a < Arcs.Count; a++)
        {
            int from = Arcs.From[a], to = Arcs.To[a];
            if (upward && Rank[from] < Rank[to])
            {
                count[from + 1]++;
            }
            else if (!upward && Rank[to] < Rank[from])
            {
                count[to + 1]++;
            }
        }

        for (int i = 0; i < nodes; i++)
        {
            count[i + 1] += count[i];
        }

        int total = count[nodes];
        (int[] reach, double[] weight, double[] secondary, int[] arcs) = (new int[total], new double[total], new double[total], new int[total]);
        var fill = (int[])count.Clone();
        for (int a = 0; a < Arcs.Count; a++)
        {
            int from = Arcs.From[a], to = Arcs.To[a];
            int slot;
            if (upward && Rank[from] < Rank[to])
            {
                (slot, reach[fill[from]]) = (fill[from]++, to);
            }
            else if (!upward && Rank[to] < Rank[from])
            {
                (slot, reach[fill[to]]) = (fill[to]++, from);
            }
            else
            {
                continue;
            }

            (weight[slot], secondary[slot], arcs[slot]) = (Arcs.Weight[a], Arcs.Secondary[a], a);
        }

        return new HierarchyAdjacency(count, reach, weight, secondary, arcs);
    }
}
