using System.Globalization;

namespace Routes.Geo.Osm.Pbf;

/// <summary>
/// Decodes one OSMData PrimitiveBlock into elements, a chunk at a time, skipping what the filter excludes
/// without decoding it. Malformed data throws <see cref="InvalidDataException"/>, data beyond <paramref name="limits"/>
/// a <see cref="PbfLimitException"/>; the caller adds file and offset.
/// </summary>
/// <remarks>
/// A 32 MiB block can hold 11 million three-byte dense nodes (600 MB as objects), so elements are decoded in
/// chunks of about <see cref="ChunkItems"/> items (elements, node references, members, tags), resuming where the last chunk stopped.
/// </remarks>
internal sealed class PrimitiveBlockDecoder(PbfLimits limits)
{
    /// <summary>Items (elements, references, members, tags) after which a chunk ends.</summary>
    public const int ChunkItems = 65_536;

    private readonly BlockStringTable _strings = new(limits.MaxStringTableEntries);
    private readonly List<(int Start, int Length)> _groups = [];
    private readonly List<KeyValuePair<string, string>> _tagBuffer = [];
    private ReadOnlyMemory<byte> _block;
    private long _granularity;
    private long _latOffset;
    private long _lonOffset;
    private int _groupIndex;
    private int _groupPosition;
    private DenseCursor _dense;

    /// <summary>Starts decoding <paramref name="block"/>, which must stay unchanged until <see cref="DecodeChunk"/> returns false.</summary>
    public void Start(ReadOnlyMemory<byte> block)
    {
        ReadBlockFields(block);
        _block = block;
        _groupIndex = 0;
        _groupPosition = 0;
        _dense = default;
    }

    /// <summary>
    /// Adds the next elements of the block to <paramref name="output"/>, stopping after about <see cref="ChunkItems"/> items.
    /// Returns false when the block is exhausted (<paramref name="output"/> may still have received elements).
    /// </summary>
    public bool DecodeChunk(OsmElementFilter filter, List<OsmElement> output)
    {
        ReadOnlySpan<byte> block = _block.Span;
        int items = 0;
        while (items < ChunkItems)
        {
            if (_dense.Active)
            {
                items += ContinueDenseNodes(block, ChunkItems - items, output);
                continue;
            }

            if (_groupIndex == _groups.Count)
            {
                return false;
            }

            (int start, int length) = _groups[_groupIndex];
            var group = new ProtoReader(block.Slice(start, length), _groupPosition);
            if (!group.TryReadTag(out int field, out WireType wireType))
            {
                _groupIndex++;
                _groupPosition = 0;
                continue;
            }

            bool wanted = field switch
            {
                1 or 2 => filter.IncludeNodes,
                3 => filter.IncludeWays,
                4 => filter.IncludeRelations,
                _ => false,
            };
            if (!wanted)
            {
                group.Skip(wireType);
                _groupPosition = group.Position;
                continue;
            }

            ReadOnlySpan<byte> message = group.ReadBytes(wireType, "PrimitiveGroup element");
            _groupPosition = group.Position;
            switch (field)
            {
                case 1:
                    OsmNode node = DecodeNode(message, filter.IncludeNodeTags);
                    output.Add(node);
                    items += 1 + node.Tags.Count;
                    break;
                case 2:
                    StartDenseNodes(message, start + group.Position - message.Length, filter.IncludeNodeTags);
                    break;
                case 3:
                    OsmWay way = DecodeWay(message);
                    output.Add(way);
                    items += 1 + way.NodeIds.Length + way.Tags.Count;
                    break;
                default:
                    OsmRelation relation = DecodeRelation(message);
                    output.Add(relation);
                    items += 1 + relation.Members.Length + relation.Tags.Count;
                    break;
            }
        }

        return true;
    }

