namespace Routes.Geo.Network;

public sealed partial class RoadNetworkBuilder
{
    private readonly List<(long RelationId, long FromWay, long[] ViaWays, long ToWay, IReadOnlyDictionary<string, string> Tags)> _viaWayRestrictions = [];

    /// <summary>
    /// Adds a turn restriction via ways: from way <paramref name="fromWayId"/> along the ways <paramref name="viaWayIds"/>
    /// (in any order, each entered at one end and left at the other, as the OSM wiki asks) onto way <paramref name="toWayId"/>.
    /// Restrictions whose ways do not chain end to end in this network are dropped at <see cref="Build"/> and counted.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="viaWayIds"/> is empty.</exception>
    public void AddViaWayRestriction(long relationId, long fromWayId, IReadOnlyList<long> viaWayIds, long toWayId, IEnumerable<KeyValuePair<string, string>> tags)
    {
        ArgumentNullException.ThrowIfNull(viaWayIds);
        ArgumentNullException.ThrowIfNull(tags);
        if (viaWayIds.Count == 0)
        {
            throw new ArgumentException($"Turn restriction relation {relationId} names no via way.", nameof(viaWayIds));
        }

        _viaWayRestrictions.Add((relationId, fromWayId, [.. viaWayIds], toWayId, _tags.Intern(tags)));
    }

    private (TurnRestriction[] Restrictions, int Dropped) ResolveViaWayRestrictions(
        List<int> edgeFrom, List<int> edgeTo, List<int> edgeWay, Dictionary<int, int> vertexOf)
    {
        if (_viaWayRestrictions.Count == 0)
        {
            return ([], 0);
        }

        var edgesOfWayId = new Dictionary<long, List<int>>();
        for (int e = 0; e < edgeWay.Count; e++)
        {
            long id = _ways[edgeWay[e]].Id;
            if (!edgesOfWayId.TryGetValue(id, out List<int>? list))
            {
                edgesOfWayId[id] = list = [];
            }

            list.Add(e);
        }

        var resolved = new List<TurnRestriction>();
        foreach (var r in _viaWayRestrictions)
        {
            if (Resolve(r.FromWay, r.ViaWays, r.ToWay) is (int from, int via, int[] viaEdges, int to))
            {
                resolved.Add(new TurnRestriction(from, via, to, r.RelationId, r.Tags) { ViaEdges = viaEdges });
            }
        }

        return ([.. resolved], _viaWayRestrictions.Count - resolved.Count);

        int Touching(long wayId, int vertex) =>
            edgesOfWayId.TryGetValue(wayId, out List<int>? edges) && edges.Count(e => edgeFrom[e] == vertex || edgeTo[e] == vertex) is 1
                ? edges.First(e => edgeFrom[e] == vertex || edgeTo[e] == vertex) : -1;

        // The from way meets one end of the via chain; each via way is walked end to end; the to way leaves the far end.
        (int From, int Via, int[] ViaEdges, int To)? Resolve(long fromWay, long[] viaWays, long toWay)
        {
            if (edgesOfWayId.GetValueOrDefault(fromWay) is null)
            {
                return null;
            }

            // The via ways may be listed in any order: the chain starts at whichever via way end the from way meets.
            IEnumerable<int> ends = viaWays.Select(EndVertices).OfType<(int, int)>().SelectMany(e => (int[])[e.Item1, e.Item2]);
            foreach (int entry in ends.Distinct())
            {
                int from = Touching(fromWay, entry);
                if (from < 0 || Chain(viaWays, entry) is not (List<int> chain, int exit))
                {
                    continue;
                }

                int to = Touching(toWay, exit);
                if (to >= 0 && !chain.Contains(from))
                {
                    return (from, entry, [.. chain], to);
                }
            }

            return null;
        }

        // The via ways in some order, end to end from `entry`: their edges in travel order and the vertex they end at.
        (List<int> Edges, int Exit)? Chain(long[] viaWays, int entry)
        {
            var left = new List<long>(viaWays);
            var edges = new List<int>();
            int at = entry;
            while (left.Count > 0)
            {
                int index = left.FindIndex(w => EndVertices(w) is (int x, int y) && x != y && (x == at || y == at));
                if (index < 0)
                {
                    return null;
                }

                long way = left[index];
                (int first, int last) = EndVertices(way)!.Value;
                int exit = first == at ? last : first;
                if (Walk(way, at, exit) is not List<int> walked)
                {
                    return null;
                }

                edges.AddRange(walked);
                left.RemoveAt(index);
                at = exit;
            }

            return (edges, at);
        }

        // A way's edges from one of its end vertices to the other, in order; null if they do not form one chain.
        List<int>? Walk(long wayId, int start, int end)
        {
            List<int> edges = edgesOfWayId[wayId];
            var walked = new List<int>();
            int at = start;
            while (at != end)
            {
                int step = edges.FirstOrDefault(e => !walked.Contains(e) && (edgeFrom[e] == at || edgeTo[e] == at), -1);
                if (step < 0)
                {
                    return null;
                }

                walked.Add(step);
                at = edgeFrom[step] == at ? edgeTo[step] : edgeFrom[step];
            }

            return walked.Count == edges.Count ? walked : null;
        }

        // The vertices at a way's first and last located node, or null when the way is not in the network.
        (int, int)? EndVertices(long wayId)
        {
            if (!edgesOfWayId.TryGetValue(wayId, out List<int>? edges))
            {
                return null;
            }

            long[] nodes = _ways[edgeWay[edges[0]]].Nodes;
            int? first = nodes.Select(VertexOfNode).FirstOrDefault(v => v is not null);
            int? last = nodes.Reverse().Select(VertexOfNode).FirstOrDefault(v => v is not null);
            return first is int f && last is int l ? (f, l) : null;
        }

        int? VertexOfNode(long nodeId) => _nodeIndex.TryGetValue(nodeId, out int n) && vertexOf.TryGetValue(n, out int v) ? v : null;
    }
}
