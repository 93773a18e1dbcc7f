using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Routes.Geo.TestSupport;

/// <summary>
/// A saved network's bytes with the place of every field, read by the tests' own walk of the format so they can damage
/// one field or array element and reseal the file (recompute its SHA-256) so that only the load's verification can catch it.
/// </summary>
public sealed class SavedFile
{
    private readonly Dictionary<string, int> _fields = [];
    private readonly Dictionary<string, int> _fieldSizes = [];
    private readonly Dictionary<string, (int At, int Count, int Size)> _arrays = [];
    private readonly Dictionary<string, int> _counts = [];

    // Where a run of records ends (not a field: random damage picks fields).
    private readonly Dictionary<string, int> _ends = [];

    private SavedFile(byte[] bytes)
    {
        Bytes = bytes;
        Walk();
    }

    public byte[] Bytes { get; private set; }

    public int ChecksumAt { get; private set; }

    /// <summary>Scalar fields by name ("header.vertexCount", "h0.metric", "way3.length", ...) and their offsets.</summary>
    public IReadOnlyDictionary<string, int> Fields => _fields;

    /// <summary>Size in bytes of each scalar field (strings: their length prefix's first byte only).</summary>
    public IReadOnlyDictionary<string, int> FieldSizes => _fieldSizes;

    /// <summary>Arrays by name ("vertexLat", "h0.rank", "h0.first", ...): offset of the first element, count, element size.</summary>
    public IReadOnlyDictionary<string, (int At, int Count, int Size)> Arrays => _arrays;

    public static SavedFile Of(byte[] bytes) => new((byte[])bytes.Clone());

    public int Int(string field) => BinaryPrimitives.ReadInt32LittleEndian(Bytes.AsSpan(_fields[field]));

    public void SetInt(string field, int value) => BinaryPrimitives.WriteInt32LittleEndian(Bytes.AsSpan(_fields[field]), value);

    public void SetDouble(string field, double value) => BinaryPrimitives.WriteDoubleLittleEndian(Bytes.AsSpan(_fields[field]), value);

    public int IntAt(string array, int index) => BinaryPrimitives.ReadInt32LittleEndian(Bytes.AsSpan(Element(array, index)));

    public void SetIntAt(string array, int index, int value) => BinaryPrimitives.WriteInt32LittleEndian(Bytes.AsSpan(Element(array, index)), value);

    public double DoubleAt(string array, int index) => BinaryPrimitives.ReadDoubleLittleEndian(Bytes.AsSpan(Element(array, index)));

    public void SetDoubleAt(string array, int index, double value) => BinaryPrimitives.WriteDoubleLittleEndian(Bytes.AsSpan(Element(array, index)), value);

    /// <summary>Keeps only the first <paramref name="count"/> elements of an array (its length prefix and the payload size follow).</summary>
    public void Truncate(string array, int count)
    {
        (int at, int old, int size) = _arrays[array];
        BinaryPrimitives.WriteInt32LittleEndian(Bytes.AsSpan(_counts[array]), count);
        SpliceAligned(at + (count * size), (old - count) * size, []);
    }

    /// <summary>
    /// The same network as format 8 wrote it: each way as a record (id, length, tag set), no graph section, no customizable
    /// hierarchy in the header or after the hierarchies, version 8 (not resealed).
    /// </summary>
    public SavedFile AsFormat8()
    {
        int headerAt = _fields["header.customizableCount"], headerEnd = _fields["header.payloadBytes"];
        var ways = new List<byte>(BitConverter.GetBytes(Int("wayCount")));
        for (int i = 0; i < Int("wayCount"); i++)
        {
            foreach ((string field, int size) in ((string, int)[])[("id", 8), ("length", 8), ("tagSet", 4)])
            {
                ways.AddRange(Bytes.AsSpan(_fields[$"way{i}.{field}"], size).ToArray());
            }
        }

        List<(int At, int End)> removed = [(headerAt, headerEnd), (_counts["wayId"], _ends["ways"]), (_fields["graph.fingerprint"], _fields["hierarchyCount"]),
            (_fields["customizableCount"], Bytes.Length)];
        return Rebuild(removed, new() { [_counts["wayId"]] = [.. ways] }, 8, headerEnd - headerAt);
    }

