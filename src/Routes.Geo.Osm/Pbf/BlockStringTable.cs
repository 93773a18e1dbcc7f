using System.Text;

namespace Routes.Geo.Osm.Pbf;

/// <summary>
/// A PrimitiveBlock's string table, decoded lazily: each entry becomes a string at most once per
/// block, and a pass that needs no strings (node coordinates) decodes none.
/// </summary>
/// <param name="maxEntries">Most entries a table may hold (<see cref="PbfLimits.MaxStringTableEntries"/>).</param>
internal sealed class BlockStringTable(int maxEntries)
{
    private readonly List<(int Start, int Length)> _entries = [];
    private string?[] _decoded = [];
    private ReadOnlyMemory<byte> _block;
    private int _tableStart;
    private int _tableLength;
    private bool _parsed;

    /// <summary>Points the table at a new block; <paramref name="start"/>/<paramref name="length"/> locate the StringTable message.</summary>
    public void Reset(ReadOnlyMemory<byte> block, int start, int length)
    {
        _block = block;
        _tableStart = start;
        _tableLength = length;
        _parsed = false;
        _entries.Clear();
    }

    /// <summary>The string at <paramref name="index"/>; throws <see cref="InvalidDataException"/> when out of range.</summary>
    public string Get(ulong index)
    {
        if (!_parsed)
        {
            Parse();
        }

        if (index >= (ulong)_entries.Count)
        {
            throw new InvalidDataException($"string table index {index} out of range (table has {_entries.Count} entries)");
        }

        int i = (int)index;
        if (_decoded[i] is { } cached)
        {
            return cached;
        }

        (int start, int length) = _entries[i];
        string value = Encoding.UTF8.GetString(_block.Span.Slice(start, length));
        _decoded[i] = value;
        return value;
    }

    private void Parse()
    {
        var reader = new ProtoReader(_block.Span.Slice(_tableStart, _tableLength));
        while (reader.TryReadTag(out int field, out WireType wireType))
        {
            if (field == 1)
            {
                if (_entries.Count == maxEntries)
                {
                    throw new PbfLimitException($"string table has more than PbfLimits.MaxStringTableEntries ({maxEntries}) entries");
                }

                int length = reader.ReadBytes(wireType, "StringTable.s").Length;
                _entries.Add((_tableStart + reader.Position - length, length));
            }
            else
            {
                reader.Skip(wireType);
            }
        }

        if (_decoded.Length < _entries.Count)
        {
            _decoded = new string?[_entries.Count];
        }
        else
        {
            Array.Clear(_decoded, 0, _entries.Count);
        }

        _parsed = true;
    }
}
