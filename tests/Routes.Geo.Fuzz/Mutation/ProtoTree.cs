namespace Routes.Geo.Fuzz.Mutation;

/// <summary>
/// A protobuf message read without its schema: each length-delimited field that itself parses as a
/// message becomes a child tree, so mutations can change one field and re-encode every length around it.
/// </summary>
internal sealed class ProtoTree
{
    private const int MaxDepth = 6;

    public List<ProtoField> Fields { get; } = [];

    /// <summary>The tree of <paramref name="data"/>, or null when it is not a message that re-encodes to the same bytes.</summary>
    public static ProtoTree? TryParse(byte[] data)
    {
        ProtoTree? tree = Parse(data, 0);
        return tree is not null && tree.ToArray().AsSpan().SequenceEqual(data) ? tree : null;
    }

    /// <summary>Every field of the tree, depth first, with the list holding it.</summary>
    public IEnumerable<(ProtoField Field, List<ProtoField> Owner)> AllFields()
    {
        var pending = new Stack<List<ProtoField>>();
        pending.Push(Fields);
        while (pending.Count > 0)
        {
            List<ProtoField> owner = pending.Pop();
            foreach (ProtoField field in owner)
            {
                yield return (field, owner);
                if (field.Children is { } children)
                {
                    pending.Push(children);
                }
            }
        }
    }

    public byte[] ToArray()
    {
        var output = new List<byte>();
        Write(Fields, output);
        return [.. output];
    }

    /// <summary>The true length of a length-delimited field's body, children encoded.</summary>
    public static int BodyLength(ProtoField field) => field.Children is { } children ? Encode(children).Length : field.Bytes.Length;

    private static ProtoTree? Parse(byte[] data, int depth)
    {
        var tree = new ProtoTree();
        int at = 0;
        while (at < data.Length)
        {
            if (!TryVarint(data, ref at, out ulong key) || key >> 3 is 0 or > int.MaxValue)
            {
                return null;
            }

            var field = new ProtoField((int)(key >> 3), (int)(key & 7));
            switch (field.WireType)
            {
                case 0:
                    if (!TryVarint(data, ref at, out ulong value))
                    {
                        return null;
                    }

                    field.Varint = value;
                    break;
                case 1 or 5:
                    int size = field.WireType == 1 ? 8 : 4;
                    if (data.Length - at < size)
                    {
                        return null;
                    }

                    field.Bytes = data[at..(at + size)];
                    at += size;
                    break;
                case 2:
                    if (!TryVarint(data, ref at, out ulong length) || length > (ulong)(data.Length - at))
                    {
                        return null;
                    }

                    field.Bytes = data[at..(at + (int)length)];
                    at += (int)length;
                    if (depth < MaxDepth && field.Bytes.Length > 0 && Parse(field.Bytes, depth + 1) is { } child)
                    {
                        field.Children = child.Fields;
                    }

                    break;
                default:
                    return null;
            }

            tree.Fields.Add(field);
        }

        return tree;
    }

    private static void Write(List<ProtoField> fields, List<byte> output)
    {
        foreach (ProtoField field in fields)
        {
            WriteVarint(output, ((ulong)field.Number << 3) | (uint)field.WireType);
            switch (field.WireType)
            {
                case 0:
                    WriteVarint(output, field.Varint);
                    break;
                case 2:
                    byte[] body = field.Children is { } children ? Encode(children) : field.Bytes;
                    WriteVarint(output, field.LengthOverride ?? (ulong)body.Length);
                    output.AddRange(body);
                    break;
                default:
                    output.AddRange(field.Bytes);
                    break;
            }
        }
    }

    private static byte[] Encode(List<ProtoField> fields)
    {
        var output = new List<byte>();
        Write(fields, output);
        return [.. output];
    }

    private static bool TryVarint(byte[] data, ref int at, out ulong value)
    {
        value = 0;
        for (int shift = 0; shift < 64 && at < data.Length; shift += 7)
        {
            byte b = data[at++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteVarint(List<byte> output, ulong value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }

        output.Add((byte)value);
    }
}

/// <summary>One field of a <see cref="ProtoTree"/>: a varint, fixed bytes, a length-delimited leaf or a child message.</summary>
internal sealed class ProtoField(int number, int wireType)
{
    public int Number { get; set; } = number;

    public int WireType { get; } = wireType;

    public ulong Varint { get; set; }

    public byte[] Bytes { get; set; } = [];

    public List<ProtoField>? Children { get; set; }

    /// <summary>A length written instead of the true one: a lie about the field's size.</summary>
    public ulong? LengthOverride { get; set; }

    public ProtoField Copy() => new(Number, WireType)
    {
        Varint = Varint,
        Bytes = Bytes,
        Children = Children?.Select(c => c.Copy()).ToList(),
        LengthOverride = LengthOverride,
    };
}
