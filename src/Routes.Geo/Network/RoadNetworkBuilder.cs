using Routes.Geo.Geodesy;

namespace Routes.Geo.Network;

/// <summary>
/// Collects nodes, ways and turn restrictions (in any order), then builds an immutable
/// <see cref="RoadNetwork"/>: ways are cut into edges at junctions, way ends and barrier nodes, and
/// every segment is measured on the WGS84 ellipsoid. Importers feed it; tests build tiny networks with it.
/// Not thread-safe; a builder builds once.
/// </summary>
public sealed partial class RoadNetworkBuilder
{
    private readonly string _source;
    private readonly Profile[] _profiles;
    private readonly TagTable _tags = new();
    private readonly Dictionary<long, int> _nodeIndex = [];
    private readonly List<double> _lat = [];
    private readonly List<double> _lon = [];
    private readonly List<long> _nodeIds = [];
    private readonly Dictionary<long, IReadOnlyDictionary<string, string>> _nodeTags = [];
    private readonly List<(long Id, long[] Nodes, IReadOnlyDictionary<string, string> Tags)> _ways = [];
    private readonly List<(long RelationId, long FromWay, long ViaNode, long ToWay, IReadOnlyDictionary<string, string> Tags)> _restrictions = [];
    private long _nodeReferenceCount;
    private bool _built;

    /// <summary>Creates a builder for a network read from <paramref name="source"/> (a file name, for messages).</summary>
    /// <param name="source">Where the data comes from.</param>
    /// <param name="profiles">
    /// The profiles whose unreadable way tag values <see cref="NetworkStatistics.UnreadableTagValues"/> counts; null for the built-in ones.
    /// </param>
    public RoadNetworkBuilder(string source, IEnumerable<Profile>? profiles = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _profiles = [.. profiles ?? TravelProfiles.All];
    }

    /// <summary>Estimated bytes one node costs from <see cref="AddNode"/> to the end of <see cref="Build"/>, for projecting nodes still to come.</summary>
    public const int EstimatedBytesPerNode = BuildMemoryEstimate.BytesPerNode;

    /// <summary>
    /// When set (at construction), <see cref="AddWay"/> keeps only the tags of these keys, and the network
    /// records them (<see cref="RoadNetwork.KeptWayKeys"/>); null (the default) keeps every tag.
    /// </summary>
    public IReadOnlySet<string>? KeptWayKeys { get; init; }

    /// <summary>Number of ways added so far.</summary>
    public int WayCount => _ways.Count;

    /// <summary>Number of distinct nodes given a position so far.</summary>
    public int NodeCount => _lat.Count;

    /// <summary>Number of turn restrictions added so far.</summary>
    public int TurnRestrictionCount => _restrictions.Count + _viaWayRestrictions.Count;

    /// <summary>
    /// Upper estimate, in bytes, of all the managed memory the builder and <see cref="Build"/> allocate (kept or garbage),
    /// hence of their peak, for everything added so far: ways and their node references, nodes, node tags, restrictions,
    /// interned tags. An importer compares it with a memory budget before building. Computed from counts, not measured.
    /// </summary>
    public long EstimatedPeakBytes =>
        (_ways.Count * (long)BuildMemoryEstimate.BytesPerWay)
        + (_nodeReferenceCount * BuildMemoryEstimate.BytesPerNodeReference)
        + (_lat.Count * (long)BuildMemoryEstimate.BytesPerNode)
        + (_nodeTags.Count * (long)BuildMemoryEstimate.BytesPerTaggedNode)
        + (TurnRestrictionCount * (long)BuildMemoryEstimate.BytesPerTurnRestriction)
        + _tags.AllocatedBytes;

    /// <summary>
    /// Adds (or moves) node <paramref name="nodeId"/> at the given WGS84 position.
    /// </summary>
    /// <exception cref="InvalidCoordinateException">The position is NaN, infinite or out of range; the message names the node.</exception>
    public void AddNode(long nodeId, double latitude, double longitude)
    {
        if (!GeoPoint.IsValid(latitude, longitude))
        {
            throw new InvalidCoordinateException(latitude, longitude, $"{_source}, node {nodeId}");
        }

        if (_nodeIndex.TryGetValue(nodeId, out int index))
        {
            _lat[index] = latitude;
            _lon[index] = longitude;
            return;
        }

        _nodeIndex.Add(nodeId, _lat.Count);
        _lat.Add(latitude);
        _lon.Add(longitude);
        _nodeIds.Add(nodeId);
    }

    /// <summary>
    /// Gives node <paramref name="nodeId"/> tags (barriers, access). A tagged node becomes a vertex,
    /// so that each profile can decide whether it may pass.
    /// </summary>
    public void AddNodeTags(long nodeId, IEnumerable<KeyValuePair<string, string>> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        IReadOnlyDictionary<string, string> interned = _tags.Intern(tags);
        if (interned.Count > 0)
        {
            _nodeTags[nodeId] = interned;
        }
    }

