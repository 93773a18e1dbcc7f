using Routes.Geo.Routing;

namespace Routes.Geo.TestSupport;

/// <summary>
/// An independent reference for customized metrics: plain edge-based Dijkstra over the graph's search states (directed
/// edges and via-way copies) with any weight per directed edge (infinity = not usable), partial source and target edges,
/// turns checked by the graph and paying the profile's turn seconds in a time metric; and a check of a found path under
/// the same weights. Shared by the unit and the integration tests.
/// </summary>
public static class WeightedDijkstra
{
    public static double Cost(RoutingGraph g, SnapResult s, SnapResult t, double[] w, RouteMetric metric = RouteMetric.Fastest)
    {
        int sv = EdgeSearch.VertexAt(g, s), tv = EdgeSearch.VertexAt(g, t);
        if (sv >= 0 && sv == tv)
        {
            return 0;
        }

        int n = g.StateCount;
        var dist = new double[n];
        Array.Fill(dist, double.PositiveInfinity);
        var queue = new PriorityQueue<int, double>();
        double best = double.PositiveInfinity;
        double tf = EdgeSearch.Fraction(g, t.Edge, t.OffsetMetres);
        double Part(int d, double share) => double.IsFinite(w[d]) ? w[d] * share : double.PositiveInfinity;
        double TargetPart(int d) => Part(d, RoutingGraph.IsBackward(d) ? 1 - tf : tf);
        void Push(int d, double c)
        {
            if (c < dist[d])
            {
                dist[d] = c;
                queue.Enqueue(d, c);
            }
        }

        if (sv < 0 && tv < 0 && s.Edge == t.Edge)
        {
            int e = s.Edge;
            if (s.OffsetMetres == t.OffsetMetres)
            {
                best = double.IsFinite(w[2 * e]) || double.IsFinite(w[(2 * e) + 1]) ? 0 : best;
            }
            else
            {
                int d = (2 * e) + (t.OffsetMetres > s.OffsetMetres ? 0 : 1);
                best = Part(d, Math.Abs(tf - EdgeSearch.Fraction(g, e, s.OffsetMetres)));
            }
        }

        if (sv >= 0)
        {
            for (int i = g.OutStart[sv]; i < g.OutStart[sv + 1]; i++)
            {
                int d = g.OutDirected[i];
                if (tv < 0 && RoutingGraph.EdgeOf(d) == t.Edge)
                {
                    best = Math.Min(best, TargetPart(d));
                }

                Push(d, w[d]);
            }
        }
        else
        {
            double sf = EdgeSearch.Fraction(g, s.Edge, s.OffsetMetres);
            for (int d = 2 * s.Edge; d <= (2 * s.Edge) + 1; d++)
            {
                if (g.CanTravel(d))
                {
                    Push(d, Part(d, RoutingGraph.IsBackward(d) ? sf : 1 - sf));
                }
            }
        }

        while (queue.TryDequeue(out int d, out double c))
        {
            if (c > dist[d])
            {
                continue;
            }

            int h = g.Head(g.DirectedOf(d));
            if (h == tv)
            {
                best = Math.Min(best, c);
            }

            for (int i = g.OutStart[h]; i < g.OutStart[h + 1]; i++)
            {
                int state = g.TurnTarget(d, i);
                if (state < 0)
                {
                    continue;
                }

                int next = g.OutDirected[i];
                double turned = c + g.TurnCost(d, i, metric);
                if (tv < 0 && RoutingGraph.EdgeOf(next) == t.Edge)
                {
                    best = Math.Min(best, turned + TargetPart(next));
                }

                Push(state, turned + w[next]);
            }
        }

        return best;
    }

