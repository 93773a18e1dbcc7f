using System.Buffers.Binary;
using System.IO.Compression;

namespace Routes.Geo.Fuzz.Mutation;

/// <summary>
/// A PBF file split into its frames, each with its decompressed block, so a mutation can change one
/// block's content and re-frame it (fresh lengths and compression) while the other frames stay as read.
/// </summary>
internal sealed class PbfFile
{
    private PbfFile(List<PbfFrame> frames) => Frames = frames;

    public List<PbfFrame> Frames { get; }

    /// <summary>The frames of <paramref name="file"/>, or null when its framing does not parse.</summary>
    public static PbfFile? TryParse(byte[] file)
    {
        var frames = new List<PbfFrame>();
        int at = 0;
        while (at < file.Length)
        {
            if (file.Length - at < 4)
            {
                return null;
            }

            int headerLength = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(at));
            if (headerLength <= 0 || headerLength > file.Length - at - 4)
            {
                return null;
            }

            ProtoTree? header = ProtoTree.TryParse(file[(at + 4)..(at + 4 + headerLength)]);
            string? type = header?.Fields.Find(f => f is { Number: 1, WireType: 2 }) is { } t ? System.Text.Encoding.UTF8.GetString(t.Bytes) : null;
            ulong? dataSize = header?.Fields.Find(f => f is { Number: 3, WireType: 0 })?.Varint;
            int blobAt = at + 4 + headerLength;
            if (type is null || dataSize is not { } size || size > (ulong)(file.Length - blobAt))
            {
                return null;
            }

            byte[] encoded = file[at..(blobAt + (int)size)];
            byte[]? payload = Decode(file[blobAt..(blobAt + (int)size)]);
            if (payload is null)
            {
                return null;
            }

            frames.Add(new PbfFrame(type, payload, encoded));
            at = blobAt + (int)size;
        }

        return new PbfFile(frames);
    }

    public byte[] ToArray() => [.. Frames.SelectMany(f => f.Encoded)];

    private static byte[]? Decode(byte[] blob)
    {
        ProtoTree? tree = ProtoTree.TryParse(blob);
        if (tree?.Fields.Find(f => f is { Number: 1, WireType: 2 }) is { } raw)
        {
            return raw.Bytes;
        }

        if (tree?.Fields.Find(f => f is { Number: 3, WireType: 2 }) is not { } zlib)
        {
            return null;
        }

        try
        {
            using var input = new ZLibStream(new MemoryStream(zlib.Bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

/// <summary>One frame: its BlobHeader type, decompressed block, and the bytes it is written as.</summary>
internal sealed record PbfFrame(string Type, byte[] Payload, byte[] Encoded)
{
    /// <summary>A frame re-encoded from <paramref name="type"/> and <paramref name="payload"/>, zlib-compressed unless raw.</summary>
    public static PbfFrame Of(string type, byte[] payload, bool raw = false) => new(type, payload, TestPbf.Frame(type, payload, raw));
}