    /// <summary>
    /// Adds a way through the nodes <paramref name="nodeIds"/> in order. Node positions may be added
    /// before or after; at <see cref="Build"/>, nodes without a position are dropped and the way is cut there.
    /// </summary>
    public void AddWay(long wayId, IReadOnlyList<long> nodeIds, IEnumerable<KeyValuePair<string, string>> tags)
    {
        ArgumentNullException.ThrowIfNull(nodeIds);
        ArgumentNullException.ThrowIfNull(tags);
        _ways.Add((wayId, [.. nodeIds], _tags.Intern(KeptWayKeys is { } kept ? tags.Where(t => kept.Contains(t.Key)) : tags)));
        _nodeReferenceCount += nodeIds.Count;
    }

    /// <summary>
    /// Adds a turn restriction: from way <paramref name="fromWayId"/> through node <paramref name="viaNodeId"/>
    /// onto way <paramref name="toWayId"/>. <paramref name="tags"/> are the relation's tags
    /// (<c>restriction=no_left_turn</c>, <c>except=bicycle</c>, ...); each profile decides whether it binds.
    /// Restrictions whose ways do not meet at the via node are dropped at <see cref="Build"/>.
    /// </summary>
    public void AddTurnRestriction(long relationId, long fromWayId, long viaNodeId, long toWayId, IEnumerable<KeyValuePair<string, string>> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _restrictions.Add((relationId, fromWayId, viaNodeId, toWayId, _tags.Intern(tags)));
    }