    /// <summary>The same network as format 7 wrote it: each way with its own tags, no kept way keys, no graph section, no hierarchy search arrays, version 7 (not resealed).</summary>
    public SavedFile AsFormat7()
    {
        if (Int("header.version") >= 9)
        {
            AsFormat8();
        }

        // The tag sets and ways become format 7's ways, each with a copy of its tag set's bytes.
        var ways = new List<byte>(BitConverter.GetBytes(Int("wayCount")));
        for (int i = 0; i < Int("wayCount"); i++)
        {
            int set = Int($"way{i}.tagSet");
            ways.AddRange(Bytes.AsSpan(_fields[$"way{i}.id"], 8).ToArray());
            ways.AddRange(Bytes.AsSpan(_fields[$"way{i}.length"], 8).ToArray());
            ways.AddRange(Bytes.AsSpan(_fields[$"tagSet{set}"], _ends[$"tagSet{set}"] - _fields[$"tagSet{set}"]).ToArray());
        }

        Dictionary<int, byte[]> inserted = new() { [_fields["tagSetCount"]] = [.. ways] };
        List<(int At, int End)> removed = [(_fields["tagSetCount"], _ends["ways"]), (_fields["keptWayKeyCount"], _fields["elevation"])];
        for (int h = 0; h < Int("hierarchyCount"); h++)
        {
            (int at, int count, int size) = _arrays[$"h{h}.down.arc"];
            removed.Add((_counts[$"h{h}.up.start"], at + (count * size)));
        }

        return Rebuild(removed, inserted, 7, headerRemoved: 0);
    }

    // The file without the removed ranges and with the inserted bytes, each array's elements padded again to a multiple of 64
    // bytes from the start of the file (as formats 7 to 9 do); headerRemoved of the removed bytes lie before the checksum.
    private SavedFile Rebuild(List<(int At, int End)> removed, Dictionary<int, byte[]> inserted, int version, int headerRemoved)
    {
        var output = new List<byte>(Bytes.Length);
        void Copy(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                if (inserted.TryGetValue(i, out byte[]? insert))
                {
                    output.AddRange(insert);
                }

                if (!removed.Any(r => i >= r.At && i < r.End))
                {
                    output.Add(Bytes[i]);
                }
            }
        }

        int done = 0;
        foreach ((string name, (int at, int count, int size)) in _arrays.OrderBy(a => a.Value.At))
        {
            if (removed.Any(r => at >= r.At && at < r.End))
            {
                continue;
            }

            Copy(done, _counts[name] + 4);
            output.AddRange(new byte[(int)(-(long)output.Count & 63)]);
            Copy(at, at + (count * size));
            done = at + (count * size);
        }

