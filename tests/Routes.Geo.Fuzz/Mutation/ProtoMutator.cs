namespace Routes.Geo.Fuzz.Mutation;

/// <summary>
/// Schema-blind protobuf mutations: change one field of the message tree and re-encode, so every
/// enclosing length stays right (or is made to lie on purpose) and the reader gets past its framing.
/// </summary>
internal static class ProtoMutator
{
    private static readonly ulong[] InterestingVarints =
    [
        0, 1, 2, 0x7F, 0x80, 0xFFFF, int.MaxValue, 0x80000000, uint.MaxValue, 0x100000000,
        long.MaxValue, 0x8000000000000000, ulong.MaxValue, ulong.MaxValue - 1,
    ];

    // How many times a packed array or message's arrays are repeated: a few, or enough to test limits.
    private static readonly int[] Repeats = [2, 3, 16, 1000, 100_000, 1_000_000];

    /// <summary>A mutated encoding of <paramref name="message"/>, or a byte-level mutation when it is not a message.</summary>
    public static byte[] Mutate(byte[] message, FuzzRandom random, List<string> log)
    {
        ProtoTree? tree = ProtoTree.TryParse(message);
        var fields = tree?.AllFields().ToList();
        if (tree is null || fields!.Count == 0)
        {
            return ByteMutator.Mutate(message, random, log);
        }

        // The operation first, then a field it applies to: picking the field first would mostly pick
        // leaves, and the structural operations (repeat a message's arrays) would almost never run.
        int operation = random.Next(8);
        var suitable = fields!.Where(f => Applies(operation, f.Field)).ToList();
        (ProtoField field, List<ProtoField> owner) = random.Pick(suitable.Count > 0 ? suitable : fields!);
        string where = $"field {field.Number} (wire {field.WireType})";
        switch (operation)
        {
            case 0 when field.WireType == 0:
                field.Varint = random.Pick(InterestingVarints);
                log.Add($"proto {where} = {field.Varint}");
                break;
            case 1:
                owner.Remove(field);
                log.Add($"proto delete {where}");
                break;
            case 2:
                owner.Insert(owner.IndexOf(field), field.Copy());
                log.Add($"proto duplicate {where}");
                break;
            case 3 when field is { WireType: 2, Children: null }:
                field.Bytes = Repeat(field.Bytes, random.Pick(Repeats));
                log.Add($"proto repeat leaf {where} to {field.Bytes.Length} bytes");
                break;
            case 4 when field.Children is { } children:
                // Capped on all the leaves together: a string table has thousands, each capped alone came to 10 GB.
                ProtoField[] leaves = [.. children.Where(c => c is { WireType: 2, Children: null })];
                long leafBytes = Math.Max(1, leaves.Sum(l => (long)l.Bytes.Length));
                int times = (int)Math.Max(1, Math.Min(random.Pick(Repeats), ByteMutator.MaxInputBytes / 4 / leafBytes));
                foreach (ProtoField leaf in leaves)
                {
                    leaf.Bytes = Repeat(leaf.Bytes, times);
                }

                log.Add($"proto repeat every array of message {where} x{times}");
                break;
            case 5 when field.WireType == 2:
                ulong trueLength = (ulong)ProtoTree.BodyLength(field);
                field.LengthOverride = random.Pick<ulong>([trueLength + 1, trueLength * 2 + 1, int.MaxValue, uint.MaxValue, ulong.MaxValue >> 1]);
                log.Add($"proto length lie {where} = {field.LengthOverride}");
                break;
            case 6:
                field.Number = random.Chance(0.5) ? random.Next(1, 40) : random.Pick([536_870_911, 19_000, 16]);
                log.Add($"proto renumber {where} to {field.Number}");
                break;
            default:
                if (field is { WireType: 2, Children: null })
                {
                    field.Bytes = ByteMutator.Mutate(field.Bytes, random, log);
                    log.Add($"  inside leaf {where}");
                }
                else
                {
                    field.Varint ^= 1UL << random.Next(64);
                    log.Add($"proto flip a bit of {where}");
                }

                break;
        }

        return tree.ToArray();
    }

    private static bool Applies(int operation, ProtoField field) => operation switch
    {
        0 => field.WireType == 0,
        3 => field is { WireType: 2, Children: null },
        4 => field.Children?.Count(c => c is { WireType: 2, Children: null }) >= 2,
        5 => field.WireType == 2,
        _ => true,
    };

    private static byte[] Repeat(byte[] bytes, int times)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        times = Math.Max(1, Math.Min(times, ByteMutator.MaxInputBytes / 4 / bytes.Length));
        var output = new byte[bytes.Length * times];
        for (int i = 0; i < times; i++)
        {
            bytes.CopyTo(output, i * bytes.Length);
        }

        return output;
    }
}
