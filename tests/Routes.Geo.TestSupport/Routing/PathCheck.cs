using Routes.Geo.Routing;

namespace Routes.Geo.TestSupport;

/// <summary>Checks a found path step by step; compiled into the unit and the integration tests.</summary>
public static class PathCheck
{
    /// <summary>
    /// The cost of travelling <paramref name="path"/> from snap a to snap b, failing unless every step holds: the first
    /// edge holds a or leaves its junction, each next edge leaves where the last arrived by an allowed turn, the last holds b or reaches it. Each turn adds its own time.
    /// </summary>
    public static double Cost(RoutingGraph graph, SnapResult a, SnapResult b, int[] path)
    {
        int from = EdgeSearch.VertexAt(graph, a), to = EdgeSearch.VertexAt(graph, b);
        if (path.Length == 0)
        {
            Assert.True(from >= 0 && from == to, "an empty path between different places");
            return 0;
        }

        Assert.All(path, d => Assert.True(graph.CanTravel(d), $"directed edge {d} may not be travelled"));
        for (int i = 1; i < path.Length; i++)
        {
            Assert.Equal(graph.Head(path[i - 1]), graph.Tail(path[i]));
            Assert.True(graph.CanTurn(path[i - 1], path[i]), $"turn {path[i - 1]} -> {path[i]} is not allowed");
        }

        double Part(int directed, double fraction) => graph.DirectedCost(directed, RouteMetric.Fastest) * fraction;
        double Fraction(SnapResult s) => EdgeSearch.Fraction(graph, s.Edge, s.OffsetMetres);
        if (path.Length == 1 && from < 0 && to < 0)
        {
            Assert.True(RoutingGraph.EdgeOf(path[0]) == a.Edge && a.Edge == b.Edge, "a one-edge path off the points' edge");
            return Part(path[0], Math.Abs(Fraction(b) - Fraction(a)));
        }

        double cost = 0;
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
                fraction = RoutingGraph.IsBackward(d) ? 1 - Fraction(b) : Fraction(b);
            }
            else if (i == path.Length - 1)
            {
                Assert.Equal(to, graph.Head(d));
            }

            cost += Part(d, fraction) + (i > 0 ? graph.TurnSecondsBetween(path[i - 1], d) : 0);
        }

        return cost;
    }
}
