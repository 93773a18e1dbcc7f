using System.Runtime.InteropServices;

namespace Routes.Geo.Storage;

/// <summary>Writes and reads arrays of primitives as raw little-endian bytes with a length prefix: one copy each way.</summary>
internal static class BinaryArrays
{
    public static void Write<T>(BinaryWriter writer, T[] values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    public static T[] Read<T>(BinaryReader reader)
        where T : unmanaged
    {
        int length = reader.ReadInt32();
        int size = Marshal.SizeOf<T>();
        if (length < 0 || (long)length * size > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new EndOfStreamException($"An array of {length} items does not fit in what is left of the file.");
        }

        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    public static void WriteTags(BinaryWriter writer, IReadOnlyDictionary<string, string> tags)
    {
        writer.Write(tags.Count);
        foreach ((string key, string value) in tags.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    public static IEnumerable<KeyValuePair<string, string>> ReadTags(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > 100_000)
        {
            throw new InvalidDataException($"A tag list of {count} entries is not plausible.");
        }

        var tags = new KeyValuePair<string, string>[count];
        for (int i = 0; i < count; i++)
        {
            tags[i] = KeyValuePair.Create(ReadString(reader), ReadString(reader));
        }

        return tags;
    }

    /// <summary>
    /// A string as <see cref="BinaryWriter.Write(string)"/> wrote it; a length that is negative or runs past the end of the
    /// file is an <see cref="EndOfStreamException"/> (BinaryReader's own throws a bare IOException).
    /// </summary>
    public static string ReadString(BinaryReader reader)
    {
        int length = reader.Read7BitEncodedInt();
        if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
        {
            throw new EndOfStreamException($"A string of {length} bytes does not fit in what is left of the file.");
        }

        return System.Text.Encoding.UTF8.GetString(reader.ReadBytes(length));
    }
}
