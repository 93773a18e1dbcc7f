namespace Routes.Geo.Osm.Pbf;

/// <summary>Protocol Buffers wire types that OSM PBF uses (groups are not part of the format).</summary>
internal enum WireType
{
    Varint = 0,
    Fixed64 = 1,
    LengthDelimited = 2,
    Fixed32 = 5,
}

/// <summary>
/// Minimal forward-only reader of the protobuf wire format over a span. Every malformed input
/// (overlong varint, length past the end, unknown wire type) throws <see cref="InvalidDataException"/>.
/// </summary>
internal ref struct ProtoReader
{
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public ProtoReader(ReadOnlySpan<byte> data)
        : this(data, 0)
    {
    }

    /// <summary>A reader resuming at <paramref name="position"/> (a <see cref="Position"/> of an earlier reader over the same data).</summary>
    public ProtoReader(ReadOnlySpan<byte> data, int position)
    {
        _data = data;
        _position = position;
    }

    /// <summary>True when every byte has been consumed.</summary>
    public readonly bool End => _position >= _data.Length;

    /// <summary>Offset of the next unread byte, relative to the start of the span.</summary>
    public readonly int Position => _position;

    /// <summary>Reads the next field key; returns false at the end of the message.</summary>
    public bool TryReadTag(out int field, out WireType wireType)
    {
        if (End)
        {
            field = 0;
            wireType = WireType.Varint;
            return false;
        }

        ulong key = ReadVarint();
        field = (int)(key >> 3);
        wireType = (WireType)(key & 7);
        if (field <= 0 || key >> 3 > int.MaxValue)
        {
            throw new InvalidDataException($"invalid protobuf field number {key >> 3}");
        }

        return true;
    }

    public ulong ReadVarint()
    {
        ulong result = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            if (_position >= _data.Length)
            {
                throw new InvalidDataException("protobuf varint runs past the end of the message");
            }

            byte b = _data[_position++];
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return result;
            }
        }

        throw new InvalidDataException("protobuf varint longer than 10 bytes");
    }

    public long ReadSInt64() => ZigZag(ReadVarint());

    /// <summary>Decodes a zigzag-encoded (sint64) value.</summary>
    public static long ZigZag(ulong raw) => (long)(raw >> 1) ^ -(long)(raw & 1);

    /// <summary>Reads a length-delimited payload (bytes, string, sub-message or packed array).</summary>
    public ReadOnlySpan<byte> ReadBytes()
    {
        ulong length = ReadVarint();
        if (length > (ulong)(_data.Length - _position))
        {
            throw new InvalidDataException($"protobuf field length {length} runs past the end of the message");
        }

        ReadOnlySpan<byte> slice = _data.Slice(_position, (int)length);
        _position += (int)length;
        return slice;
    }

    /// <summary>Reads a length-delimited field after checking its wire type is the expected one.</summary>
    public ReadOnlySpan<byte> ReadBytes(WireType actual, string fieldName)
    {
        Expect(actual, WireType.LengthDelimited, fieldName);
        return ReadBytes();
    }

    /// <summary>Reads a varint field after checking its wire type.</summary>
    public ulong ReadVarint(WireType actual, string fieldName)
    {
        Expect(actual, WireType.Varint, fieldName);
        return ReadVarint();
    }

    /// <summary>Skips a field of an unknown number, so newer writers' additions are tolerated.</summary>
    public void Skip(WireType wireType)
    {
        switch (wireType)
        {
            case WireType.Varint:
                ReadVarint();
                break;
            case WireType.Fixed64:
                Advance(8);
                break;
            case WireType.LengthDelimited:
                ReadBytes();
                break;
            case WireType.Fixed32:
                Advance(4);
                break;
            default:
                throw new InvalidDataException($"unsupported protobuf wire type {(int)wireType}");
        }
    }

    private static void Expect(WireType actual, WireType expected, string fieldName)
    {
        if (actual != expected)
        {
            throw new InvalidDataException($"protobuf field {fieldName} has wire type {(int)actual}, expected {(int)expected}");
        }
    }

    private void Advance(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new InvalidDataException("protobuf fixed-size field runs past the end of the message");
        }

        _position += count;
    }
}
