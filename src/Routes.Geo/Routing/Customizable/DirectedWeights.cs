namespace Routes.Geo.Routing.Customizable;

/// <summary>Weights per directed edge (2·edge along the way, 2·edge+1 against it) from a graph's metric, infinite where not travelable, excluded or in an avoided area.</summary>
internal static class DirectedWeights
{
    public static double[] Of(RoutingGraph graph, RouteMetric metric, RoadClassSet excluded, AvoidArea? avoided = null, CustomWeights? custom = null)
    {
        custom?.CheckKeysKeptBy(graph.Network);
        double[]? divisorOfWay = custom is null || custom.Rules.Count == 0 ? null : new double[graph.Network.WayCount];
        if (divisorOfWay is not null)
        {
            for (int way = 0; way < divisorOfWay.Length; way++)
            {
                divisorOfWay[way] = custom!.Divisor(graph.Network.Ways[way].Tags, metric);
            }
        }

        int edges = graph.Network.EdgeCount;
        bool[]? inArea = avoided?.EdgesTouched(graph);
        var weights = new double[2 * edges];
        var excludedWay = new sbyte[graph.Network.WayCount];
        for (int e = 0; e < edges; e++)
        {
            bool off = false;
            if (!excluded.IsEmpty)
            {
                int way = graph.Network.EdgeWay[e];
                if (excludedWay[way] == 0)
                {
                    excludedWay[way] = excluded.Matches(graph.Network.Ways[way].Tags) ? (sbyte)1 : (sbyte)-1;
                }

                off = excludedWay[way] > 0;
            }

            off |= inArea is not null && inArea[e];
            double divisor = divisorOfWay is null ? 1 : divisorOfWay[graph.Network.EdgeWay[e]];
            off |= divisor == 0;

            for (int d = 2 * e; d <= (2 * e) + 1; d++)
            {
                weights[d] = !off && graph.CanTravel(d) ? graph.DirectedCost(d, metric) / divisor : double.PositiveInfinity;
            }
        }

        return weights;
    }
}
