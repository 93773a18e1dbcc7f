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
        ulong[]? customAreas = divisorOfWay is not null && custom!.UsesAreas ? CustomAreaMasks(graph, custom) : null;
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
            // An edge in a custom rule's area is weighed on its own; every other edge shares its way's divisor.
            double divisor = divisorOfWay is null ? 1
                : customAreas is not null && customAreas[e] != 0 ? custom!.Divisor(graph.Network.Ways[graph.Network.EdgeWay[e]].Tags, metric, customAreas[e])
                : divisorOfWay[graph.Network.EdgeWay[e]];
            off |= divisor == 0;

            for (int d = 2 * e; d <= (2 * e) + 1; d++)
            {
                weights[d] = !off && graph.CanTravel(d) ? graph.DirectedCost(d, metric) / divisor : double.PositiveInfinity;
            }
        }

        return weights;
    }

    // Per edge, a bit per area of the custom rules that its geometry touches or enters.
    private static ulong[] CustomAreaMasks(RoutingGraph graph, CustomWeights custom)
    {
        var masks = new ulong[graph.Network.EdgeCount];
        for (int k = 0; k < custom.AreaOfIndex.Length; k++)
        {
            bool[] touched = custom.AreaOfIndex[k].EdgesTouched(graph);
            for (int e = 0; e < masks.Length; e++)
            {
                masks[e] |= touched[e] ? 1UL << k : 0;
            }
        }

        return masks;
    }
}
