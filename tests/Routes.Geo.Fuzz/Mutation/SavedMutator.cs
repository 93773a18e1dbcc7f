using System.Security.Cryptography;
using System.Text;

namespace Routes.Geo.Fuzz.Mutation;

/// <summary>
/// Saved-network mutations. Most change the payload and then rewrite the header's checksum and length
/// to match, as a careless tool (or an attacker) would, so the damage reaches the payload decoder.
/// </summary>
internal static class SavedMutator
{
    public static byte[] Mutate(byte[] file, FuzzRandom random, List<string> log)
    {
        int shaAt = ChecksumOffset(file);
        int bodyAt = shaAt + 32 + 8;
        if (shaAt < 0 || random.Chance(0.25))
        {
            return ByteMutator.Mutate(file, random, log);
        }

        byte[] body = file[bodyAt..];
        int steps = random.Next(1, 4);
        for (int i = 0; i < steps; i++)
        {
            body = ByteMutator.Mutate(body, random, log);
        }

        bool fixLength = random.Chance(0.9);
        byte[] output = [.. file.AsSpan(0, bodyAt), .. body];
        SHA256.HashData(body).CopyTo(output, shaAt);
        if (fixLength)
        {
            BitConverter.GetBytes((long)body.Length).CopyTo(output, shaAt + 32);
        }

        log.Add(fixLength ? "  in payload, checksum and length rewritten" : "  in payload, checksum rewritten");
        return output;
    }

    /// <summary>Offset of the header's SHA-256, or -1 when the header does not parse.</summary>
    public static int ChecksumOffset(byte[] file)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(file), Encoding.UTF8);
            reader.ReadBytes(8 + 4);
            reader.ReadString();
            reader.ReadString();
            int metrics = reader.ReadInt32();
            if (metrics is < 0 or > 16)
            {
                return -1;
            }

            reader.ReadBytes(4 * metrics);
            int at = (int)reader.BaseStream.Position;
            return file.Length >= at + 40 ? at : -1;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException)
        {
            return -1;
        }
    }
}
