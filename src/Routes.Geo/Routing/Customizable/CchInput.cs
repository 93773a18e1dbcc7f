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
    private CchInput(HierarchyKind kind, int nodes, double[] x, double[] y, int[] from, int[] to, int[] directed, double[] turnSeconds, int[] nodeOfDirected, int[] directedOfNode)
    {
        (Kind, NodeCount, X, Y, ArcFrom, ArcTo, ArcDirected, ArcTurnSeconds, NodeOfDirected, DirectedOfNode) =
            (kind, nodes, x, y, from, to, directed, turnSeconds, nodeOfDirected, directedOfNode);
    }

    public HierarchyKind Kind { get; }

    public int NodeCount { get; }

    /// <summary>Each node's position in a local plane (longitude scaled by the cosine of the mean latitude, and latitude; degrees).</summary>
    public double[] X { get; }

    public double[] Y { get; }

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
        var (from, to, directed) = (new List<int>(), new List<int>(), new List<int>());
        Column<double> lat = graph.Network.VertexLat, lon = graph.Network.VertexLon;
        double cos = Math.Cos(MeanLatitudeRadians(lat));
        if (kind == HierarchyKind.Junctions)
        {
            JunctionGraph.ForEachArc(graph, RouteMetric.Fastest, (d, tail, head, _, _) =>
            {
                from.Add(tail);
                to.Add(head);
                directed.Add(d);
            });
            int vertices = graph.Network.VertexCount;
            var x = new double[vertices];
            var y = new double[vertices];
            for (int v = 0; v < vertices; v++)
            {
                (x[v], y[v]) = (lon[v] * cos, lat[v]);
            }

            return new CchInput(kind, vertices, x, y, [.. from], [.. to], [.. directed], [], [], []);
        }

        (int[] nodeOf, int[] stateOf) = TurnGraph.Number(graph);
        var tx = new double[stateOf.Length];
        var ty = new double[stateOf.Length];
        var directedOf = new int[stateOf.Length];
        var turnSeconds = new List<double>();
        for (int node = 0; node < stateOf.Length; node++)
        {
            int state = stateOf[node];
            int d = directedOf[node] = graph.DirectedOf(state);
            int tail = graph.Tail(d), head = graph.Head(d);
            // A directed edge sits at its middle, nudged towards its head so that the two directions of one edge differ.
            tx[node] = ((0.45 * lon[tail]) + (0.55 * lon[head])) * cos;
            ty[node] = (0.45 * lat[tail]) + (0.55 * lat[head]);
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

        return new CchInput(kind, stateOf.Length, tx, ty, [.. from], [.. to], [.. directed], [.. turnSeconds], nodeOf, directedOf);
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
