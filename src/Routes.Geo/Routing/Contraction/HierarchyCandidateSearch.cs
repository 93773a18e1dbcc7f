namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// One hierarchy query from several snaps of the source to several snaps of the target (the two halves of a dual
/// carriageway): every source seeds the forward search, every target the backward one, and the cheapest pair falls out
/// of one search instead of one search per pair. The winning pair is read off the unpacked path's first and last edges.
/// </summary>
internal static class HierarchyCandidateSearch
{
    /// <summary>The cheapest path and the indexes of its source and target, or null when none is found or the path's ends
    /// do not tell which snaps it joins (the caller then searches pair by pair).</summary>
    public static (EdgeSearch.Found Found, int Source, int Target)? Run(ContractionHierarchy ch, SnapResult[] sources, SnapResult[] targets)
    {
        double best = double.PositiveInfinity;
        (EdgeSearch.Found Found, int Source, int Target)? direct = null;
        for (int s = 0; s < sources.Length; s++)
        {
            for (int t = 0; t < targets.Length; t++)
            {
                if (HierarchySeeds.Direct(ch, sources[s], targets[t]) is { } d && d.Cost < best)
                {
                    (best, direct) = (d.Cost, (new EdgeSearch.Found(d.Path, d.Cost), s, t));
                }
            }
        }

        HierarchySearchSpace space = ch.RentSearchSpace();
        try
        {
            foreach (SnapResult source in sources)
            {
                HierarchySeeds.Forward(ch, source, space.Forward);
            }

            foreach (SnapResult target in targets)
            {
                HierarchySeeds.Backward(ch, target, space.Backward);
            }

            (double cost, int meet) = HierarchySearch.Meet(ch, space, best);
            if (meet < 0)
            {
                return direct;
            }

            int[] path = HierarchySearch.Unpack(ch, space, meet);
            int from = Only(sources, s => Starts(ch.Graph, s, path[0])), to = Only(targets, t => Ends(ch.Graph, t, path[^1]));
            return from >= 0 && to >= 0 ? (new EdgeSearch.Found(path, cost), from, to) : null;
        }
        finally
        {
            ch.ReturnSearchSpace(space);
        }
    }

    // The path's first edge holds the snap, or leaves the junction it lies on.
    private static bool Starts(RoutingGraph graph, SnapResult snap, int first)
    {
        int vertex = EdgeSearch.VertexAt(graph, snap);
        return vertex >= 0 ? graph.Tail(first) == vertex : RoutingGraph.EdgeOf(first) == snap.Edge;
    }

    private static bool Ends(RoutingGraph graph, SnapResult snap, int last)
    {
        int vertex = EdgeSearch.VertexAt(graph, snap);
        return vertex >= 0 ? graph.Head(last) == vertex : RoutingGraph.EdgeOf(last) == snap.Edge;
    }

    // The one index that matches, or -1 when none or several do.
    private static int Only(SnapResult[] snaps, Func<SnapResult, bool> matches)
    {
        int found = -1;
        for (int i = 0; i < snaps.Length; i++)
        {
            if (matches(snaps[i]))
            {
                if (found >= 0)
                {
                    return -1;
                }

                found = i;
            }
        }

        return found;
    }
}
