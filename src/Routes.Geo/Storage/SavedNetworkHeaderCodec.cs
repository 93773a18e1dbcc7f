using System.Security.Cryptography;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Storage;

/// <summary>
/// The header of a saved network: signature, format version, profile, fingerprint, source, the payload's counts and
/// each hierarchy's metric, kind and counts, the payload's size, then a SHA-256 of everything before it and the payload.
/// </summary>
internal static class SavedNetworkHeaderCodec
{
    private const int MaxProfileNameLength = 200;
    private const int MaxSourceLength = 4096;

    public static ReadOnlySpan<byte> Magic => "RGEO-NET"u8;

    /// <summary>Writes everything up to the checksum; the caller appends the checksum and the payload.</summary>
    public static void WriteFields(BinaryWriter writer, SavedNetworkHeader header)
    {
        writer.Write(Magic);
        writer.Write(header.FormatVersion);
        writer.Write(header.Profile);
        writer.Write(header.ProfileFingerprint);
        writer.Write(header.Source);
        foreach (int count in (int[])[header.VertexCount, header.EdgeCount, header.PointCount, header.WayCount, header.TurnRestrictionCount, header.Hierarchies.Count])
        {
            writer.Write(count);
        }

        foreach (SavedHierarchyHeader h in header.Hierarchies)
        {
            foreach (int value in (int[])[(int)h.Metric, (int)h.Kind, h.NodeCount, h.OriginalArcCount, h.ShortcutCount])
            {
                writer.Write(value);
            }
        }

        // Format 9: whether a customizable hierarchy follows the hierarchies (0 or 1), and its counts.
        if (header.FormatVersion >= 9)
        {
            writer.Write(header.Customizable is null ? 0 : 1);
            if (header.Customizable is { } c)
            {
                foreach (int value in (int[])[(int)c.Kind, c.NodeCount, c.OriginalArcCount, c.ChordalEdgeCount, c.TreeHeight])
                {
                    writer.Write(value);
                }
            }
        }

        writer.Write(header.PayloadBytes);
    }

    /// <summary>The checksum of a whole file: every byte except the 32 of the checksum itself at <paramref name="checksumAt"/>.</summary>
    public static unsafe byte[] Checksum(byte* file, long length, int checksumAt)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(new ReadOnlySpan<byte>(file, checksumAt));
        // Spans hold at most 2 GB; a mapped file may be larger.
        for (long at = checksumAt + 32; at < length; at += 1 << 30)
        {
            hash.AppendData(new ReadOnlySpan<byte>(file + at, (int)Math.Min(1 << 30, length - at)));
        }

