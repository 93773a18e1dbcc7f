using System.Buffers.Binary;
using System.IO.Compression;

namespace Routes.Geo.TestSupport;

/// <summary>Builds PBF files in memory: framing, header blocks and a small data block.</summary>
public static class TestPbf
{
    /// <summary>One framed blob: [length][BlobHeader][Blob], the payload zlib-compressed unless raw.</summary>
    public static byte[] Frame(string type, byte[] payload, bool raw = false)
    {
        var blob = new ProtoWriter();
        if (raw)
        {
            blob.Bytes(1, payload);
        }
        else
        {
            blob.Varint(2, (ulong)payload.Length).Bytes(3, Compress(payload));
        }

        return FrameBlob(type, blob.ToArray());
    }

    /// <summary>Frames an already encoded Blob message.</summary>
    public static byte[] FrameBlob(string type, byte[] blob)
    {
        byte[] header = new ProtoWriter().String(1, type).Varint(3, (ulong)blob.Length).ToArray();
        var prefix = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(prefix, header.Length);
        return [.. prefix, .. header, .. blob];
    }

    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    public static byte[] HeaderBlock(params string[] requiredFeatures)
    {
        // Bounding box 7.4..7.5 E, 43.7..43.8 N, in nanodegrees.
        var bbox = new ProtoWriter().SInt(1, 7_400_000_000).SInt(2, 7_500_000_000).SInt(3, 43_800_000_000).SInt(4, 43_700_000_000);
        var header = new ProtoWriter().Message(1, bbox);
        foreach (string feature in requiredFeatures)
        {
            header.String(4, feature);
        }

        return header.String(5, "Sort.Type_then_ID").String(16, "Routes.Geo tests").ToArray();
    }

    public static byte[] StandardHeader() => Frame("OSMHeader", HeaderBlock("OsmSchema-V0.6", "DenseNodes"));

    /// <summary>
    /// A data block with two dense nodes (the first tagged), one plain node, a way and a relation.
    /// <paramref name="relationRole"/> is a string-table index, so a test can point it out of range.
    /// </summary>
    public static byte[] DataBlock(ulong relationRole = 6)
    {
        var strings = new ProtoWriter();
        foreach (string s in new[] { "", "highway", "traffic_signals", "name", "Rue Grimaldi", "type", "from", "restriction", "no_left_turn" })
        {
            strings.String(1, s);
        }

        // Granularity 100 and offsets: latitude = (lat_offset + 100 * raw) nanodegrees.
        var dense = new ProtoWriter()
            .PackedDelta(1, 1001, 1003)
            .PackedDelta(8, 437_000_000, 437_100_000)
            .PackedDelta(9, 74_000_000, 74_200_000)
            .Packed(10, 1, 2, 0, 0);
        var plainNode = new ProtoWriter().SInt(1, 1005).SInt(8, 437_200_000).SInt(9, 74_300_000).Packed(2, 3).Packed(3, 4);
        var way = new ProtoWriter().Varint(1, 50).Packed(2, 1, 3).Packed(3, 2, 4).PackedDelta(8, 1001, 1003, 1005, 1001);
        var relation = new ProtoWriter().Varint(1, 70).Packed(2, 5).Packed(3, 7)
            .Packed(8, relationRole, 0).PackedDelta(9, 50, 1003).Packed(10, 1, 0);

        var block = new ProtoWriter()
            .Message(1, strings)
            .Message(2, new ProtoWriter().Message(2, dense))
            .Message(2, new ProtoWriter().Message(1, plainNode))
            .Message(2, new ProtoWriter().Message(3, way))
            .Message(2, new ProtoWriter().Message(4, relation))
            .Varint(17, 100)
            .Varint(19, 100_000)
            .Varint(20, 200_000);
        return block.ToArray();
    }

    public static byte[] File(params byte[][] frames) => [.. frames.SelectMany(f => f)];

    /// <summary>
    /// A data block (granularity 100, no offsets) with <paramref name="strings"/> as its string table (index 0 is
    /// prepended as "") and one primitive group per element: field 1 node, 2 dense nodes, 3 way, 4 relation.
    /// </summary>
    public static byte[] Block(string[] strings, params (int Field, ProtoWriter Element)[] elements)
    {
        var table = new ProtoWriter().String(1, "");
        foreach (string s in strings)
        {
            table.String(1, s);
        }

        var block = new ProtoWriter().Message(1, table);
        foreach ((int field, ProtoWriter element) in elements)
        {
            block.Message(2, new ProtoWriter().Message(field, element));
        }

        return block.Varint(17, 100).ToArray();
    }

    /// <summary>
    /// Dense nodes 1..<paramref name="count"/> about 1.4 m apart on a diagonal from (43.7, 7.4) (raw +100 per node at
    /// granularity 100); with <paramref name="tagEvery"/> n &gt; 0, every n-th carries string 1 = string 2 (the first two given to <see cref="Block"/>).
    /// </summary>
    public static ProtoWriter DenseLine(int count, int tagEvery = 0)
    {
        long[] ids = [.. Enumerable.Range(1, count).Select(i => (long)i)];
        var dense = new ProtoWriter().PackedDelta(1, ids)
            .PackedDelta(8, [.. ids.Select(i => 437_000_000 + (100 * i))])
            .PackedDelta(9, [.. ids.Select(i => 74_000_000 + (100 * i))]);
        return tagEvery > 0 ? dense.Packed(10, [.. ids.SelectMany(i => i % tagEvery == 0 ? new ulong[] { 1, 2, 0 } : [0])]) : dense;
    }

    /// <summary>A file of the standard header and one zlib data block per element of <paramref name="blocks"/>.</summary>
    public static MemoryStream Stream(params byte[][] blocks) =>
        new(File([StandardHeader(), .. blocks.Select(b => Frame("OSMData", b))]));
}
