using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// A contraction hierarchy of one routing graph for one metric: the nodes (junctions, or directed edges
/// when turn restrictions bind; see <see cref="Kind"/>) ranked, shortcuts added, and the arcs split into an
/// upward graph (searched from the source) and a downward graph stored reversed (searched from the target).
/// Immutable; queries are thread-safe.
/// </summary>
public sealed class ContractionHierarchy
{
    private readonly HierarchySearchSpacePool _searchSpaces;

    private ContractionHierarchy(RoutingGraph graph, RouteMetric metric, HierarchyKind kind, ArcList arcs, Column<int> rank, int originalArcCount,
        (HierarchyAdjacency Up, HierarchyAdjacency Down)? stored = null)
    {
        Graph = graph;
        Metric = metric;
        Kind = kind;
        if (kind == HierarchyKind.Turns)
        {
            (NodeOfDirected, StateOfNode) = TurnGraph.Number(graph);
            DirectedOfNode = [.. StateOfNode.Select(graph.DirectedOf)];
            DirectedOfArc = [];
        }
        else
        {
            (NodeOfDirected, DirectedOfNode, StateOfNode) = ([], [], []);
            DirectedOfArc = JunctionGraph.DirectedOfArcs(graph);
        }

        NodeCount = NodeCountOf(graph, kind);
        if (rank.Length != NodeCount)
        {
            throw new InvalidDataException($"The hierarchy ranks {rank.Length} nodes but the graph has {NodeCount}.");
        }

        Arcs = arcs;
        Rank = rank;
        OriginalArcCount = originalArcCount;
        (Up, Down) = stored ?? (Split(upward: true), Split(upward: false));
        _searchSpaces = new HierarchySearchSpacePool(NodeCount);
    }

    /// <summary>The kind a hierarchy of <paramref name="graph"/> gets: junctions unless a turn restriction binds its profile, turns cost time or some edge is destination-only.</summary>
    internal static HierarchyKind KindFor(RoutingGraph graph) => NeedsTurns(graph) ? HierarchyKind.Turns : HierarchyKind.Junctions;

    // Destination-only edges need their origin and arrival copies, which only the turn graph has.
    private static bool NeedsTurns(RoutingGraph graph) => graph.BindingRestrictionCount > 0 || graph.HasTurnCosts || graph.DestinationOnlyDirectedEdgeCount > 0;

    /// <summary>Contracts <paramref name="graph"/>'s junction or turn graph for <paramref name="metric"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is junctions but a turn restriction binds the graph's profile or its turns cost time.</exception>
    internal static ContractionHierarchy Build(RoutingGraph graph, RouteMetric metric, HierarchyKind kind)
    {
        if (kind == HierarchyKind.Junctions && NeedsTurns(graph))
        {
            throw new ArgumentException("A junction hierarchy cannot keep turn restrictions or turn costs; this graph has some.", nameof(kind));
        }

        var contractor = new Contractor(NodeCountOf(graph, kind));
        ForEachOriginalArc(graph, metric, kind, contractor.AddArc);
        int original = contractor.Arcs.Count;
        Column<int> rank = Column<int>.Pin(contractor.ContractAll());
        return new ContractionHierarchy(graph, metric, kind, contractor.Arcs, rank, original);
    }

    /// <summary>
    /// A hierarchy read back from a saved file, checked against the graph (see <see cref="StoredHierarchyCheck"/>), then
    /// spot-checked by its costs from one node (see <see cref="HierarchyCostCheck"/>).
    /// </summary>
    /// The search arrays <paramref name="stored"/> (format 8) are used as they are, checked against the arcs' own when
    /// <paramref name="full"/>; without <paramref name="full"/> (a trusted file) only the counts and arrays' lengths are checked.
    /// <exception cref="InvalidDataException">The stored hierarchy does not fit the graph.</exception>
    internal static ContractionHierarchy FromStored(RoutingGraph graph, RouteMetric metric, HierarchyKind kind, ArcList arcs, Column<int> rank, int originalArcCount,
        bool full = true, (HierarchyAdjacency Up, HierarchyAdjacency Down)? stored = null)
    {
        if (!full)
        {
            VerifyLengths(stored, NodeCountOf(graph, kind), arcs.Count);
            return new ContractionHierarchy(graph, metric, kind, arcs, rank, originalArcCount, stored);
        }

        // Fully verified: the arcs, then the costs with search arrays built from them, then the stored arrays against those.
        StoredHierarchyCheck.Verify(graph, metric, kind, arcs, rank, originalArcCount);
        var hierarchy = new ContractionHierarchy(graph, metric, kind, arcs, rank, originalArcCount);
        HierarchyCostCheck.Verify(hierarchy);
        if (stored is { } given)
        {
            VerifyLengths(stored, hierarchy.NodeCount, arcs.Count);
            if (!given.Up.SameAs(hierarchy.Up) || !given.Down.SameAs(hierarchy.Down))
            {
                throw new InvalidDataException("search arrays: the stored upward or downward arrays are not the ones its arcs and ranks give.");
            }

            // The stored ones, so that a mapped file's pages are shared rather than copied.
            (hierarchy.Up, hierarchy.Down) = given;
        }

        return hierarchy;
    }