        return hash.GetHashAndReset();
    }

    /// <summary>The checksum of a whole file: every byte except the 32 of the checksum itself at <paramref name="checksumAt"/>.</summary>
    public static byte[] Checksum(ReadOnlySpan<byte> file, int checksumAt)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(file[..checksumAt]);
        hash.AppendData(file[(checksumAt + 32)..]);
        return hash.GetHashAndReset();
    }

    /// <summary>
    /// The checksum of a whole file read from <paramref name="file"/> (from its start, in 1 MB pieces, so of any size): every
    /// byte except the 32 of the checksum itself at <paramref name="checksumAt"/>. Leaves the stream at its end.
    /// </summary>
    public static byte[] Checksum(Stream file, int checksumAt)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] buffer = new byte[Math.Max(checksumAt, 1 << 20)];
        file.Position = 0;
        file.ReadExactly(buffer, 0, checksumAt);
        hash.AppendData(buffer, 0, checksumAt);
        file.Position = checksumAt + 32;
        for (int read; (read = file.Read(buffer, 0, buffer.Length)) > 0;)
        {
            hash.AppendData(buffer, 0, read);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>Reads and range-checks the header; leaves the reader at the payload.</summary>
    /// <returns>The header and where its checksum lies in the file.</returns>
    /// <exception cref="SavedNetworkException">Not a saved network, another format version, truncated, or a field out of range.</exception>
    public static (SavedNetworkHeader Header, int ChecksumAt) Read(BinaryReader reader, string path)
    {
        try
        {
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic))
            {
                throw new SavedNetworkException(path, "it is not a Routes.Geo saved network (wrong signature).");
            }

            int version = reader.ReadInt32();
            if (version < SavedNetwork.OldestReadableFormatVersion || version > SavedNetwork.FormatVersion)
            {
                throw new SavedNetworkException(path, $"it was saved with format version {version}; this version of Routes.Geo reads format versions {SavedNetwork.OldestReadableFormatVersion} to {SavedNetwork.FormatVersion} only. Save the network again.");
            }

            if (reader is SavedNetworkReader saved)
            {
                saved.FormatVersion = version;
            }

            string profile = BinaryArrays.ReadString(reader), fingerprint = BinaryArrays.ReadString(reader), source = BinaryArrays.ReadString(reader);
            Refuse(path, profile.Length is 0 or > MaxProfileNameLength, $"its header's profile name has {profile.Length} characters (1 to {MaxProfileNameLength} expected).");
            Refuse(path, fingerprint.Length != 64 || !fingerprint.All(char.IsAsciiHexDigitUpper), "its header's profile fingerprint is not 64 hexadecimal digits.");
            Refuse(path, source.Length > MaxSourceLength, $"its header's source name has {source.Length} characters (at most {MaxSourceLength}).");
            int[] counts = [.. Enumerable.Range(0, 6).Select(_ => reader.ReadInt32())];
            string[] names = ["vertex", "edge", "point", "way", "turn restriction", "hierarchy"];
            for (int i = 0; i < counts.Length; i++)
            {
                Refuse(path, counts[i] < 0, $"its header's {names[i]} count is {counts[i]}.");
            }

            Refuse(path, counts[5] > Enum.GetValues<RouteMetric>().Length, $"its header lists {counts[5]} hierarchies, more than there are metrics.");
            var hierarchies = new SavedHierarchyHeader[counts[5]];
            for (int i = 0; i < hierarchies.Length; i++)
            {
                hierarchies[i] = ReadHierarchy(reader, path, i, i > 0 ? hierarchies[i - 1].Metric : null);
            }

            SavedCustomizableHeader? customizable = version >= 9 ? ReadCustomizable(reader, path) : null;
            long payload = reader.ReadInt64();
            Refuse(path, payload < MinimumPayloadBytes(counts, hierarchies) + MinimumPayloadBytes(customizable), $"its header's counts need more than the {payload} bytes of payload it announces.");
            int checksumAt = (int)reader.BaseStream.Position;
            string sha = Convert.ToHexString(reader.ReadBytes(32));
            Refuse(path, sha.Length != 64, "it is truncated inside its header.");
            var header = new SavedNetworkHeader(version, profile, fingerprint, source, counts[0], counts[1], counts[2], counts[3], counts[4], hierarchies, sha, payload) { Customizable = customizable };
            return (header, checksumAt);
        }
        catch (EndOfStreamException e)
        {
            throw new SavedNetworkException(path, "it is truncated inside its header.", e);
        }
        catch (Exception e) when (e is FormatException or OverflowException or IOException)
        {
            throw new SavedNetworkException(path, $"its header does not decode: {e.Message}", e);
        }
    }

    private static SavedHierarchyHeader ReadHierarchy(BinaryReader reader, string path, int index, RouteMetric? previous)
    {
        var metric = (RouteMetric)reader.ReadInt32();
        var kind = (HierarchyKind)reader.ReadInt32();
        int nodes = reader.ReadInt32(), original = reader.ReadInt32(), shortcuts = reader.ReadInt32();
        string where = $"its header's hierarchy {index}";
        Refuse(path, !Enum.IsDefined(metric), $"{where} has unknown metric {(int)metric}.");
        Refuse(path, previous is { } p && metric <= p, $"{where} repeats or misorders metric {metric}.");
        Refuse(path, !Enum.IsDefined(kind), $"{where} has unknown kind {(int)kind}.");
        Refuse(path, nodes < 0 || original < 0 || shortcuts < 0, $"{where} has a negative count ({nodes} nodes, {original} arcs, {shortcuts} shortcuts).");
        return new SavedHierarchyHeader(metric, kind, nodes, original, shortcuts);
    }

    private static SavedCustomizableHeader? ReadCustomizable(BinaryReader reader, string path)
    {
        int stored = reader.ReadInt32();
        Refuse(path, stored is not (0 or 1), $"its header's customizable hierarchy count is {stored} (0 or 1 expected).");
        if (stored == 0)
        {
            return null;
        }

        var kind = (HierarchyKind)reader.ReadInt32();
        int nodes = reader.ReadInt32(), original = reader.ReadInt32(), edges = reader.ReadInt32(), height = reader.ReadInt32();
        const string Where = "its header's customizable hierarchy";
        Refuse(path, !Enum.IsDefined(kind), $"{Where} has unknown kind {(int)kind}.");
        Refuse(path, nodes < 0 || original < 0 || edges < 0, $"{Where} has a negative count ({nodes} nodes, {original} arcs, {edges} chordal edges).");
        Refuse(path, height < (nodes > 0 ? 1 : 0) || height > nodes, $"{Where} has tree height {height} for {nodes} nodes.");
        return new SavedCustomizableHeader(kind, nodes, original, edges, height);
    }

    // A customizable hierarchy's five int arrays: ranks, chordal starts, upper neighbours, parents and arc slots.
    private static long MinimumPayloadBytes(SavedCustomizableHeader? c) =>
        c is null ? 0 : 4L * ((3L * c.NodeCount) + 1 + c.ChordalEdgeCount + c.OriginalArcCount);

    // The fewest bytes the payload's arrays can take for these counts (8-byte coordinates, 4-byte indexes, 32-byte arcs).
    private static long MinimumPayloadBytes(int[] counts, SavedHierarchyHeader[] hierarchies) =>
        (24L * counts[0]) + (16L * counts[1]) + (24L * counts[2]) + (12L * counts[3]) + (24L * counts[4])
        + hierarchies.Sum(h => (4L * h.NodeCount) + (32L * ((long)h.OriginalArcCount + h.ShortcutCount)));

    private static void Refuse(string path, bool condition, string reason)
    {
        if (condition)
        {
            throw new SavedNetworkException(path, reason);
        }
    }
}
