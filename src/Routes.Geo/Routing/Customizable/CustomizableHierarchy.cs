using System.Diagnostics;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// A customizable contraction hierarchy (Dibbelt, Strasser &amp; Wagner 2016) of one routing graph: a metric-independent
/// nested-dissection order and the chordal supergraph it gives, prepared once; any metric (weights per directed edge,
/// such as travel time with some road classes excluded) is then applied by <see cref="Customize(RouteMetric, RoadClassSet)"/>
/// in milliseconds instead of a new preparation. Its nodes are those of the plain hierarchy
/// (<see cref="ContractionHierarchy.Kind"/>: junctions, or directed edges when a turn restriction binds).
/// Immutable; thread-safe.
/// </summary>
public sealed class CustomizableHierarchy
{
    private readonly CchSpacePool _spaces;
    private readonly System.Collections.Concurrent.ConcurrentBag<CchTrees> _trees = [];

    private CustomizableHierarchy(RoutingGraph graph, CchInput input, int[] rank, ChordalSupergraph chordal, int[]? arcSlot, TimeSpan ordering, TimeSpan contraction)
    {
        (Graph, Input, Rank, Chordal, OrderingTime, ContractionTime) = (graph, input, rank, chordal, ordering, contraction);
        ArcSlot = arcSlot ?? SlotsOf(input, rank, chordal);
        NodeOfRank = new int[rank.Length];
        for (int v = 0; v < rank.Length; v++)
        {
            NodeOfRank[rank[v]] = v;
        }

        _spaces = new CchSpacePool(input.NodeCount);
    }

    /// <summary>The graph this hierarchy was prepared for.</summary>
    public RoutingGraph Graph { get; }

    /// <summary>What the nodes are: junctions, or directed edges when turn restrictions bind (as for the plain hierarchy).</summary>
    public HierarchyKind Kind => Input.Kind;

    /// <summary>Number of nodes.</summary>
    public int NodeCount => Input.NodeCount;

    /// <summary>Number of arcs before contraction (travelable directed edges, or allowed turns).</summary>
    public int OriginalArcCount => Input.ArcCount;

    /// <summary>Number of edges of the chordal supergraph: each carries an upward and a downward weight.</summary>
    public int EdgeCount => Chordal.EdgeCount;

    /// <summary>Height of the elimination tree: the most nodes a one-sided query visits.</summary>
    public int TreeHeight { get; private set; }

    /// <summary>Time the nested-dissection order took.</summary>
    public TimeSpan OrderingTime { get; }

    /// <summary>Time the contraction (building the chordal supergraph) took.</summary>
    public TimeSpan ContractionTime { get; }

    internal CchInput Input { get; }

    /// <summary>Each node's rank; the chordal supergraph numbers nodes by rank.</summary>
    internal int[] Rank { get; }

    /// <summary>The node of each rank.</summary>
    internal int[] NodeOfRank { get; }

    internal ChordalSupergraph Chordal { get; }

    /// <summary>The directed edge slot (2·edge upward, 2·edge+1 downward) of each original arc, or -1 for a loop.</summary>
    internal int[] ArcSlot { get; }

    /// <summary>Orders and contracts <paramref name="graph"/>'s junction or turn graph.</summary>
    internal static CustomizableHierarchy Build(RoutingGraph graph)
    {
        var clock = Stopwatch.StartNew();
        CchInput input = CchInput.Of(graph);
        var undirected = UndirectedGraph.Of(input.NodeCount, input.ArcFrom, input.ArcTo);
        (double[] x, double[] y) = input.Positions();
        int[] rank = NestedDissection.Ranks(undirected, x, y);
        TimeSpan ordering = clock.Elapsed;
        clock.Restart();
        var chordal = ChordalSupergraph.Of(undirected, rank);
        var hierarchy = new CustomizableHierarchy(graph, input, rank, chordal, null, ordering, clock.Elapsed);
        hierarchy.TreeHeight = Height(chordal.Parent);
        return hierarchy;
    }

    /// <summary>
    /// The hierarchy of arrays a saved network holds, checked by <see cref="Storage.SavedCustomizablePayload"/> as its verification
    /// asks; nothing is ordered or contracted again, and the times are those of the original preparation.
    /// </summary>
    internal static CustomizableHierarchy FromStored(RoutingGraph graph, CchInput input, int[] rank, ChordalSupergraph chordal, int[] arcSlot, int treeHeight, TimeSpan ordering, TimeSpan contraction) =>
        new(graph, input, rank, chordal, arcSlot, ordering, contraction) { TreeHeight = treeHeight };