    private void ReadBlockFields(ReadOnlyMemory<byte> block)
    {
        _groups.Clear();
        _granularity = 100;
        _latOffset = 0;
        _lonOffset = 0;
        int tableStart = 0;
        int tableLength = 0;
        var reader = new ProtoReader(block.Span);
        while (reader.TryReadTag(out int field, out WireType wireType))
        {
            switch (field)
            {
                case 1:
                    tableLength = reader.ReadBytes(wireType, "PrimitiveBlock.stringtable").Length;
                    tableStart = reader.Position - tableLength;
                    break;
                case 2:
                    int length = reader.ReadBytes(wireType, "PrimitiveBlock.primitivegroup").Length;
                    _groups.Add((reader.Position - length, length));
                    break;
                case 17:
                    _granularity = (long)reader.ReadVarint(wireType, "PrimitiveBlock.granularity");
                    break;
                case 19:
                    _latOffset = (long)reader.ReadVarint(wireType, "PrimitiveBlock.lat_offset");
                    break;
                case 20:
                    _lonOffset = (long)reader.ReadVarint(wireType, "PrimitiveBlock.lon_offset");
                    break;
                default:
                    reader.Skip(wireType);
                    break;
            }
        }

        if (_granularity is <= 0 or > int.MaxValue)
        {
            throw new InvalidDataException($"invalid granularity {_granularity}");
        }

        _strings.Reset(block, tableStart, tableLength);
    }

    // Locates the packed arrays (as offsets in the block, since a span cannot outlive a chunk) and checks they pair up.
    private void StartDenseNodes(ReadOnlySpan<byte> message, int messageStart, bool includeTags)
    {
        var cursor = new DenseCursor { Active = true };
        var reader = new ProtoReader(message);
        while (reader.TryReadTag(out int field, out WireType wireType))
        {
            switch (field)
            {
                case 1: cursor.Ids = Locate(ref reader, wireType, "DenseNodes.id"); break;
                case 8: cursor.Lats = Locate(ref reader, wireType, "DenseNodes.lat"); break;
                case 9: cursor.Lons = Locate(ref reader, wireType, "DenseNodes.lon"); break;
                case 10:
                    (int Start, int Length) keysVals = Locate(ref reader, wireType, "DenseNodes.keys_vals");
                    cursor.KeysVals = includeTags ? keysVals : default;
                    break;
                default: reader.Skip(wireType); break;
            }
        }

        int ids = CountVarints(message.Slice(cursor.Ids.Start, cursor.Ids.Length));
        int lats = CountVarints(message.Slice(cursor.Lats.Start, cursor.Lats.Length));
        int lons = CountVarints(message.Slice(cursor.Lons.Start, cursor.Lons.Length));
        if (lats != ids || lons != ids)
        {
            throw new InvalidDataException($"DenseNodes has {ids} ids but {lats} latitudes and {lons} longitudes");
        }

        cursor.Ids.Start += messageStart;
        cursor.Lats.Start += messageStart;
        cursor.Lons.Start += messageStart;
        cursor.KeysVals.Start += messageStart;
        _dense = cursor;
    }

    private static (int Start, int Length) Locate(ref ProtoReader reader, WireType wireType, string fieldName)
    {
        int length = reader.ReadBytes(wireType, fieldName).Length;
        return (reader.Position - length, length);
    }

    // Decodes up to maxItems items (nodes and their tags) of the current DenseNodes and returns how many it decoded.
    private int ContinueDenseNodes(ReadOnlySpan<byte> block, int maxItems, List<OsmElement> output)
    {
        ref DenseCursor d = ref _dense;
        var idReader = new ProtoReader(block.Slice(d.Ids.Start, d.Ids.Length), d.IdPosition);
        var latReader = new ProtoReader(block.Slice(d.Lats.Start, d.Lats.Length), d.LatPosition);
        var lonReader = new ProtoReader(block.Slice(d.Lons.Start, d.Lons.Length), d.LonPosition);
        var tagReader = new ProtoReader(block.Slice(d.KeysVals.Start, d.KeysVals.Length), d.KeysValsPosition);
        int items = 0;
        while (items < maxItems && !idReader.End)
        {
            d.Id = AddDelta(d.Id, idReader.ReadSInt64(), "DenseNodes.id", "node", d.Id);
            d.Lat = AddDelta(d.Lat, latReader.ReadSInt64(), "DenseNodes.lat", "node", d.Id);
            d.Lon = AddDelta(d.Lon, lonReader.ReadSInt64(), "DenseNodes.lon", "node", d.Id);
            OsmTags tags = tagReader.End ? OsmTags.Empty : ReadDenseTags(ref tagReader, d.Id);
            output.Add(CreateNode(d.Id, d.Lat, d.Lon, tags));
            items += 1 + tags.Count;
        }

        d.Active = !idReader.End;
        d.IdPosition = idReader.Position;
        d.LatPosition = latReader.Position;
        d.LonPosition = lonReader.Position;
        d.KeysValsPosition = tagReader.Position;
        return items;
    }