        Copy(done, Bytes.Length);
        byte[] bytes = [.. output];
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(8), version);
        int checksumAt = ChecksumAt - headerRemoved;
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(_fields["header.payloadBytes"] - headerRemoved), bytes.Length - checksumAt - 32);
        Bytes = bytes;
        Walk();
        return this;
    }

    /// <summary>The same network as format 6 wrote it: no kept way keys, no padding before any array's elements, version 6 (not resealed).</summary>
    public SavedFile AsFormat6()
    {
        AsFormat7();
        foreach ((string name, (int at, _, _)) in _arrays.OrderByDescending(a => a.Value.At).ToList())
        {
            Splice(_counts[name] + 4, at - _counts[name] - 4, []);
        }

        BinaryPrimitives.WriteInt32LittleEndian(Bytes.AsSpan(8), 6);
        return this;
    }

    /// <summary>Inserts <paramref name="bytes"/> at <paramref name="at"/>, growing the announced payload size to match.</summary>
    public void Insert(int at, byte[] bytes) => SpliceAligned(at, 0, bytes);

    // A splice, then each later array's padding redone so its elements start on a multiple of 64 bytes again (format 7).
    private void SpliceAligned(int at, int remove, byte[] insert)
    {
        var later = _arrays.Where(a => a.Value.At > at).OrderBy(a => a.Value.At).Select(a => (CountAt: _counts[a.Key], a.Value.At)).ToList();
        Splice(at, remove, insert);
        int shift = insert.Length - remove;
        foreach ((int countAt, int dataAt) in later)
        {
            int moved = countAt + shift, have = dataAt - countAt - 4, need = (int)(-(long)(moved + 4) & 63);
            Splice(moved + 4, have, new byte[need]);
            shift += need - have;
        }

        Walk();
    }

    /// <summary>Recomputes the checksum over everything but itself, as the writer does.</summary>
    public SavedFile Reseal()
    {
        Reseal(Bytes, ChecksumAt);
        return this;
    }

    /// <summary>Recomputes the checksum of the file <paramref name="bytes"/> whose checksum lies at <paramref name="checksumAt"/>.</summary>
    public static void Reseal(byte[] bytes, int checksumAt)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(bytes.AsSpan(0, checksumAt));
        hash.AppendData(bytes.AsSpan(checksumAt + 32));
        hash.GetHashAndReset().CopyTo(bytes, checksumAt);
    }

    public string WriteTo(string path)
    {
        File.WriteAllBytes(path, Bytes);
        return path;
    }

    private int Element(string array, int index)
    {
        (int at, int count, int size) = _arrays[array];
        if ((uint)index >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{array} has {count} elements");
        }

        return at + (index * size);
    }

    private void Splice(int at, int remove, byte[] insert)
    {
        byte[] spliced = [.. Bytes[..at], .. insert, .. Bytes[(at + remove)..]];
        long payload = BinaryPrimitives.ReadInt64LittleEndian(spliced.AsSpan(_fields["header.payloadBytes"]));
        BinaryPrimitives.WriteInt64LittleEndian(spliced.AsSpan(_fields["header.payloadBytes"]), payload + insert.Length - remove);
        Bytes = spliced;
    }

    private void Walk()
    {
        _fields.Clear();
        _fieldSizes.Clear();
        _arrays.Clear();
        _counts.Clear();
        _ends.Clear();
        using var reader = new BinaryReader(new MemoryStream(Bytes), Encoding.UTF8);
        reader.ReadBytes(8);
        Field(reader, "header.version", 4);
        foreach (string name in (string[])["header.profile", "header.fingerprint", "header.source"])
        {
            (_fields[name], _fieldSizes[name]) = ((int)reader.BaseStream.Position, 1);
            reader.ReadString();
        }

        foreach (string name in (string[])["vertexCount", "edgeCount", "pointCount", "wayCount", "restrictionCount", "hierarchyCount"])
        {
            Field(reader, "header." + name, 4);
        }

        for (int h = 0; h < Int("header.hierarchyCount"); h++)
        {
            foreach (string name in (string[])["metric", "kind", "nodeCount", "originalArcCount", "shortcutCount"])
            {
                Field(reader, $"header.h{h}.{name}", 4);
            }
        }

        // Format 9: whether a customizable hierarchy is stored (0 or 1), and its counts.
        int customizable = Int("header.version") >= 9 ? Field(reader, "header.customizableCount", 4) : 0;
        for (int c = 0; c < customizable; c++)
        {
            foreach (string name in (string[])["kind", "nodeCount", "originalArcCount", "chordalEdgeCount", "treeHeight"])
            {
                Field(reader, $"header.cch.{name}", 4);
            }
        }

        Field(reader, "header.payloadBytes", 8);
        ChecksumAt = (int)reader.BaseStream.Position;
        reader.ReadBytes(32);
        reader.ReadString();
        Array(reader, "vertexLat", 8);
        Array(reader, "vertexLon", 8);
        Array(reader, "vertexOsmId", 8);
        int tagged = Field(reader, "vertexTagCount", 4);
        for (int i = 0; i < tagged; i++)
        {
            Field(reader, $"vertexTag{i}.vertex", 4);
            Tags(reader);
        }

        foreach (string name in (string[])["edgeFrom", "edgeTo", "edgeWay", "edgeGeometryStart"])
        {
            Array(reader, name, 4);
        }

        foreach (string name in (string[])["pointLat", "pointLon", "pointOffset"])
        {
            Array(reader, name, 8);
        }

        // Format 8: the distinct way tag sets, then each way's id, length and tag set.
        bool format8 = Int("header.version") >= 8;
        int sets = format8 ? Field(reader, "tagSetCount", 4) : 0;
        for (int i = 0; i < sets; i++)
        {
            (_fields[$"tagSet{i}"], _fieldSizes[$"tagSet{i}"]) = ((int)reader.BaseStream.Position, 4);
            Tags(reader);
            _ends[$"tagSet{i}"] = (int)reader.BaseStream.Position;
        }

        if (Int("header.version") >= 9)
        {
            // Format 9: the ways as three arrays; each way's elements are also named as fields (way{i}.id, .length, .tagSet).
            foreach ((string name, string field, int size) in ((string, string, int)[])[("wayId", "id", 8), ("wayLength", "length", 8), ("wayTagSet", "tagSet", 4)])
            {
                Array(reader, name, size);
                (int at, int count, _) = _arrays[name];
                _fields["wayCount"] = _counts["wayId"];
                for (int i = 0; i < count; i++)
                {
                    (_fields[$"way{i}.{field}"], _fieldSizes[$"way{i}.{field}"]) = (at + (i * size), size);
                }
            }

            _fieldSizes["wayCount"] = 4;
        }

        int ways = Int("header.version") >= 9 ? 0 : Field(reader, "wayCount", 4);
        for (int i = 0; i < ways; i++)
        {
            Field(reader, $"way{i}.id", 8);
            Field(reader, $"way{i}.length", 8);
            if (format8)
            {
                Field(reader, $"way{i}.tagSet", 4);
            }
            else
            {
                Tags(reader);
            }
        }

        _ends["ways"] = (int)reader.BaseStream.Position;

        int restrictions = Field(reader, "restrictionCount", 4);
        for (int i = 0; i < restrictions; i++)
        {
            Field(reader, $"restriction{i}.fromEdge", 4);
            Field(reader, $"restriction{i}.viaVertex", 4);
            Field(reader, $"restriction{i}.toEdge", 4);
            Field(reader, $"restriction{i}.relation", 8);
            Tags(reader);
            int viaEdges = Field(reader, $"restriction{i}.viaEdgeCount", 4);
            for (int k = 0; k < viaEdges; k++)
            {
                Field(reader, $"restriction{i}.viaEdge{k}", 4);
            }
        }

        // The six counts of NetworkStatistics, in the order SavedNetworkPayload writes them.
        for (int i = 0; i < 6; i++)
        {
            Field(reader, $"statistics{i}", 4);
        }

        // Format 8: the kept way-tag keys, -1 when not known, else a count and the keys.
        if (Int("header.version") >= 8)
        {
            int kept = Field(reader, "keptWayKeyCount", 4);
            for (int i = 0; i < kept; i++)
            {
                (_fields[$"keptWayKey{i}"], _fieldSizes[$"keptWayKey{i}"]) = ((int)reader.BaseStream.Position, 1);
                reader.ReadString();
            }
        }

        // Format 5: the elevation section, a presence byte and, when present, the spacing and the three sample arrays.
        (_fields["elevation"], _fieldSizes["elevation"]) = ((int)reader.BaseStream.Position, 1);
        if (reader.ReadBoolean())
        {
            reader.ReadDouble();
            foreach (string name in (string[])["elevationStart", "elevationOffset", "elevationHeight"])
            {
                Array(reader, name, 4);
            }
        }

        // Format 9: the graph section, the profile's decision digest, the top speed, the turn-cost flag and the derived arrays.
        if (Int("header.version") >= 9)
        {
            (_fields["graph.fingerprint"], _fieldSizes["graph.fingerprint"]) = ((int)reader.BaseStream.Position, 1);
            reader.ReadString();
            (_fields["graph.digest"], _fieldSizes["graph.digest"]) = ((int)reader.BaseStream.Position, 1);
            reader.ReadString();
            (_fields["graph.maxSpeed"], _fieldSizes["graph.maxSpeed"]) = ((int)reader.BaseStream.Position, 8);
            reader.ReadDouble();
            (_fields["graph.turnCosts"], _fieldSizes["graph.turnCosts"]) = ((int)reader.BaseStream.Position, 1);
            reader.ReadBoolean();
            foreach ((string name, int size) in GraphArrays)
            {
                Array(reader, $"graph.{name}", size);
            }

            // The packed snapping index: its node size, the segment ids and the node boxes.
            Field(reader, "snap.nodeSize", 4);
            Array(reader, "snap.segments", 4);
            Array(reader, "snap.nodeBoxes", 8);
        }

        int hierarchies = Field(reader, "hierarchyCount", 4);
        for (int h = 0; h < hierarchies; h++)
        {
            Field(reader, $"h{h}.metric", 4);
            Field(reader, $"h{h}.kind", 4);
            Field(reader, $"h{h}.originalArcCount", 4);
            Array(reader, $"h{h}.rank", 4);
            foreach ((string name, int size) in ((string, int)[])[("from", 4), ("to", 4), ("weight", 8), ("secondary", 8), ("first", 4), ("second", 4)])
            {
                Array(reader, $"h{h}.{name}", size);
            }

            // Format 8: the upward and downward search arrays.
            for (int d = 0; d < (Int("header.version") >= 8 ? 2 : 0); d++)
            {
                foreach ((string name, int size) in ((string, int)[])[("start", 4), ("reach", 4), ("weight", 8), ("secondary", 8), ("arc", 4)])
                {
                    Array(reader, $"h{h}.{(d == 0 ? "up" : "down")}.{name}", size);
                }
            }
        }

        // Format 9: the customizable hierarchy, 0 or 1 of them: kind, counts, times, then ranks, chordal supergraph and arc slots.
        int stored = Int("header.version") >= 9 ? Field(reader, "customizableCount", 4) : 0;
        for (int c = 0; c < stored; c++)
        {
            foreach ((string name, int size) in ((string, int)[])[("kind", 4), ("originalArcCount", 4), ("treeHeight", 4), ("orderingTicks", 8), ("contractionTicks", 8)])
            {
                Field(reader, $"cch.{name}", size);
            }

            foreach (string name in (string[])["rank", "start", "upper", "parent", "slot"])
            {
                Array(reader, $"cch.{name}", 4);
            }
        }
    }

    /// <summary>Format 9's graph arrays in the order SavedGraphSection writes them, with their element sizes.</summary>
    public static readonly (string Name, int Size)[] GraphArrays =
    [
        ("canForward", 1), ("canBackward", 1), ("durations", 8), ("edgeLength", 8), ("vertexBlocked", 1), ("outStart", 4), ("outDirected", 4),
        ("inStart", 4), ("inDirected", 4), ("destinationOnly", 1), ("turnStart", 4), ("turnSeconds", 8), ("edgeComponent", 4), ("inLargeComponent", 1),
    ];

    private int Field(BinaryReader reader, string name, int size)
    {
        (_fields[name], _fieldSizes[name]) = ((int)reader.BaseStream.Position, size);
        return size == 4 ? reader.ReadInt32() : (int)reader.ReadInt64();
    }

    private void Array(BinaryReader reader, string name, int size)
    {
        _counts[name] = (int)reader.BaseStream.Position;
        int count = reader.ReadInt32();
        // Format 7: zero bytes pad the elements to the next multiple of 64 bytes from the start of the file.
        reader.BaseStream.Position += -reader.BaseStream.Position & 63;
        _arrays[name] = ((int)reader.BaseStream.Position, count, size);
        reader.BaseStream.Position += (long)count * size;
    }

    private static void Tags(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        for (int i = 0; i < 2 * count; i++)
        {
            reader.ReadString();
        }
    }
}
