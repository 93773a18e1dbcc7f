using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Routing;

// Random small networks (one-ways, bollards, restrictions, car turn costs) against a separately written Dijkstra on the turn graph.
public class ReferenceDijkstraPropertyTests(ITestOutputHelper output)
{
    // Independent reference: Dijkstra over directed edges with partial source/target edges.
    private static double Reference(RoutingGraph g, SnapResult s, SnapResult t, RouteMetric m)
    {
        int sv = EdgeSearch.VertexAt(g, s), tv = EdgeSearch.VertexAt(g, t);
        if (sv >= 0 && sv == tv) return 0;
        int n = 2 * g.Network.EdgeCount;
        var dist = new double[n];
        Array.Fill(dist, double.PositiveInfinity);
        var pq = new PriorityQueue<int, double>();
        double best = double.PositiveInfinity;
        double tf = EdgeSearch.Fraction(g, t.Edge, t.OffsetMetres);
        double Part(int d) => g.DirectedCost(d, m) * (RoutingGraph.IsBackward(d) ? 1 - tf : tf);
        if (sv < 0 && tv < 0 && s.Edge == t.Edge && EdgeSearch.Direct(g, s, t, m) is { } direct) best = direct.Cost;
        if (sv >= 0)
        {
            for (int i = g.OutStart[sv]; i < g.OutStart[sv + 1]; i++)
            {
                int d = g.OutDirected[i];
                if (tv < 0 && RoutingGraph.EdgeOf(d) == t.Edge) best = Math.Min(best, Part(d));
                double c = g.DirectedCost(d, m);
                if (c < dist[d]) { dist[d] = c; pq.Enqueue(d, c); }
            }
        }
        else
        {
            double sf = EdgeSearch.Fraction(g, s.Edge, s.OffsetMetres);
            for (int d = 2 * s.Edge; d <= 2 * s.Edge + 1; d++)
            {
                if (!g.CanTravel(d)) continue;
                double c = g.DirectedCost(d, m) * (RoutingGraph.IsBackward(d) ? sf : 1 - sf);
                if (c < dist[d]) { dist[d] = c; pq.Enqueue(d, c); }
            }
        }
        while (pq.TryDequeue(out int d, out double c))
        {
            if (c > dist[d]) continue;
            int h = g.Head(d);
            if (h == tv) best = Math.Min(best, c);
            for (int i = g.OutStart[h]; i < g.OutStart[h + 1]; i++)
            {
                int nx = g.OutDirected[i];
                if (!g.CanTurn(d, nx)) continue;
                // The turn's own time comes from the graph's table (its values are checked in TurnCostTests).
                double turn = m == RouteMetric.Fastest ? g.TurnSecondsBetween(d, nx) : 0;
                if (tv < 0 && RoutingGraph.EdgeOf(nx) == t.Edge) best = Math.Min(best, c + turn + Part(nx));
                double nc = c + turn + g.DirectedCost(nx, m);
                if (nc < dist[nx]) { dist[nx] = nc; pq.Enqueue(nx, nc); }
            }
        }
        return best;
    }