    private OsmTags ReadDenseTags(ref ProtoReader reader, long nodeId)
    {
        // keys_vals holds, per node, key/value string indices ending with a 0.
        _tagBuffer.Clear();
        while (true)
        {
            ulong key = reader.ReadVarint();
            if (key == 0)
            {
                break;
            }

            if (_tagBuffer.Count == limits.MaxTagsPerElement)
            {
                throw PbfLimitException.Exceeded($"node {nodeId}", _tagBuffer.Count + 1L, "tags or more", nameof(PbfLimits.MaxTagsPerElement), limits.MaxTagsPerElement);
            }

            _tagBuffer.Add(new(_strings.Get(key), _strings.Get(reader.ReadVarint())));
        }

        return _tagBuffer.Count == 0 ? OsmTags.Empty : OsmTags.Wrap([.. _tagBuffer]);
    }

    private OsmNode DecodeNode(ReadOnlySpan<byte> message, bool includeTags)
    {
        long id = 0, lat = 0, lon = 0;
        ReadOnlySpan<byte> keys = default, values = default;
        var reader = new ProtoReader(message);
        while (reader.TryReadTag(out int field, out WireType wireType))
        {
            switch (field)
            {
                case 1: id = ProtoReader.ZigZag(reader.ReadVarint(wireType, "Node.id")); break;
                case 2: keys = reader.ReadBytes(wireType, "Node.keys"); break;
                case 3: values = reader.ReadBytes(wireType, "Node.vals"); break;
                case 8: lat = ProtoReader.ZigZag(reader.ReadVarint(wireType, "Node.lat")); break;
                case 9: lon = ProtoReader.ZigZag(reader.ReadVarint(wireType, "Node.lon")); break;
                default: reader.Skip(wireType); break;
            }
        }

        return CreateNode(id, lat, lon, includeTags ? ReadTags(keys, values, "node", id) : OsmTags.Empty);
    }

    private OsmWay DecodeWay(ReadOnlySpan<byte> message)
    {
        long id = 0;
        ReadOnlySpan<byte> keys = default, values = default, refs = default;
        var reader = new ProtoReader(message);
        while (reader.TryReadTag(out int field, out WireType wireType))
        {
            switch (field)
            {
                case 1: id = (long)reader.ReadVarint(wireType, "Way.id"); break;
                case 2: keys = reader.ReadBytes(wireType, "Way.keys"); break;
                case 3: values = reader.ReadBytes(wireType, "Way.vals"); break;
                case 8: refs = reader.ReadBytes(wireType, "Way.refs"); break;
                default: reader.Skip(wireType); break;
            }
        }

        int count = CountVarints(refs);
        if (count > limits.MaxNodesPerWay)
        {
            throw PbfLimitException.Exceeded($"way {id}", count, "node references", nameof(PbfLimits.MaxNodesPerWay), limits.MaxNodesPerWay);
        }

        var nodeIds = new long[count];
        var refReader = new ProtoReader(refs);
        long nodeId = 0;
        for (int i = 0; i < nodeIds.Length; i++)
        {
            nodeId = AddDelta(nodeId, refReader.ReadSInt64(), "Way.refs", "way", id);
            nodeIds[i] = nodeId;
        }

        return new OsmWay(id, nodeIds, ReadTags(keys, values, "way", id));
    }

