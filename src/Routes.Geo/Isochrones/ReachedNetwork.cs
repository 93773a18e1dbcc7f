using Routes.Geo.Routing;

namespace Routes.Geo.Isochrones;

/// <summary>
/// What a one-to-all search found: for each directed road piece entered within the budget, the cost on entering it
/// (at its tail), and the snapped origin; from these, the reached pieces of road for any budget up to the searched one.
/// </summary>
internal sealed class ReachedNetwork
{
    public ReachedNetwork(RoutingGraph graph, RouteMetric metric, SnapResult origin, double budget, List<(int Directed, double Entry)> entries)
    {
        (Graph, Metric, Origin, Budget, Entries) = (graph, metric, origin, budget, entries);
    }

    public RoutingGraph Graph { get; }

    public RouteMetric Metric { get; }

    public SnapResult Origin { get; }

    /// <summary>The largest budget searched; <see cref="Pieces"/> answers for this one or less.</summary>
    public double Budget { get; }

    /// <summary>Directed edges entered for less than <see cref="Budget"/>, with the cost at their tail.</summary>
    public List<(int Directed, double Entry)> Entries { get; }

    /// <summary>The reached pieces of road within <paramref name="budget"/>, boundary edges cut where it runs out.</summary>
    public List<ReachSearch.Piece> Pieces(double budget)
    {
        if (budget > Budget)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, "The network was searched for less.");
        }

        var pieces = new List<ReachSearch.Piece>();
        if (EdgeSearch.VertexAt(Graph, Origin) < 0)
        {
            // Along the origin's own edge, both ways from the snapped point.
            int edge = Origin.Edge;
            double start = EdgeSearch.Fraction(Graph, edge, Origin.OffsetMetres);
            for (int directed = 2 * edge; directed <= 2 * edge + 1; directed++)
            {
                if (Graph.CanTravel(directed))
                {
                    double cost = Graph.DirectedCost(directed, Metric);
                    bool backward = RoutingGraph.IsBackward(directed);
                    double remaining = backward ? start : 1 - start;
                    double reach = cost > 0 ? Math.Min(remaining, budget / cost) : remaining;
                    pieces.Add(backward ? new ReachSearch.Piece(edge, start - reach, start) : new ReachSearch.Piece(edge, start, start + reach));
                }
            }
        }

        foreach ((int directed, double entry) in Entries)
        {
            if (entry >= budget)
            {
                continue;
            }

            int edge = RoutingGraph.EdgeOf(directed);
            double cost = Graph.DirectedCost(directed, Metric);
            double fraction = cost > 0 ? Math.Min(1, (budget - entry) / cost) : 1;
            pieces.Add(RoutingGraph.IsBackward(directed) ? new ReachSearch.Piece(edge, 1 - fraction, 1) : new ReachSearch.Piece(edge, 0, fraction));
        }

        return pieces;
    }
}
