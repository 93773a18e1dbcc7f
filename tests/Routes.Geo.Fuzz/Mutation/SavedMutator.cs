using System.Buffers.Binary;

namespace Routes.Geo.Fuzz.Mutation;

/// <summary>
/// Saved-network mutations. Most change the payload or overwrite header bytes and then rewrite the payload length
/// and the checksum to match, as a careless tool (or an attacker) would, so the damage reaches the verification.
/// </summary>
internal static class SavedMutator
{
    /// <summary>Where the checksum lies in an undamaged <paramref name="file"/> (the tests' own walk of the format).</summary>
    public static int ChecksumOffset(byte[] file) => SavedFile.Of(file).ChecksumAt;

    public static byte[] Mutate(byte[] file, int checksumAt, FuzzRandom random, List<string> log)
    {
        if (random.Chance(0.25))
        {
            return ByteMutator.Mutate(file, random, log);
        }

        int payloadAt = checksumAt + 32;
        byte[] output;
        if (random.Chance(0.2))
        {
            // Header fields in place (the signature and format version stay): counts, hierarchy records, names.
            output = (byte[])file.Clone();
            int steps = random.Next(1, 4);
            for (int i = 0; i < steps; i++)
            {
                int at = random.Next(12, checksumAt - 8);
                output[at] = (byte)random.Next(256);
                log.Add($"  header byte {at} := {output[at]}");
            }
        }
        else
        {
            byte[] body = file[payloadAt..];
            int steps = random.Next(1, 4);
            for (int i = 0; i < steps; i++)
            {
                body = ByteMutator.Mutate(body, random, log);
            }

            output = [.. file.AsSpan(0, payloadAt), .. body];
            if (random.Chance(0.9))
            {
                BinaryPrimitives.WriteInt64LittleEndian(output.AsSpan(checksumAt - 8), body.Length);
                log.Add("  payload length rewritten");
            }
        }

        SavedFile.Reseal(output, checksumAt);
        log.Add("  checksum rewritten");
        return output;
    }
}
