using System.Security.Cryptography;
using System.Text;
using Routes.Geo.Export;
using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Storage;

/// <summary>
/// A prepared network saved to disk so the next run skips import and preparation: the road network,
/// the profile's name and the contraction hierarchies, behind a header with the format version and a
/// SHA-256 checksum of the payload. Written atomically; loaded with one bulk read.
/// </summary>
public static class SavedNetwork
{
    /// <summary>The format version this library writes and reads (2: each hierarchy records its kind; 3: the network statistics count unreadable tag values).</summary>
    public const int FormatVersion = 3;

    private static readonly byte[] Magic = "RGEO-NET"u8.ToArray();

    /// <summary>
    /// Writes <paramref name="graph"/>'s network and the hierarchies for <paramref name="metrics"/>
    /// (prepared now if they are not yet) to <paramref name="path"/>, atomically.
    /// </summary>
    /// <param name="path">The file to write (conventionally <c>*.rgnet</c>).</param>
    /// <param name="graph">The network seen through the profile to save.</param>
    /// <param name="metrics">The metrics to prepare and store; none stores the network alone.</param>
    /// <exception cref="ExportException">The file cannot be written; a previous file is left as it was.</exception>
    public static void Save(string path, RoutingGraph graph, params RouteMetric[] metrics)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(metrics);
        ContractionHierarchy[] hierarchies = [.. metrics.Distinct().Order().Select(graph.Prepare)];
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            SavedNetworkPayload.WriteNetwork(writer, graph.Network);
            writer.Write(graph.Fingerprint());
            writer.Write(hierarchies.Length);
            foreach (ContractionHierarchy ch in hierarchies)
            {
                SavedNetworkPayload.WriteHierarchy(writer, ch);
            }
        }

        byte[] body = payload.ToArray();
        byte[] checksum = SHA256.HashData(body);
        AtomicFile.Write(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(graph.Profile.Name);
            writer.Write(graph.Network.Source);
            writer.Write(hierarchies.Length);
            foreach (ContractionHierarchy ch in hierarchies)
            {
                writer.Write((int)ch.Metric);
            }

            writer.Write(checksum);
            writer.Write((long)body.Length);
            writer.Write(body);
        });
    }

    /// <summary>Reads only the header of a saved network.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SavedNetworkException">The file is not a Routes.Geo network, is of another version, or is truncated.</exception>
    public static SavedNetworkHeader ReadHeader(string path)
    {
        using FileStream stream = Open(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        return ReadHeader(reader, path);
    }

    /// <summary>
    /// Loads a saved network for <paramref name="profile"/>: the graph comes back with its stored
    /// hierarchies attached, so <see cref="RouteAlgorithm.Auto"/> queries use them at once.
    /// </summary>
    /// <param name="path">A file written by <see cref="Save"/>.</param>
    /// <param name="profile">The profile to route with; it must be the one the file was prepared for (same name).</param>
    /// <returns>The routing graph, ready to query.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SavedNetworkException">Not a saved network, another format version, another profile, truncated, or damaged.</exception>
    public static RoutingGraph Load(string path, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        byte[] file;
        using (FileStream stream = Open(path))
        {
            file = new byte[stream.Length];
            stream.ReadExactly(file);
        }

        using var reader = new BinaryReader(new MemoryStream(file, writable: false), Encoding.UTF8);
        SavedNetworkHeader header = ReadHeader(reader, path);
        if (!string.Equals(header.Profile, profile.Name, StringComparison.Ordinal))
        {
            throw new SavedNetworkException(path, $"it was prepared for the '{header.Profile}' profile, not '{profile.Name}'.");
        }

        long start = reader.BaseStream.Position;
        if (file.Length - start != header.PayloadBytes)
        {
            throw new SavedNetworkException(path, $"it is truncated or padded: the header announces {header.PayloadBytes} bytes of network, the file holds {file.Length - start}.");
        }

        var body = new ReadOnlySpan<byte>(file, (int)start, (int)header.PayloadBytes);
        if (!string.Equals(Convert.ToHexString(SHA256.HashData(body)), header.Sha256, StringComparison.Ordinal))
        {
            throw new SavedNetworkException(path, "it is damaged: the checksum of its content does not match its header.");
        }

        try
        {
            RoadNetwork network = SavedNetworkPayload.ReadNetwork(reader);
            RoutingGraph graph = network.GraphFor(profile);
            if (!string.Equals(reader.ReadString(), graph.Fingerprint(), StringComparison.Ordinal))
            {
                throw new SavedNetworkException(path, $"the '{profile.Name}' profile now reads this network differently (access, speeds or restrictions changed since it was saved). Prepare the network again.");
            }

            int count = reader.ReadInt32();
            for (int i = 0; i < count; i++)
            {
                graph.Attach(SavedNetworkPayload.ReadHierarchy(reader, graph));
            }

            return graph;
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IndexOutOfRangeException or ArgumentException or FormatException or OverflowException)
        {
            throw new SavedNetworkException(path, $"its content does not decode: {e.Message}", e);
        }
    }

    private static FileStream Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Saved network '{path}' does not exist.", path);
        }

        return File.OpenRead(path);
    }

    private static SavedNetworkHeader ReadHeader(BinaryReader reader, string path)
    {
        try
        {
            byte[] magic = reader.ReadBytes(Magic.Length);
            if (!magic.AsSpan().SequenceEqual(Magic))
            {
                throw new SavedNetworkException(path, "it is not a Routes.Geo saved network (wrong signature).");
            }

            int version = reader.ReadInt32();
            if (version != FormatVersion)
            {
                throw new SavedNetworkException(path, $"it has format version {version}; this library reads version {FormatVersion} only. Prepare the network again.");
            }

            string profile = reader.ReadString();
            string source = reader.ReadString();
            int metricCount = reader.ReadInt32();
            if (metricCount is < 0 or > 2)
            {
                throw new SavedNetworkException(path, $"its header lists {metricCount} metrics.");
            }

            var metrics = new RouteMetric[metricCount];
            for (int i = 0; i < metricCount; i++)
            {
                metrics[i] = (RouteMetric)reader.ReadInt32();
            }

            string sha = Convert.ToHexString(reader.ReadBytes(32));
            long payload = reader.ReadInt64();
            return new SavedNetworkHeader(version, profile, source, metrics, sha, payload);
        }
        catch (EndOfStreamException e)
        {
            throw new SavedNetworkException(path, "it is truncated inside its header.", e);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new SavedNetworkException(path, $"its header does not decode: {e.Message}", e);
        }
    }
}