    internal static RoadNetwork RandomNetwork(Random rnd, int size)
    {
        var tiny = new TinyNetwork();
        var wayNodes = new List<(long Id, List<(int, int)> Nodes)>();
        string[] kinds = ["highway=residential", "highway=primary", "highway=residential oneway=yes", "highway=service", "highway=residential oneway=-1"];
        // horizontal and vertical lines, split randomly into ways
        for (int r = 0; r < size; r++)
        {
            for (int dir = 0; dir < 2; dir++)
            {
                var line = Enumerable.Range(0, size).Select(c => dir == 0 ? (r, c) : (c, r)).ToList();
                int i = 0;
                while (i < size - 1)
                {
                    int len = rnd.Next(1, size - i);
                    if (rnd.NextDouble() < 0.2) { i += len; continue; }
                    var nodes = line.GetRange(i, len + 1);
                    long id = tiny.Way(kinds[rnd.Next(kinds.Length)], [.. nodes]);
                    wayNodes.Add((id, nodes));
                    i += len;
                }
            }
        }
        for (int k = 0; k < size; k++)
        {
            int r = rnd.Next(size), c = rnd.Next(size);
            if (rnd.NextDouble() < 0.5) tiny.NodeTags(r, c, "barrier=bollard");
        }
        for (int k = 0; k < 3 * size; k++)
        {
            var a = wayNodes[rnd.Next(wayNodes.Count)];
            var b = wayNodes[rnd.Next(wayNodes.Count)];
            var shared = a.Nodes.Intersect(b.Nodes).ToList();
            if (shared.Count == 0) continue;
            string kind = rnd.NextDouble() < 0.7 ? "restriction=no_left_turn" : "restriction=only_straight_on";
            tiny.Restriction(a.Id, shared[rnd.Next(shared.Count)], b.Id, kind);
        }
        return tiny.Build();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AStarDijkstraAndHierarchy_MatchAReferenceDijkstra(int seed)
    {
        var rnd = new Random(seed);
        int failures = 0;
        for (int net = 0; net < 30; net++)
        {
            RoadNetwork network = RandomNetwork(rnd, 5);
            foreach (Profile p in new Profile[] { TravelProfiles.Car, TravelProfiles.Foot })
            {
                RoutingGraph g = network.GraphFor(p);
                if (g.UsableEdgeCount == 0) continue;
                foreach (RouteMetric m in new[] { RouteMetric.Shortest, RouteMetric.Fastest })
                {
                    g.Prepare(m);
                    for (int q = 0; q < 40; q++)
                    {
                        GeoPoint Pick() => rnd.NextDouble() < 0.4
                            ? TinyNetwork.At(rnd.Next(5), rnd.Next(5))
                            : TinyNetwork.At(rnd.Next(5) + (rnd.NextDouble() < 0.5 ? rnd.NextDouble() * 0.9 : 0), rnd.Next(5) + (rnd.NextDouble() < 0.5 ? rnd.NextDouble() : 0));
                        GeoPoint a = Pick(), b = Pick();
                        SnapResult sa, sb;
                        try { sa = g.Snap(a, 1000); sb = g.Snap(b, 1000); } catch (SnapTooFarException) { continue; }
                        double reference = Reference(g, sa, sb, m);
                        foreach (RouteAlgorithm alg in new[] { RouteAlgorithm.Dijkstra, RouteAlgorithm.AStar, RouteAlgorithm.ContractionHierarchy })
                        {
                            var found = g.Search(sa, sb, m, alg);
                            double cost = found?.Cost ?? double.PositiveInfinity;
                            bool ok = double.IsPositiveInfinity(reference) ? double.IsPositiveInfinity(cost) : Math.Abs(cost - reference) <= 1e-6 * Math.Max(1, reference);
                            string? lenProblem = null;
                            if (found is { } f && m == RouteMetric.Shortest)
                            {
                                var leg = RouteBuilder.BuildLeg(g, sa, sb, f.Path);
                                if (Math.Abs(leg.LengthMetres - f.Cost) > 1e-6) lenProblem = $" legLength={leg.LengthMetres}";
                            }
                            if (!ok || lenProblem != null)
                            {
                                failures++;
                                if (failures < 15) output.WriteLine($"net{net} {p.Name} {m} {alg}: ref={reference} got={cost}{lenProblem} src edge {sa.Edge} off {sa.OffsetMetres} v{EdgeSearch.VertexAt(g, sa)} tgt edge {sb.Edge} off {sb.OffsetMetres} v{EdgeSearch.VertexAt(g, sb)} path=[{string.Join(",", found?.Path ?? [])}]");
                            }
                        }
                    }
                }
            }
        }
        Assert.Equal(0, failures);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void ManyToMany_MatchesPointToPoint(int seed)
    {
        var rnd = new Random(seed);
        int failures = 0;
        for (int net = 0; net < 20; net++)
        {
            RoadNetwork network = RandomNetwork(rnd, 5);
            RoutingGraph g = network.GraphFor(TravelProfiles.Car);
            if (g.UsableEdgeCount == 0) continue;
            foreach (RouteMetric m in new[] { RouteMetric.Shortest, RouteMetric.Fastest })
            {
                var ch = g.Prepare(m);
                var pts = new List<SnapResult?>();
                for (int q = 0; q < 12; q++)
                {
                    GeoPoint pt = rnd.NextDouble() < 0.4 ? TinyNetwork.At(rnd.Next(5), rnd.Next(5)) : TinyNetwork.At(rnd.NextDouble() * 4, rnd.NextDouble() * 4);
                    try { pts.Add(g.Snap(pt, 1000)); } catch (SnapTooFarException) { }
                }
                var arr = pts.ToArray();
                (double[] cost, double[] secondary) = Routes.Geo.Routing.Contraction.ManyToMany.Compute(ch, arr, arr);
                for (int i = 0; i < arr.Length; i++)
                {
                    for (int j = 0; j < arr.Length; j++)
                    {
                        var f = EdgeSearch.Run(g, arr[i]!, arr[j]!, m);
                        double c = f?.Cost ?? double.PositiveInfinity;
                        double mc = cost[i * arr.Length + j];
                        bool ok = double.IsPositiveInfinity(c) ? double.IsPositiveInfinity(mc) : Math.Abs(c - mc) <= 1e-6 * Math.Max(1, c);
                        if (!ok) { failures++; if (failures < 10) output.WriteLine($"net{net} {m} {i}->{j}: p2p={c} m2m={mc} src v{EdgeSearch.VertexAt(g, arr[i]!)} tgt v{EdgeSearch.VertexAt(g, arr[j]!)}"); }
                    }
                }
            }
        }
        Assert.Equal(0, failures);
    }
}