    /// <summary>Each original arc's directed edge slot in <paramref name="chordal"/> (see <see cref="ArcSlot"/>).</summary>
    internal static int[] SlotsOf(CchInput input, int[] rank, ChordalSupergraph chordal)
    {
        var slots = new int[input.ArcCount];
        for (int a = 0; a < input.ArcCount; a++)
        {
            int from = rank[input.ArcFrom[a]], to = rank[input.ArcTo[a]];
            slots[a] = from == to ? -1 : from < to ? 2 * chordal.Find(from, to) : (2 * chordal.Find(to, from)) + 1;
        }

        return slots;
    }

    /// <summary>
    /// Applies <paramref name="metric"/>'s weights (the profile's travel time or length), with every edge of an
    /// <paramref name="excluded"/> class removed (infinite weight).
    /// </summary>
    /// <returns>The customized hierarchy, ready for queries.</returns>
    public CustomizedHierarchy Customize(RouteMetric metric, RoadClassSet excluded) => Customize(metric, excluded, null);

    /// <summary>
    /// As <see cref="Customize(RouteMetric, RoadClassSet)"/>, with every edge that touches or enters <paramref name="avoided"/>
    /// (null: none) removed too.
    /// </summary>
    /// <returns>The customized hierarchy, ready for queries.</returns>
    public CustomizedHierarchy Customize(RouteMetric metric, RoadClassSet excluded, AvoidArea? avoided)
    {
        return Customize(DirectedWeights.Of(Graph, metric, excluded, avoided), metric, excluded);
    }

    /// <summary>
    /// As <see cref="Customize(RouteMetric, RoadClassSet, AvoidArea?)"/>, with each edge's weight divided by its
    /// <paramref name="custom"/> factors (a factor 0 leaves the edge out).
    /// </summary>
    /// <returns>The customized hierarchy, ready for queries.</returns>
    public CustomizedHierarchy Customize(RouteMetric metric, RoadClassSet excluded, AvoidArea? avoided, CustomWeights? custom)
    {
        return Customize(DirectedWeights.Of(Graph, metric, excluded, avoided, custom), metric, excluded);
    }

    /// <summary>Applies weights given per directed edge (2·edge along the way, 2·edge+1 against it; infinity = not usable).</summary>
    /// <exception cref="ArgumentException">The array is not 2·EdgeCount long, or a weight is negative or NaN.</exception>
    internal CustomizedHierarchy Customize(double[] directedWeights, RouteMetric metric, RoadClassSet excluded)
    {
        if (directedWeights.Length != 2 * Graph.Network.EdgeCount)
        {
            throw new ArgumentException($"Expected {2 * Graph.Network.EdgeCount} directed-edge weights, got {directedWeights.Length}.", nameof(directedWeights));
        }

        for (int d = 0; d < directedWeights.Length; d++)
        {
            if (!(directedWeights[d] >= 0))
            {
                throw new ArgumentException($"The weight of directed edge {d} is {directedWeights[d]}; weights must be zero or more.", nameof(directedWeights));
            }
        }

        return new CustomizedHierarchy(this, directedWeights, metric, excluded);
    }

    internal CchSpace RentSpace() => _spaces.Rent();

    internal CchTrees RentTrees() => _trees.TryTake(out CchTrees? trees) ? trees : new CchTrees(NodeCount, Graph.Network.VertexCount, Graph.Network.EdgeCount);

    internal void ReturnTrees(CchTrees trees) => _trees.Add(trees);

    internal void ReturnSpace(CchSpace space) => _spaces.Return(space);

    /// <summary>The height of the elimination tree <paramref name="parent"/> gives (every parent ranked above its child).</summary>
    internal static int Height(int[] parent)
    {
        var depth = new int[parent.Length];
        int height = 0;
        for (int r = parent.Length - 1; r >= 0; r--)
        {
            depth[r] = parent[r] < 0 ? 1 : depth[parent[r]] + 1;
            height = Math.Max(height, depth[r]);
        }

        return height;
    }
}