    private OsmRelation DecodeRelation(ReadOnlySpan<byte> message)
    {
        long id = 0;
        ReadOnlySpan<byte> keys = default, values = default, roles = default, memberIds = default, types = default;
        var reader = new ProtoReader(message);
        while (reader.TryReadTag(out int field, out WireType wireType))
        {
            switch (field)
            {
                case 1: id = (long)reader.ReadVarint(wireType, "Relation.id"); break;
                case 2: keys = reader.ReadBytes(wireType, "Relation.keys"); break;
                case 3: values = reader.ReadBytes(wireType, "Relation.vals"); break;
                case 8: roles = reader.ReadBytes(wireType, "Relation.roles_sid"); break;
                case 9: memberIds = reader.ReadBytes(wireType, "Relation.memids"); break;
                case 10: types = reader.ReadBytes(wireType, "Relation.types"); break;
                default: reader.Skip(wireType); break;
            }
        }

        int count = CountVarints(memberIds);
        if (CountVarints(roles) != count || CountVarints(types) != count)
        {
            throw new InvalidDataException($"relation {id} has member ids, roles and types of different lengths");
        }

        if (count > limits.MaxMembersPerRelation)
        {
            throw PbfLimitException.Exceeded($"relation {id}", count, "members", nameof(PbfLimits.MaxMembersPerRelation), limits.MaxMembersPerRelation);
        }

        var members = new OsmMember[count];
        var roleReader = new ProtoReader(roles);
        var idReader = new ProtoReader(memberIds);
        var typeReader = new ProtoReader(types);
        long memberId = 0;
        for (int i = 0; i < count; i++)
        {
            memberId = AddDelta(memberId, idReader.ReadSInt64(), "Relation.memids", "relation", id);
            ulong type = typeReader.ReadVarint();
            if (type > 2)
            {
                throw new InvalidDataException($"relation {id} has a member of unknown type {type}");
            }

            members[i] = new OsmMember((OsmMemberType)type, memberId, _strings.Get(roleReader.ReadVarint()));
        }

        return new OsmRelation(id, members, ReadTags(keys, values, "relation", id));
    }

    private OsmTags ReadTags(ReadOnlySpan<byte> keys, ReadOnlySpan<byte> values, string kind, long id)
    {
        int count = CountVarints(keys);
        if (count != CountVarints(values))
        {
            throw new InvalidDataException($"{kind} {id} has different numbers of tag keys and values");
        }

        if (count > limits.MaxTagsPerElement)
        {
            throw PbfLimitException.Exceeded($"{kind} {id}", count, "tags", nameof(PbfLimits.MaxTagsPerElement), limits.MaxTagsPerElement);
        }

        if (count == 0)
        {
            return OsmTags.Empty;
        }

        var tags = new KeyValuePair<string, string>[count];
        var keyReader = new ProtoReader(keys);
        var valueReader = new ProtoReader(values);
        for (int i = 0; i < count; i++)
        {
            tags[i] = new(_strings.Get(keyReader.ReadVarint()), _strings.Get(valueReader.ReadVarint()));
        }

        return OsmTags.Wrap(tags);
    }

    private OsmNode CreateNode(long id, long rawLat, long rawLon, OsmTags tags)
    {
        // 128-bit nanodegrees cannot overflow (offset + granularity × raw < 2^96), so no coordinate wraps into range.
        Int128 latNano = _latOffset + ((Int128)_granularity * rawLat);
        Int128 lonNano = _lonOffset + ((Int128)_granularity * rawLon);
        if (Int128.Abs(latNano) > 90_000_000_000 || Int128.Abs(lonNano) > 180_000_000_000)
        {
            throw new InvalidDataException(string.Create(
                CultureInfo.InvariantCulture, $"node {id} has coordinates out of range (latitude {(double)latNano / 1e9}°, longitude {(double)lonNano / 1e9}°)"));
        }

        // In range, the nanodegrees fit a long exactly; division (not * 1e-9) gives the correctly rounded degrees.
        return new OsmNode(id, (long)latNano / 1e9, (long)lonNano / 1e9, tags);
    }

    /// <summary>Adds a delta-coded value to the running one; a sum past 64 bits is corrupt data, not wrapped.</summary>
    private static long AddDelta(long value, long delta, string field, string kind, long id)
    {
        long sum = unchecked(value + delta);
        if (((value ^ sum) & (delta ^ sum)) < 0)
        {
            throw new InvalidDataException($"delta-coded {field} overflows 64 bits at {kind} {id}");
        }

        return sum;
    }

    /// <summary>Counts the varints in a packed field: every varint ends with exactly one byte below 0x80.</summary>
    private static int CountVarints(ReadOnlySpan<byte> packed)
    {
        if (!packed.IsEmpty && packed[^1] >= 0x80)
        {
            throw new InvalidDataException("packed field ends inside a varint");
        }

        int count = 0;
        foreach (byte b in packed)
        {
            if (b < 0x80)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Where decoding of a DenseNodes message stands: its packed arrays (block offsets), read positions and running values.</summary>
    private struct DenseCursor
    {
        public bool Active;
        public (int Start, int Length) Ids, Lats, Lons, KeysVals;
        public int IdPosition, LatPosition, LonPosition, KeysValsPosition;
        public long Id, Lat, Lon;
    }
}
