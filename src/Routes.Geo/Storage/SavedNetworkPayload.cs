using Routes.Geo.Network;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Storage;

/// <summary>The body of a saved network: the network's arrays, then each hierarchy's ranks and arcs.</summary>
internal static class SavedNetworkPayload
{
    public static void WriteNetwork(BinaryWriter writer, RoadNetwork network)
    {
        writer.Write(network.Source);
        BinaryArrays.Write(writer, network.VertexLat);
        BinaryArrays.Write(writer, network.VertexLon);
        BinaryArrays.Write(writer, network.VertexOsmId);
        writer.Write(network.VertexTags.Count);
        foreach ((int vertex, IReadOnlyDictionary<string, string> tags) in network.VertexTags.OrderBy(t => t.Key))
        {
            writer.Write(vertex);
            BinaryArrays.WriteTags(writer, tags);
        }

        BinaryArrays.Write(writer, network.EdgeFrom);
        BinaryArrays.Write(writer, network.EdgeTo);
        BinaryArrays.Write(writer, network.EdgeWay);
        BinaryArrays.Write(writer, network.EdgeGeometryStart);
        BinaryArrays.Write(writer, network.PointLat);
        BinaryArrays.Write(writer, network.PointLon);
        BinaryArrays.Write(writer, network.PointOffsetMetres);
        // Format 8: each distinct tag set once (the builder interns them, so ways share one object), then each way's index into them.
        var setIndex = new Dictionary<IReadOnlyDictionary<string, string>, int>(ReferenceEqualityComparer.Instance);
        var sets = new List<IReadOnlyDictionary<string, string>>();
        int[] wayTagSet = [.. network.Ways.Select(w => setIndex.TryGetValue(w.Tags, out int at) ? at : setIndex[w.Tags] = Add(sets, w.Tags))];
        writer.Write(sets.Count);
        foreach (IReadOnlyDictionary<string, string> set in sets)
        {
            BinaryArrays.WriteTags(writer, set);
        }

        // Format 9: the ways as three aligned arrays (ids, lengths, tag sets), read in bulk.
        BinaryArrays.Write(writer, [.. network.Ways.Select(w => w.Id)]);
        BinaryArrays.Write(writer, [.. network.Ways.Select(w => w.LengthMetres)]);
        BinaryArrays.Write(writer, wayTagSet);

        writer.Write(network.Restrictions.Length);
        foreach (TurnRestriction r in network.Restrictions)
        {
            writer.Write(r.FromEdge);
            writer.Write(r.ViaVertex);
            writer.Write(r.ToEdge);
            writer.Write(r.RelationId);
            BinaryArrays.WriteTags(writer, r.Tags);
            writer.Write(r.ViaEdges.Length);
            foreach (int edge in r.ViaEdges)
            {
                writer.Write(edge);
            }
        }

        NetworkStatistics s = network.Statistics;
        foreach (int value in (int[])[s.WaysAdded, s.WayPiecesKept, s.MissingNodeReferences, s.TurnRestrictionsAdded, s.TurnRestrictionsDropped, s.UnreadableTagValues])
        {
            writer.Write(value);
        }

        WriteKeptWayKeys(writer, network.KeptWayKeys);
        Elevation.SavedElevation.Write(writer, network.ElevationData);
    }

    // Format 8: the way-tag keys the import kept, -1 when every key was kept or it is not known, else the count and the keys in ordinal order.
    private static void WriteKeptWayKeys(BinaryWriter writer, IReadOnlySet<string>? kept)
    {
        writer.Write(kept?.Count ?? -1);
        foreach (string key in kept?.Order(StringComparer.Ordinal) ?? Enumerable.Empty<string>())
        {
            writer.Write(key);
        }
    }

    private static HashSet<string>? ReadKeptWayKeys(BinaryReader reader)
    {
        try
        {
            return ReadKeys(reader);
        }
        catch (EndOfStreamException e)
        {
            throw new EndOfStreamException($"section 'kept way keys': {e.Message}", e);
        }
    }