    private static void VerifyLengths((HierarchyAdjacency Up, HierarchyAdjacency Down)? stored, int nodes, int arcs)
    {
        if (stored is not { } given)
        {
            return;
        }

        given.Up.VerifyLengths("upward search arrays", nodes);
        given.Down.VerifyLengths("downward search arrays", nodes);
        if (given.Up.Count + given.Down.Count != arcs)
        {
            throw new InvalidDataException($"search arrays: {given.Up.Count} upward and {given.Down.Count} downward entries for {arcs} arcs.");
        }
    }

    internal static int NodeCountOf(RoutingGraph graph, HierarchyKind kind) =>
        kind == HierarchyKind.Turns ? TurnGraph.NodeCount(graph) : graph.Network.VertexCount;

    // The arcs contraction starts from, as (from, to, weight, other measure), in the one order saved files are checked against.
    internal static void ForEachOriginalArc(RoutingGraph graph, RouteMetric metric, HierarchyKind kind, Action<int, int, double, double> arc)
    {
        if (kind == HierarchyKind.Junctions)
        {
            JunctionGraph.ForEachArc(graph, metric, (_, from, to, weight, secondary) => arc(from, to, weight, secondary));
            return;
        }

        (int[] nodeOf, int[] stateOf) = TurnGraph.Number(graph);
        for (int node = 0; node < stateOf.Length; node++)
        {
            int from = node;
            TurnGraph.ForEachTurn(graph, metric, stateOf[node], (next, weight, secondary) => arc(from, nodeOf[next], weight, secondary));
        }
    }

    /// <summary>The graph this hierarchy was built from.</summary>
    public RoutingGraph Graph { get; }

    /// <summary>The metric the hierarchy's weights are in.</summary>
    public RouteMetric Metric { get; }

    /// <summary>What the hierarchy's nodes are: junctions, or directed edges when turn restrictions bind.</summary>
    public HierarchyKind Kind { get; }

    /// <summary>Number of nodes (junctions, or travelable directed edges).</summary>
    public int NodeCount { get; }

    /// <summary>Number of arcs before contraction (travelable directed edges, or allowed turns).</summary>
    public int OriginalArcCount { get; }

    /// <summary>Number of shortcuts contraction added.</summary>
    public int ShortcutCount => Arcs.Count - OriginalArcCount;

    /// <summary>Turn hierarchies: the node of each search state, directed edges first (-1 where not travelable), then via-way copies.</summary>
    internal int[] NodeOfDirected { get; }

    /// <summary>Turn hierarchies: the directed edge of each node (a via-way copy's is the edge it copies).</summary>
    internal int[] DirectedOfNode { get; }

    /// <summary>Turn hierarchies: the search state of each node (a directed edge, a destination-only origin copy or a via-way copy).</summary>
    internal int[] StateOfNode { get; }

    /// <summary>Junction hierarchies: the directed edge of each original arc.</summary>
    internal int[] DirectedOfArc { get; }

    internal Column<int> Rank { get; }

    internal ArcList Arcs { get; }

    /// <summary>Arcs leaving each node towards higher ranks (climbed by the forward search).</summary>
    internal HierarchyAdjacency Up { get; private set; }

    /// <summary>Arcs arriving at each node from higher ranks, reached backwards (climbed by the backward search).</summary>
    internal HierarchyAdjacency Down { get; private set; }

    internal HierarchySearchSpace RentSearchSpace() => _searchSpaces.Rent();

    internal void ReturnSearchSpace(HierarchySearchSpace space) => _searchSpaces.Return(space);

    // Each arc goes to the search that climbs it: the forward search from its lower-ranked tail,
    // or the backward search from its lower-ranked head.
    private HierarchyAdjacency Split(bool upward)
    {
        int nodes = NodeCount;
        int[] count = GC.AllocateArray<int>(nodes + 1, pinned: true);
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
        (int[] reach, double[] weight, double[] secondary, int[] arcs) =
            (GC.AllocateArray<int>(total, pinned: true), GC.AllocateArray<double>(total, pinned: true), GC.AllocateArray<double>(total, pinned: true), GC.AllocateArray<int>(total, pinned: true));
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

        return new HierarchyAdjacency(Column<int>.OverPinned(count), Column<int>.OverPinned(reach), Column<double>.OverPinned(weight), Column<double>.OverPinned(secondary), Column<int>.OverPinned(arcs));
    }
}
