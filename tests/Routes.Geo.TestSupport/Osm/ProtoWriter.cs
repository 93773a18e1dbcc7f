using System.Text;

namespace Routes.Geo.TestSupport;

/// <summary>Writes protobuf wire format, so tests can synthesize tiny PBF files, valid or subtly broken.</summary>
public sealed class ProtoWriter
{
    private readonly List<byte> _bytes = [];

    public ProtoWriter Varint(int field, ulong value)
    {
        Key(field, 0);
        Raw(value);
        return this;
    }

    public ProtoWriter SInt(int field, long value) => Varint(field, ZigZag(value));

    public ProtoWriter Bytes(int field, byte[] value)
    {
        Key(field, 2);
        Raw((ulong)value.Length);
        _bytes.AddRange(value);
        return this;
    }

    public ProtoWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtoWriter Message(int field, ProtoWriter message) => Bytes(field, message.ToArray());

    public ProtoWriter Packed(int field, params ulong[] values)
    {
        var packed = new ProtoWriter();
        foreach (ulong v in values)
        {
            packed.Raw(v);
        }

        return Bytes(field, packed.ToArray());
    }

    /// <summary>Packed sint64 values, delta-coded as PBF stores ids, coordinates and refs.</summary>
    public ProtoWriter PackedDelta(int field, params long[] values)
    {
        var deltas = new ulong[values.Length];
        long previous = 0;
        for (int i = 0; i < values.Length; i++)
        {
            deltas[i] = ZigZag(values[i] - previous);
            previous = values[i];
        }

        return Packed(field, deltas);
    }

    public byte[] ToArray() => [.. _bytes];

    private void Key(int field, int wireType) => Raw(((ulong)field << 3) | (uint)wireType);

    private void Raw(ulong value)
    {
        while (value >= 0x80)
        {
            _bytes.Add((byte)(value | 0x80));
            value >>= 7;
        }

        _bytes.Add((byte)value);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}