    /// <summary>The cost of <paramref name="path"/> under <paramref name="w"/>; fails unless it is a chain of allowed turns from a to b on finite weights.</summary>
    public static double PathCost(RoutingGraph graph, SnapResult a, SnapResult b, int[] path, double[] w, RouteMetric metric = RouteMetric.Fastest)
    {
        int from = EdgeSearch.VertexAt(graph, a), to = EdgeSearch.VertexAt(graph, b);
        if (path.Length == 0)
        {
            Assert.True(from >= 0 && from == to, "an empty path between different places");
            return 0;
        }

        Assert.All(path, d => Assert.True(graph.CanTravel(d) && double.IsFinite(w[d]), $"directed edge {d} may not be travelled (weight {w[d]})"));
        double turns = 0;
        for (int i = 1, state = path[0]; i < path.Length; i++)
        {
            Assert.Equal(graph.Head(path[i - 1]), graph.Tail(path[i]));
            turns += graph.TurnCostBetween(state, path[i], metric);
            state = graph.TurnTargetOnto(state, path[i]);
            Assert.True(state >= 0, $"turn {path[i - 1]} -> {path[i]} is not allowed");
        }

        double Fraction(SnapResult s) => EdgeSearch.Fraction(graph, s.Edge, s.OffsetMetres);
        if (path.Length == 1 && from < 0 && to < 0)
        {
            Assert.True(RoutingGraph.EdgeOf(path[0]) == a.Edge && a.Edge == b.Edge, "a one-edge path off the points' edge");
            return w[path[0]] * Math.Abs(Fraction(b) - Fraction(a));
        }

        double cost = turns;
        for (int i = 0; i < path.Length; i++)
        {
            int d = path[i];
            double fraction = 1;
            if (i == 0 && from < 0)
            {
                Assert.Equal(a.Edge, RoutingGraph.EdgeOf(d));
                fraction = RoutingGraph.IsBackward(d) ? Fraction(a) : 1 - Fraction(a);
            }
            else if (i == 0)
            {
                Assert.Equal(from, graph.Tail(d));
            }

            if (i == path.Length - 1 && to < 0)
            {
                Assert.Equal(b.Edge, RoutingGraph.EdgeOf(d));
                fraction *= RoutingGraph.IsBackward(d) ? 1 - Fraction(b) : Fraction(b);
            }
            else if (i == path.Length - 1)
            {
                Assert.Equal(to, graph.Head(d));
            }

            cost += w[d] * fraction;
        }

        return cost;
    }

    /// <summary>
    /// The cheapest cost from the end of directed edge <paramref name="from"/> to the end of <paramref name="to"/> (turns
    /// checked), searching no farther than <paramref name="bound"/>; infinity when nothing within it.
    /// </summary>
    public static double EdgeToEdge(RoutingGraph g, int from, int to, double[] w, double bound, RouteMetric metric = RouteMetric.Fastest)
    {
        var dist = new Dictionary<int, double> { [from] = 0 };
        var queue = new PriorityQueue<int, double>();
        queue.Enqueue(from, 0);
        while (queue.TryDequeue(out int d, out double c))
        {
            if (c > dist[d] || c > bound)
            {
                continue;
            }

            if (g.DirectedOf(d) == to && d != from)
            {
                return c;
            }

            int h = g.Head(g.DirectedOf(d));
            for (int i = g.OutStart[h]; i < g.OutStart[h + 1]; i++)
            {
                int state = g.TurnTarget(d, i);
                if (state < 0)
                {
                    continue;
                }

                double nc = c + g.TurnCost(d, i, metric) + w[g.OutDirected[i]];
                if (nc < dist.GetValueOrDefault(state, double.PositiveInfinity))
                {
                    dist[state] = nc;
                    queue.Enqueue(state, nc);
                }
            }
        }

        return double.PositiveInfinity;
    }

    /// <summary>Random weights per directed edge (0.5 to 3 times the metric's cost, independently per direction), infinite where not travelable.</summary>
    public static double[] Random(RoutingGraph graph, RouteMetric metric, Random random)
    {
        var w = new double[2 * graph.Network.EdgeCount];
        for (int d = 0; d < w.Length; d++)
        {
            w[d] = graph.CanTravel(d) ? graph.DirectedCost(d, metric) * (0.5 + (2.5 * random.NextDouble())) : double.PositiveInfinity;
        }

        return w;
    }
}
