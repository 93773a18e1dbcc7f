namespace Routes.Geo.Import;

/// <summary>
/// The 1-based line of a byte offset in a UTF-8 document, for offsets asked in increasing order:
/// each byte is scanned once, so naming the line of every feature costs one pass over the file.
/// </summary>
internal sealed class LineCounter(ReadOnlyMemory<byte> document)
{
    private long _offset;
    private int _line = 1;

    public int LineAt(long offset)
    {
        if (offset < _offset)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), offset, "Offsets must be asked in increasing order.");
        }

        _line += document.Span[(int)_offset..(int)offset].Count((byte)'\n');
        _offset = offset;
        return _line;
    }
}
