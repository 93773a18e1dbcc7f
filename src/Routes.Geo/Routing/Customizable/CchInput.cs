using Routes.Geo.Routing.Contraction;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// The graph a customizable hierarchy orders and contracts, without weights: the same nodes and arcs the plain hierarchy
/// contracts (junctions, or search states when a turn restriction or turn cost binds: directed edges and via-way copies),
/// each arc naming the directed edge whose weight it carries and its turn's seconds, so that any metric over directed
/// edges can be put on it later.
/// </summary>
internal sealed class CchInput
{
    private readonly RoutingGraph _graph;

    private CchInput(RoutingGraph graph, HierarchyKind kind, int nodes, int[] from, int[] to, int[] directed, double[] turnSeconds, int[] nodeOfDirected, int[] directedOfNode)
    {
        _graph = graph;
        (Kind, NodeCount, ArcFrom, ArcTo, ArcDirected, ArcTurnSeconds, NodeOfDirected, DirectedOfNode) =
            (kind, nodes, from, to, directed, turnSeconds, nodeOfDirected, directedOfNode);
    }

    public HierarchyKind Kind { get; }

    public int NodeCount { get; }

    public int[] ArcFrom { get; }

    public int[] ArcTo { get; }

    /// <summary>The directed edge whose weight an arc carries: the edge itself on junctions, the edge turned into on turns (never a via-way copy's state).</summary>
    public int[] ArcDirected { get; }

    /// <summary>Turn graphs: the seconds the profile adds for each arc's turn (added in time metrics only); empty on junctions.</summary>
    public double[] ArcTurnSeconds { get; }

    /// <summary>Turn graphs: the node of each search state (directed edges, then via-way copies; -1 where not travelable).</summary>
    public int[] NodeOfDirected { get; }

    /// <summary>Turn graphs: the directed edge each node travels (a via-way copy's node gives the edge it copies).</summary>
    public int[] DirectedOfNode { get; }

    public int ArcCount => ArcFrom.Length;

    public static CchInput Of(RoutingGraph graph)
    {
        HierarchyKind kind = ContractionHierarchy.KindFor(graph);
        if (kind == HierarchyKind.Junctions)
        {
            // Every open of a stored customizable hierarchy derives this: arrays filled from the arcs' directed edges.
            int[] arcs = JunctionGraph.DirectedOfArcs(graph);
            var tails = new int[arcs.Length];
            var heads = new int[arcs.Length];
            for (int a = 0; a < arcs.Length; a++)
            {
                (tails[a], heads[a]) = (graph.Tail(arcs[a]), graph.Head(arcs[a]));
            }

            return new CchInput(graph, kind, graph.Network.VertexCount, tails, heads, arcs, [], [], []);
        }

        (int[] nodeOf, int[] stateOf) = TurnGraph.Number(graph);
        var directedOf = new int[stateOf.Length];
        var (from, to, directed, turnSeconds) = (new List<int>(), new List<int>(), new List<int>(), new List<double>());
        for (int node = 0; node < stateOf.Length; node++)
        {
            int state = stateOf[node];
            int head = graph.Head(directedOf[node] = graph.DirectedOf(state));
            for (int i = graph.OutStart[head]; i < graph.OutStart[head + 1]; i++)
            {
                int target = graph.TurnTarget(state, i);
                if (target >= 0)
                {
                    from.Add(node);
                    to.Add(nodeOf[target]);
                    directed.Add(graph.OutDirected[i]);
                    turnSeconds.Add(graph.TurnCost(state, i, RouteMetric.Fastest));
                }
            }
        }

        return new CchInput(graph, kind, stateOf.Length, [.. from], [.. to], [.. directed], [.. turnSeconds], nodeOf, directedOf);
    }

    /// <summary>
    /// Each node's position in a local plane (longitude scaled by the cosine of the mean latitude, and latitude; degrees),
    /// which only the ordering needs: a junction at its vertex, a directed edge at its middle nudged towards its head.
    /// </summary>
    public (double[] X, double[] Y) Positions()
    {
        Column<double> lat = _graph.Network.VertexLat, lon = _graph.Network.VertexLon;
        double cos = Math.Cos(MeanLatitudeRadians(lat));
        var x = new double[NodeCount];
        var y = new double[NodeCount];
        for (int node = 0; node < NodeCount; node++)
        {
            if (Kind == HierarchyKind.Junctions)
            {
                (x[node], y[node]) = (lon[node] * cos, lat[node]);
                continue;
            }

            // The nudge makes the two directions of one edge differ.
            int d = DirectedOfNode[node], tail = _graph.Tail(d), head = _graph.Head(d);
            (x[node], y[node]) = (((0.45 * lon[tail]) + (0.55 * lon[head])) * cos, (0.45 * lat[tail]) + (0.55 * lat[head]));
        }

        return (x, y);
    }

    private static double MeanLatitudeRadians(Column<double> lat)
    {
        if (lat.Length == 0)
        {
            return 0;
        }

        double sum = 0;
        foreach (double l in lat)
        {
            sum += l;
        }

        return sum / lat.Length * Math.PI / 180;
    }
}
