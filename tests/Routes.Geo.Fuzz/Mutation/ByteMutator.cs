namespace Routes.Geo.Fuzz.Mutation;

/// <summary>Format-blind mutations of a byte string; each returns a new array and names what it did.</summary>
internal static class ByteMutator
{
    /// <summary>Inputs never grow past this, so memory findings come from the reader, not from the input.</summary>
    public const int MaxInputBytes = 16 * 1024 * 1024;

    private static readonly byte[] InterestingBytes = [0x00, 0xFF, 0x7F, 0x80, 0x01, 0xFE, 0x81, 0x40];

    // Little-endian 32-bit values: lengths and counts at their extremes (the saved format's int32 fields).
    private static readonly int[] InterestingInt32s = [0, -1, 1, int.MaxValue, int.MinValue, 0x40000000, 0x7FFFFFF0, 65536, 255];

    // Protobuf varints: the largest 1-, 5- and 10-byte values, 2^31, 2^32 and an unterminated run.
    private static readonly byte[][] InterestingVarints =
    [
        [0x7F],
        [0xFF, 0xFF, 0xFF, 0xFF, 0x0F],
        [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01],
        [0x80, 0x80, 0x80, 0x80, 0x08],
        [0x80, 0x80, 0x80, 0x80, 0x10],
        [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF],
    ];

    public static byte[] Mutate(byte[] input, FuzzRandom random, List<string> log)
    {
        if (input.Length == 0)
        {
            log.Add("insert into empty");
            return [random.Pick(InterestingBytes)];
        }

        switch (random.Next(9))
        {
            case 0:
                return FlipBits(input, random, log);
            case 1:
                return Overwrite(input, random.Next(input.Length), [random.Pick(InterestingBytes)], log, "byte");
            case 2:
                return OverwriteInt32(input, random, log);
            case 3:
                return Overwrite(input, random.Next(input.Length), random.Pick(InterestingVarints), log, "varint");
            case 4:
                return DuplicateChunk(input, random, log);
            case 5:
                return DeleteChunk(input, random, log);
            case 6:
                return InsertRandom(input, random, log);
            case 7:
                return Truncate(input, random, log);
            default:
                return CopyChunkOver(input, random, log);
        }
    }

    private static byte[] FlipBits(byte[] input, FuzzRandom random, List<string> log)
    {
        byte[] output = [.. input];
        int flips = random.Next(1, 9);
        for (int i = 0; i < flips; i++)
        {
            int at = random.Next(output.Length);
            output[at] ^= (byte)(1 << random.Next(8));
        }

        log.Add($"flip {flips} bits");
        return output;
    }

    private static byte[] Overwrite(byte[] input, int at, byte[] value, List<string> log, string what)
    {
        byte[] output = [.. input];
        int count = Math.Min(value.Length, output.Length - at);
        value.AsSpan(0, count).CopyTo(output.AsSpan(at));
        log.Add($"{what} {Convert.ToHexString(value)} at {at}");
        return output;
    }

    private static byte[] OverwriteInt32(byte[] input, FuzzRandom random, List<string> log)
    {
        byte[] value = BitConverter.GetBytes(random.Pick(InterestingInt32s));
        // Aligned positions hit the saved format's fields more often than random ones would.
        int at = random.Chance(0.5) ? random.Next(input.Length / 4) * 4 : random.Next(input.Length);
        return Overwrite(input, at, value, log, "int32");
    }

    private static (int Start, int Length) Chunk(int length, FuzzRandom random)
    {
        int start = random.Next(length);
        int max = Math.Max(1, Math.Min(length - start, random.Chance(0.8) ? 16 : 4096));
        return (start, random.Next(1, max + 1));
    }

    private static byte[] DuplicateChunk(byte[] input, FuzzRandom random, List<string> log)
    {
        (int start, int length) = Chunk(input.Length, random);
        int copies = random.Chance(0.7) ? 1 : random.Next(2, 64);
        copies = Math.Max(1, Math.Min(copies, (MaxInputBytes - input.Length) / length));
        var output = new List<byte>(input.Length + length * copies);
        output.AddRange(input.AsSpan(0, start + length));
        for (int i = 0; i < copies; i++)
        {
            output.AddRange(input.AsSpan(start, length));
        }

        output.AddRange(input.AsSpan(start + length));
        log.Add($"duplicate {length} bytes at {start} x{copies}");
        return [.. output];
    }

    private static byte[] DeleteChunk(byte[] input, FuzzRandom random, List<string> log)
    {
        (int start, int length) = Chunk(input.Length, random);
        log.Add($"delete {length} bytes at {start}");
        return [.. input.AsSpan(0, start), .. input.AsSpan(start + length)];
    }

    private static byte[] InsertRandom(byte[] input, FuzzRandom random, List<string> log)
    {
        int at = random.Next(input.Length + 1);
        var inserted = new byte[random.Next(1, 9)];
        for (int i = 0; i < inserted.Length; i++)
        {
            inserted[i] = random.Chance(0.5) ? random.Pick(InterestingBytes) : (byte)random.Next(256);
        }

        log.Add($"insert {Convert.ToHexString(inserted)} at {at}");
        return [.. input.AsSpan(0, at), .. inserted, .. input.AsSpan(at)];
    }

    private static byte[] Truncate(byte[] input, FuzzRandom random, List<string> log)
    {
        int length = random.Next(input.Length);
        log.Add($"truncate to {length}");
        return input[..length];
    }

    private static byte[] CopyChunkOver(byte[] input, FuzzRandom random, List<string> log)
    {
        (int start, int length) = Chunk(input.Length, random);
        int to = random.Next(input.Length);
        byte[] output = [.. input];
        int count = Math.Min(length, output.Length - to);
        input.AsSpan(start, count).CopyTo(output.AsSpan(to));
        log.Add($"copy {count} bytes from {start} to {to}");
        return output;
    }
}