    private static HashSet<string>? ReadKeys(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count == -1)
        {
            return null;
        }

        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException($"kept way keys: a count of {count} is not plausible.");
        }

        var keys = new HashSet<string>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string key = BinaryArrays.ReadString(reader);
            if (key.Length == 0 || !keys.Add(key))
            {
                throw new InvalidDataException($"kept way keys {i}: the key '{key}' is empty or repeated.");
            }
        }

        return keys;
    }

    /// <summary>Reads the network; <paramref name="full"/> also checks every element (<see cref="SavedNetworkChecks.Verify"/>), else only the arrays' lengths agree.</summary>
    public static RoadNetwork ReadNetwork(BinaryReader reader, bool full)
    {
        var tags = new TagTable();
        string source = BinaryArrays.ReadString(reader);
        Column<double> vertexLat = BinaryArrays.ReadSection<double>(reader, "vertex latitudes"), vertexLon = BinaryArrays.ReadSection<double>(reader, "vertex longitudes");
        Column<long> vertexOsm = BinaryArrays.ReadSection<long>(reader, "vertex OSM ids");
        int taggedVertices = reader.ReadInt32();
        var vertexTags = new Dictionary<int, IReadOnlyDictionary<string, string>>();
        for (int i = 0, previous = -1; i < taggedVertices; i++)
        {
            int vertex = reader.ReadInt32();
            if (vertex <= previous)
            {
                throw new InvalidDataException($"vertex tags {i}: vertex {vertex} does not follow vertex {previous} (they are saved in increasing order).");
            }

            vertexTags[previous = vertex] = tags.Intern(BinaryArrays.ReadTags(reader));
        }

        Column<int> edgeFrom = BinaryArrays.ReadSection<int>(reader, "edge tails"), edgeTo = BinaryArrays.ReadSection<int>(reader, "edge heads");
        Column<int> edgeWay = BinaryArrays.ReadSection<int>(reader, "edge ways"), geometryStart = BinaryArrays.ReadSection<int>(reader, "edge geometry offsets");
        Column<double> pointLat = BinaryArrays.ReadSection<double>(reader, "point latitudes"), pointLon = BinaryArrays.ReadSection<double>(reader, "point longitudes");
        Column<double> pointOffset = BinaryArrays.ReadSection<double>(reader, "point offsets");
        IReadOnlyDictionary<string, string>[]? tagSets = null;
        WayRecord[] ways = reader is SavedNetworkReader { FormatVersion: < 8 } ? ReadWaysWithTags(reader, tags) : ReadWays(reader, tags, out tagSets);

        var restrictions = new TurnRestriction[Count(reader)];
        for (int i = 0; i < restrictions.Length; i++)
        {
            restrictions[i] = new TurnRestriction(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt64(), tags.Intern(BinaryArrays.ReadTags(reader)));
            var viaEdges = new int[Count(reader)];
            for (int k = 0; k < viaEdges.Length; k++)
            {
                viaEdges[k] = reader.ReadInt32();
            }

            restrictions[i] = restrictions[i] with { ViaEdges = viaEdges };
        }

        var statistics = new NetworkStatistics(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        IReadOnlySet<string>? keptWayKeys = reader is SavedNetworkReader { FormatVersion: < 8 } ? null : ReadKeptWayKeys(reader);
        var network = new RoadNetwork(source, vertexLat, vertexLon, vertexOsm, vertexTags, edgeFrom, edgeTo, edgeWay, geometryStart,
            pointLat, pointLon, pointOffset, ways, restrictions, statistics)
        {
            KeptWayKeys = keptWayKeys,
            DistinctWayTagSets = tagSets,
        };
        if (full)
        {
            SavedNetworkChecks.Verify(network);
        }
        else
        {
            SavedNetworkChecks.VerifyLengths(network);
        }

        // The elevation statistics are recomputed from the samples rather than trusted from the file.
        return Elevation.SavedElevation.Read(reader, network) is { } elevation ? network.WithElevationData(elevation) : network;
    }

    private static int Add(List<IReadOnlyDictionary<string, string>> sets, IReadOnlyDictionary<string, string> set)
    {
        sets.Add(set);
        return sets.Count - 1;
    }

    // Formats 6 and 7: each way with its own tags.
    private static WayRecord[] ReadWaysWithTags(BinaryReader reader, TagTable tags)
    {
        var ways = new WayRecord[Count(reader)];
        for (int i = 0; i < ways.Length; i++)
        {
            long id = reader.ReadInt64();
            double length = reader.ReadDouble();
            ways[i] = new WayRecord(id, tags.Intern(BinaryArrays.ReadTags(reader)), length);
        }

        return ways;
    }

    // Format 8: the distinct tag sets, interned once each, then the ways naming them (format 9: as three arrays).
    private static WayRecord[] ReadWays(BinaryReader reader, TagTable tags, out IReadOnlyDictionary<string, string>[] sets)
    {
        sets = new IReadOnlyDictionary<string, string>[Count(reader)];
        for (int i = 0; i < sets.Length; i++)
        {
            try
            {
                sets[i] = tags.Intern(BinaryArrays.ReadTags(reader));
            }
            catch (EndOfStreamException e)
            {
                throw new EndOfStreamException($"section 'way tag sets': {e.Message}", e);
            }
        }

        if (reader is SavedNetworkReader { FormatVersion: 8 })
        {
            var records = new WayRecord[Count(reader)];
            for (int i = 0; i < records.Length; i++)
            {
                long id = reader.ReadInt64();
                double length = reader.ReadDouble();
                records[i] = new WayRecord(id, TagSet(sets, i, reader.ReadInt32()), length);
            }

            return records;
        }

        Column<long> ids = BinaryArrays.ReadSection<long>(reader, "way ids");
        Column<double> lengths = BinaryArrays.ReadSection<double>(reader, "way lengths");
        Column<int> setOfWay = BinaryArrays.ReadSection<int>(reader, "way tag sets");
        if (lengths.Length != ids.Length || setOfWay.Length != ids.Length)
        {
            throw new InvalidDataException($"ways: {ids.Length} ids, {lengths.Length} lengths and {setOfWay.Length} tag sets; each way has one of each.");
        }

        var ways = new WayRecord[ids.Length];
        for (int i = 0; i < ways.Length; i++)
        {
            ways[i] = new WayRecord(ids[i], TagSet(sets, i, setOfWay[i]), lengths[i]);
        }

        return ways;
    }

    private static IReadOnlyDictionary<string, string> TagSet(IReadOnlyDictionary<string, string>[] sets, int way, int set) =>
        (uint)set < (uint)sets.Length ? sets[set] : throw new InvalidDataException($"way {way}: it names tag set {set}, which does not exist (there are {sets.Length}).");

    public static void WriteHierarchy(BinaryWriter writer, ContractionHierarchy ch)
    {
        writer.Write((int)ch.Metric);
        writer.Write((int)ch.Kind);
        writer.Write(ch.OriginalArcCount);
        BinaryArrays.Write(writer, ch.Rank);
        ArcList arcs = ch.Arcs;
        BinaryArrays.Write(writer, arcs.From.AsSpan(0, arcs.Count));
        BinaryArrays.Write(writer, arcs.To.AsSpan(0, arcs.Count));
        BinaryArrays.Write(writer, arcs.Weight.AsSpan(0, arcs.Count));
        BinaryArrays.Write(writer, arcs.Secondary.AsSpan(0, arcs.Count));
        BinaryArrays.Write(writer, arcs.FirstChild.AsSpan(0, arcs.Count));
        BinaryArrays.Write(writer, arcs.SecondChild.AsSpan(0, arcs.Count));
        foreach (HierarchyAdjacency adjacency in (HierarchyAdjacency[])[ch.Up, ch.Down])
        {
            BinaryArrays.Write(writer, adjacency.Start);
            BinaryArrays.Write(writer, adjacency.Reach);
            BinaryArrays.Write(writer, adjacency.Weight);
            BinaryArrays.Write(writer, adjacency.Secondary);
            BinaryArrays.Write(writer, adjacency.Arc);
        }
    }

    /// <summary>Reads one hierarchy and checks it against <paramref name="expected"/> (the header's entry) and, when <paramref name="full"/>, the graph.</summary>
    public static ContractionHierarchy ReadHierarchy(BinaryReader reader, RoutingGraph graph, SavedHierarchyHeader expected, bool full)
    {
        string name = $"hierarchy '{expected.Metric}'";
        ExpectEqual($"{name}, metric", expected.Metric, (RouteMetric)reader.ReadInt32());
        ExpectEqual($"{name}, kind", expected.Kind, (HierarchyKind)reader.ReadInt32());
        ExpectEqual($"{name}, original arc count", expected.OriginalArcCount, reader.ReadInt32());
        Column<int> rank = BinaryArrays.ReadSection<int>(reader, $"{name}, ranks");
        ExpectEqual($"{name}, node count", expected.NodeCount, rank.Length);
        ArcList arcs = ArcList.FromColumns(
            BinaryArrays.ReadSection<int>(reader, $"{name}, arc tails"), BinaryArrays.ReadSection<int>(reader, $"{name}, arc heads"), BinaryArrays.ReadSection<double>(reader, $"{name}, arc weights"),
            BinaryArrays.ReadSection<double>(reader, $"{name}, arc other measures"), BinaryArrays.ReadSection<int>(reader, $"{name}, arc first children"), BinaryArrays.ReadSection<int>(reader, $"{name}, arc second children"));
        ExpectEqual($"{name}, shortcut count", (long)expected.ShortcutCount, (long)arcs.Count - expected.OriginalArcCount);
        // Format 8: the searches' arrays follow the arcs, so an open need not build them.
        (HierarchyAdjacency, HierarchyAdjacency)? stored = reader is SavedNetworkReader { FormatVersion: < 8 }
            ? null
            : (Adjacency(reader, $"{name}, upward search"), Adjacency(reader, $"{name}, downward search"));
        try
        {
            return ContractionHierarchy.FromStored(graph, expected.Metric, expected.Kind, arcs, rank, expected.OriginalArcCount, full, stored);
        }
        catch (InvalidDataException e) when (e.Message.Contains("search arrays", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{name}, {e.Message}", e);
        }
    }

    private static HierarchyAdjacency Adjacency(BinaryReader reader, string name) =>
        new(BinaryArrays.ReadSection<int>(reader, $"{name} starts"), BinaryArrays.ReadSection<int>(reader, $"{name} nodes"), BinaryArrays.ReadSection<double>(reader, $"{name} weights"),
            BinaryArrays.ReadSection<double>(reader, $"{name} other measures"), BinaryArrays.ReadSection<int>(reader, $"{name} arc ids"));

    /// <summary>Refuses a payload that disagrees with its header.</summary>
    /// <exception cref="InvalidDataException">The values differ; the message names <paramref name="what"/> and both values.</exception>
    public static void ExpectEqual<T>(string what, T header, T payload)
    {
        if (!EqualityComparer<T>.Default.Equals(header, payload))
        {
            throw new InvalidDataException($"{what}: the header says {header}, the payload holds {payload}.");
        }
    }


    private static int Count(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new InvalidDataException($"a count of {count} is not plausible.");
        }

        return count;
    }
}
