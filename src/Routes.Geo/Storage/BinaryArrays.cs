using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Storage;

/// <summary>
/// Writes and reads arrays of primitives as raw little-endian bytes with a length prefix: one copy each way. Since format 7
/// the elements start at a multiple of <see cref="Alignment"/> bytes from the start of the file (zero bytes pad the gap),
/// so a memory-mapped file's arrays can be viewed in place.
/// </summary>
internal static class BinaryArrays
{
    /// <summary>Where a format 7 array's elements start: a cache line, more than any element's size.</summary>
    public const int Alignment = 64;

    // Elements written per call: a span of bytes holds at most 2 GB.
    private const int ChunkItems = 1 << 24;

    public static void Write<T>(BinaryWriter writer, T[] values)
        where T : unmanaged => Write(writer, (ReadOnlySpan<T>)values);

    public static void Write<T>(BinaryWriter writer, Column<T> values)
        where T : unmanaged => Write(writer, values.AsSpan());

    public static void Write<T>(BinaryWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged
    {
        writer.Write(values.Length);
        writer.Flush();
        writer.Write(new byte[Padding(writer.BaseStream.Position)]);
        for (int at = 0; at < values.Length; at += ChunkItems)
        {
            writer.Write(MemoryMarshal.AsBytes(values.Slice(at, Math.Min(ChunkItems, values.Length - at))));
        }
    }

    public static T[] Read<T>(BinaryReader reader)
        where T : unmanaged
    {
        int length = ReadLength<T>(reader);
        var values = new T[length];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return values;
    }

    /// <summary>
    /// Reads an array as a column: viewed in place when <paramref name="reader"/> reads a memory-mapped file
    /// (<see cref="MappedFileStream"/>), else read into an array on the pinned object heap.
    /// </summary>
    public static unsafe Column<T> ReadColumn<T>(BinaryReader reader)
        where T : unmanaged
    {
        int length = ReadLength<T>(reader);
        if (reader.BaseStream is MappedFileStream mapped)
        {
            var items = (T*)mapped.PositionPointer;
            mapped.Position += (long)length * sizeof(T);
            return length == 0 ? Column<T>.Empty : Column<T>.View(items, length, mapped.View);
        }

        T[] values = GC.AllocateUninitializedArray<T>(length, pinned: true);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return Column<T>.OverPinned(values);
    }

    /// <summary>As <see cref="ReadColumn{T}"/>, naming section <paramref name="name"/> in the error when the file ends inside it.</summary>
    /// <exception cref="EndOfStreamException">The array runs past the end of the file; the message starts "section '<paramref name="name"/>'".</exception>
    public static Column<T> ReadSection<T>(BinaryReader reader, string name)
        where T : unmanaged
    {
        try
        {
            return ReadColumn<T>(reader);
        }
        catch (EndOfStreamException e)
        {
            throw new EndOfStreamException($"section '{name}': {e.Message}", e);
        }
    }

    /// <summary>As <see cref="Read{T}"/>, naming section <paramref name="name"/> in the error when the file ends inside it.</summary>
    /// <exception cref="EndOfStreamException">The array runs past the end of the file; the message starts "section '<paramref name="name"/>'".</exception>
    public static T[] ReadArraySection<T>(BinaryReader reader, string name)
        where T : unmanaged
    {
        try
        {
            return Read<T>(reader);
        }
        catch (EndOfStreamException e)
        {
            throw new EndOfStreamException($"section '{name}': {e.Message}", e);
        }
    }

    // The length prefix, the padding after it (format 7) and a check that the elements fit in the file.
    private static int ReadLength<T>(BinaryReader reader)
        where T : unmanaged
    {
        int length = reader.ReadInt32();
        Stream stream = reader.BaseStream;
        if (reader is not SavedNetworkReader { FormatVersion: < 7 })
        {
            int padding = Padding(stream.Position);
            if (padding > stream.Length - stream.Position)
            {
                throw new EndOfStreamException("An array's alignment padding runs past the end of the file.");
            }

            stream.Position += padding;
        }

        int size = Unsafe.SizeOf<T>();
        if (length < 0 || (long)length * size > stream.Length - stream.Position)
        {
            throw new EndOfStreamException($"An array of {length} items does not fit in what is left of the file.");
        }

        return length;
    }

    private static int Padding(long position) => (int)(-position & (Alignment - 1));

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