    /// <summary>
    /// Builds the network. Statistics of what was dropped (missing nodes, unresolvable restrictions)
    /// are in <see cref="RoadNetwork.Statistics"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The builder was already built.</exception>
    /// <exception cref="EmptyNetworkException">No way has two located nodes: there is nothing to route on.</exception>
    public RoadNetwork Build()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its network.");
        }

        _built = true;
        int missingNodeRefs = 0;

        // Pieces: runs of located nodes of each way (a way is cut where a node has no position).
        var pieces = new List<(int Way, int[] Nodes)>();
        for (int w = 0; w < _ways.Count; w++)
        {
            var run = new List<int>();
            foreach (long id in _ways[w].Nodes)
            {
                if (!_nodeIndex.TryGetValue(id, out int n))
                {
                    missingNodeRefs++;
                    Flush(w, run, pieces);
                    continue;
                }

                if (run.Count == 0 || run[^1] != n)
                {
                    run.Add(n);
                }
            }

            Flush(w, run, pieces);
        }

        if (pieces.Count == 0)
        {
            throw new EmptyNetworkException(_source);
        }

        // Vertices: nodes shared by pieces or repeated in one, piece ends, tagged nodes and restriction vias.
        int nodeCount = _lat.Count;
        var useCount = new byte[nodeCount];
        var isVertex = new bool[nodeCount];
        foreach ((_, int[] nodes) in pieces)
        {
            isVertex[nodes[0]] = isVertex[nodes[^1]] = true;
            foreach (int n in nodes)
            {
                if (useCount[n] < 2 && ++useCount[n] == 2)
                {
                    isVertex[n] = true;
                }
            }
        }

        foreach (long id in _nodeTags.Keys.Concat(_restrictions.Select(r => r.ViaNode)))
        {
            if (_nodeIndex.TryGetValue(id, out int n) && useCount[n] > 0)
            {
                isVertex[n] = true;
            }
        }

        BreakLoops(pieces, isVertex);
        return Assemble(pieces, isVertex, missingNodeRefs);
    }

    private static void Flush(int way, List<int> run, List<(int Way, int[] Nodes)> pieces)
    {
        if (run.Count >= 2)
        {
            pieces.Add((way, [.. run]));
        }

        run.Clear();
    }

    // An edge from a vertex back to itself (a closed way with one junction) is cut at its middle point.
    private static void BreakLoops(List<(int Way, int[] Nodes)> pieces, bool[] isVertex)
    {
        foreach ((_, int[] nodes) in pieces)
        {
            int start = 0;
            for (int i = 1; i < nodes.Length; i++)
            {
                if (!isVertex[nodes[i]])
                {
                    continue;
                }

                if (nodes[i] == nodes[start])
                {
                    isVertex[nodes[(start + i) / 2]] = true;
                }

                start = i;
            }
        }
    }

    private RoadNetwork Assemble(List<(int Way, int[] Nodes)> pieces, bool[] isVertex, int missingNodeRefs)
    {
        var vertexOf = new Dictionary<int, int>();
        var vLat = new List<double>();
        var vLon = new List<double>();
        var vOsm = new List<long>();
        int VertexOf(int node)
        {
            if (!vertexOf.TryGetValue(node, out int v))
            {
                v = vLat.Count;
                vertexOf.Add(node, v);
                vLat.Add(_lat[node]);
                vLon.Add(_lon[node]);
                vOsm.Add(_nodeIds[node]);
            }

            return v;
        }

        var edgeFrom = new List<int>();
        var edgeTo = new List<int>();
        var edgeWay = new List<int>();
        var geometryStart = new List<int> { 0 };
        var pLat = new List<double>();
        var pLon = new List<double>();
        var pOffset = new List<double>();
        var wayLength = new double[_ways.Count];
        var geodesic = Geodesic.Wgs84;

        foreach ((int way, int[] nodes) in pieces)
        {
            int start = 0;
            for (int i = 1; i < nodes.Length; i++)
            {
                if (!isVertex[nodes[i]])
                {
                    continue;
                }

                edgeFrom.Add(VertexOf(nodes[start]));
                edgeTo.Add(VertexOf(nodes[i]));
                edgeWay.Add(way);
                double offset = 0;
                for (int k = start; k <= i; k++)
                {
                    int n = nodes[k];
                    if (k > start)
                    {
                        int p = nodes[k - 1];
                        offset += geodesic.Distance(_lat[p], _lon[p], _lat[n], _lon[n]);
                    }

                    pLat.Add(_lat[n]);
                    pLon.Add(_lon[n]);
                    pOffset.Add(offset);
                }

                wayLength[way] += offset;
                geometryStart.Add(pLat.Count);
                start = i;
            }
        }

        var vertexTags = new Dictionary<int, IReadOnlyDictionary<string, string>>();
        foreach ((long id, IReadOnlyDictionary<string, string> tags) in _nodeTags)
        {
            if (_nodeIndex.TryGetValue(id, out int n) && vertexOf.TryGetValue(n, out int v))
            {
                vertexTags[v] = tags;
            }
        }

        WayRecord[] ways = [.. _ways.Select((w, i) => new WayRecord(w.Id, w.Tags, wayLength[i]))];
        (TurnRestriction[] restrictions, int dropped) = ResolveRestrictions(edgeFrom, edgeTo, edgeWay, vertexOf);
        (TurnRestriction[] viaWays, int viaWaysDropped) = ResolveViaWayRestrictions(edgeFrom, edgeTo, edgeWay, vertexOf);
        restrictions = [.. restrictions, .. viaWays];
        dropped += viaWaysDropped;
        var statistics = new NetworkStatistics(_ways.Count, pieces.Count, missingNodeRefs, TurnRestrictionCount, dropped, CountUnreadableTagValues());
        return new RoadNetwork(
            _source, [.. vLat], [.. vLon], [.. vOsm], vertexTags, [.. edgeFrom], [.. edgeTo], [.. edgeWay],
            [.. geometryStart], [.. pLat], [.. pLon], [.. pOffset], ways, restrictions, statistics)
        {
            KeptWayKeys = KeptWayKeys,
        };
    }

    // Ways with the same tags share one interned dictionary, so each distinct tag set is read once.
    private int CountUnreadableTagValues()
    {
        var perTagSet = new Dictionary<IReadOnlyDictionary<string, string>, int>(ReferenceEqualityComparer.Instance);
        int total = 0;
        foreach ((_, _, IReadOnlyDictionary<string, string> tags) in _ways)
        {
            if (!perTagSet.TryGetValue(tags, out int count))
            {
                count = _profiles.SelectMany(p => p.UnreadableKeys(tags)).Distinct(StringComparer.Ordinal).Count();
                perTagSet.Add(tags, count);
            }

            total += count;
        }

        return total;
    }

    // The edges each OSM way was cut into, for resolving restriction members by way id.
    private Dictionary<long, List<int>> EdgesOfWayId(List<int> edgeWay)
    {
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

        return edgesOfWayId;
    }

    private (TurnRestriction[] Restrictions, int Dropped) ResolveRestrictions(
        List<int> edgeFrom, List<int> edgeTo, List<int> edgeWay, Dictionary<int, int> vertexOf)
    {
        if (_restrictions.Count == 0)
        {
            return ([], 0);
        }

        Dictionary<long, List<int>> edgesOfWayId = EdgesOfWayId(edgeWay);

        var resolved = new List<TurnRestriction>();
        int dropped = 0;
        foreach ((long relation, long fromWay, long viaNode, long toWay, IReadOnlyDictionary<string, string> tags) in _restrictions)
        {
            int before = resolved.Count;
            if (_nodeIndex.TryGetValue(viaNode, out int node) && vertexOf.TryGetValue(node, out int via)
                && edgesOfWayId.TryGetValue(fromWay, out List<int>? fromEdges) && edgesOfWayId.TryGetValue(toWay, out List<int>? toEdges))
            {
                List<int> fromAtVia = [.. fromEdges.Where(e => edgeFrom[e] == via || edgeTo[e] == via)];
                List<int> toAtVia = [.. toEdges.Where(e => edgeFrom[e] == via || edgeTo[e] == via)];
                if (fromWay == toWay)
                {
                    // A U-turn restriction: back onto the very piece of way one arrived on.
                    resolved.AddRange(fromAtVia.Select(e => new TurnRestriction(e, via, e, relation, tags)));
                }
                else if (fromAtVia.Count == 1 && toAtVia.Count == 1)
                {
                    resolved.Add(new TurnRestriction(fromAtVia[0], via, toAtVia[0], relation, tags));
                }

                // A from- or to-way running on through the via node (not split there, against the
                // wiki's rule) leaves the restricted turn ambiguous: it is dropped, not guessed.
            }

            if (resolved.Count == before)
            {
                dropped++;
            }
        }

        return ([.. resolved], dropped);
    }
}
