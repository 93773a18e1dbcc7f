using System.Text;
using Routes.Geo.Export;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Storage;

/// <summary>
/// A prepared network saved to disk so the next run skips import and preparation: the road network,
/// the profile's name and fingerprint, the contraction hierarchies and (format 9, when prepared or asked for) the customizable
/// hierarchy's order and chordal supergraph, behind a header with the format version,
/// the payload's counts and a SHA-256 of the whole file. Written atomically; loaded with one bulk read and verified
/// section by section (see <see cref="Load"/>), or memory-mapped so that processes share one copy (see <see cref="Open(string, Profile, SavedNetworkLoad)"/>).
/// </summary>
public static class SavedNetwork
{
    /// <summary>The format version this library writes and reads (2: each hierarchy records its kind; 3: the header holds the
    /// payload's counts and is covered by the checksum, and the network statistics count unreadable tag values; 4: each turn
    /// restriction lists its via edges, empty unless it runs via ways; 5: also the network's height samples, when it was
    /// imported with elevation; 6: destination-only edges have origin and arrival states, so the hierarchies of a graph with
    /// such edges hold more nodes and a car's changed; 7: each array's elements start at a multiple of 64 bytes from the
    /// start of the file, zero bytes padding the gap, so a mapped file's arrays are viewed in place; 8: also the way-tag keys
    /// the import kept (<see cref="RoadNetwork.KeptWayKeys"/>) and each hierarchy's search arrays, and each distinct way tag set
    /// is stored once, the ways naming it by index; 9: the ways as three arrays, and after the network what the routing graph
    /// derives from the profile (access, durations, adjacency, turn costs, components, a digest of the profile's decisions), after
    /// the hierarchies the customizable hierarchy's order and chordal supergraph when one was prepared or asked for
    /// (<see cref="SavedNetworkHeader.Customizable"/>), so an open derives and orders nothing).</summary>
    public const int FormatVersion = 9;

    /// <summary>The oldest format <see cref="Open(string, Profile, SavedNetworkLoad)"/> still reads (with <see cref="SavedNetworkLoad.Read"/> only: its arrays are not aligned).</summary>
    public const int OldestReadableFormatVersion = 6;

    /// <summary>The oldest format <see cref="Open(string, Profile, SavedNetworkLoad)"/> maps (<see cref="SavedNetworkLoad.MemoryMapped"/>): its arrays are aligned.
    /// A format 7 file is read as a network whose kept way keys are not known (<see cref="RoadNetwork.KeptWayKeys"/> null).</summary>
    public const int OldestMappableFormatVersion = 7;

    /// <summary>
    /// Writes <paramref name="graph"/>'s network and the hierarchies for <paramref name="metrics"/>
    /// (prepared now if they are not yet) to <paramref name="path"/>, atomically; with the customizable hierarchy too when it
    /// has been prepared (<see cref="CustomizableSaving.IfPrepared"/>).
    /// </summary>
    /// <param name="path">The file to write (conventionally <c>*.rgnet</c>).</param>
    /// <param name="graph">The network seen through the profile to save.</param>
    /// <param name="metrics">The metrics to prepare and store; none stores the network alone.</param>
    /// <exception cref="ExportException">The file cannot be written; a previous file is left as it was.</exception>
    public static void Save(string path, RoutingGraph graph, params RouteMetric[] metrics) => Save(path, graph, CustomizableSaving.IfPrepared, metrics);

    /// <summary>
    /// Writes <paramref name="graph"/>'s network, the hierarchies for <paramref name="metrics"/> (prepared now if they are not
    /// yet) and, as <paramref name="customizable"/> says, its customizable hierarchy (<see cref="RoutingGraph.PrepareCustomizable"/>:
    /// the nested-dissection order and chordal supergraph, no metric) to <paramref name="path"/>, atomically. Opening the file
    /// then gives a graph whose <see cref="RoutingGraph.PrepareCustomizable"/> returns the stored hierarchy at once.
    /// </summary>
    /// <param name="path">The file to write (conventionally <c>*.rgnet</c>).</param>
    /// <param name="graph">The network seen through the profile to save.</param>
    /// <param name="customizable">Whether to store the customizable hierarchy: if prepared, preparing it now if need be, or never.</param>
    /// <param name="metrics">The metrics to prepare and store; none stores no contraction hierarchy.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="customizable"/> is not a defined value.</exception>
    /// <exception cref="ExportException">The file cannot be written; a previous file is left as it was.</exception>
    public static void Save(string path, RoutingGraph graph, CustomizableSaving customizable, params RouteMetric[] metrics)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(metrics);
        CustomizableHierarchy? cch = customizable switch
        {
            CustomizableSaving.IfPrepared => graph.PreparedCustomizable,
            CustomizableSaving.Prepare => graph.PrepareCustomizable(),
            CustomizableSaving.Omit => null,
            _ => throw new ArgumentOutOfRangeException(nameof(customizable), customizable, "IfPrepared, Prepare or Omit."),
        };
        ContractionHierarchy[] hierarchies = [.. metrics.Distinct().Order().Select(graph.Prepare)];
        RoadNetwork network = graph.Network;
        var header = new SavedNetworkHeader(
            FormatVersion, graph.Profile.Name, graph.Fingerprint(), network.Source, network.VertexCount, network.EdgeCount,
            network.PointLat.Length, network.WayCount, network.TurnRestrictionCount,
            [.. hierarchies.Select(h => new SavedHierarchyHeader(h.Metric, h.Kind, h.NodeCount, h.OriginalArcCount, h.ShortcutCount))],
            Sha256: "", PayloadBytes: 0)
        {
            Customizable = cch is null ? null : new SavedCustomizableHeader(cch.Kind, cch.NodeCount, cch.OriginalArcCount, cch.EdgeCount, cch.TreeHeight),
        };
        AtomicFile.Write(path, stream => Write(stream, header, graph, hierarchies, cch));
    }

    // Header and payload go straight to the (temporary) file, so that each array is aligned to its offset in the file and
    // the file may pass 2 GB; the payload's size and the checksum are patched in at the end, the checksum read back from disk.
    private static void Write(Stream file, SavedNetworkHeader header, RoutingGraph graph, ContractionHierarchy[] hierarchies, CustomizableHierarchy? cch)
    {
        long checksumAt;
        using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
        {
            SavedNetworkHeaderCodec.WriteFields(writer, header);
            writer.Flush();
            checksumAt = file.Position;
            writer.Write(new byte[32]);
            SavedNetworkPayload.WriteNetwork(writer, graph.Network);
            SavedGraphSection.Write(writer, graph);
            graph.SnapIndex.Packed.Write(writer);
            writer.Write(hierarchies.Length);
            foreach (ContractionHierarchy ch in hierarchies)
            {
                SavedNetworkPayload.WriteHierarchy(writer, ch);
            }

            SavedCustomizablePayload.Write(writer, cch);

            writer.Flush();
            long length = file.Position;
            file.Position = checksumAt - sizeof(long);
            writer.Write(length - checksumAt - 32);
            writer.Flush();
        }

        byte[] checksum = SavedNetworkHeaderCodec.Checksum(file, (int)checksumAt);
        file.Position = checksumAt;
        file.Write(checksum);
        file.Flush();
    }

    /// <summary>Reads only the header of a saved network and checks its fields' ranges; the checksum and payload are checked by <see cref="Load"/>.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SavedNetworkException">The file is not a Routes.Geo network, is of another version, is truncated, or a header field is out of range.</exception>
    public static SavedNetworkHeader ReadHeader(string path)
    {
        using FileStream stream = OpenFile(path);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        return SavedNetworkHeaderCodec.Read(reader, path).Header;
    }

    /// <summary>
    /// Loads a saved network for <paramref name="profile"/>: the graph comes back with its stored
    /// hierarchies attached, so <see cref="RouteAlgorithm.Auto"/> queries use them at once.
    /// Before anything is used, the file is verified in time about linear in its size: the header's fields and the
    /// SHA-256 of the whole file, the payload against the header's counts, every coordinate, geometry offset and
    /// reference of the network, every hierarchy against the graph (ranks a permutation, original arcs the graph's,
    /// each shortcut against its two children, and the hierarchy's costs from one node against Dijkstra's), and a stored
    /// customizable hierarchy (see <see cref="SavedNetworkVerification.Full"/>), which the graph then has at once
    /// (<see cref="RoutingGraph.PrepareCustomizable"/> orders nothing).
    /// </summary>
    /// <param name="path">A file written by <see cref="Save(string, RoutingGraph, RouteMetric[])"/>.</param>
    /// <param name="profile">The profile to route with; it must be the one the file was prepared for (same name and decisions).</param>
    /// <returns>The routing graph, ready to query.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SavedNetworkException">
    /// Not a saved network, another format version, another profile, truncated, or damaged; <see cref="SavedNetworkException.Reason"/>
    /// names the section and the index of the first element found wrong.
    /// </exception>
    public static RoutingGraph Load(string path, Profile profile) => Open(path, profile, SavedNetworkLoad.Read);

    /// <summary>
    /// Opens a saved network for <paramref name="profile"/> as <see cref="Load"/> does, its arrays read into this process or
    /// memory-mapped (<paramref name="load"/>). Both verify the same things, so a mapped open also reads every page once
    /// (into the page cache, which processes share); the answers of the two are the same.
    /// </summary>
    /// <param name="path">A file written by <see cref="Save(string, RoutingGraph, RouteMetric[])"/>; with <see cref="SavedNetworkLoad.MemoryMapped"/> it must not be
    /// modified while the graph is reachable (replace it by rename).</param>
    /// <param name="profile">The profile to route with; it must be the one the file was prepared for (same name and decisions).</param>
    /// <param name="load">Read into the heap, or map.</param>
    /// <returns>The routing graph, ready to query.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SavedNetworkException">
    /// Not a saved network, another format version (or format 6 to be mapped: save it again), another profile, truncated,
    /// or damaged; <see cref="SavedNetworkException.Reason"/> names the section and the index of the first element found wrong.
    /// </exception>
    public static RoutingGraph Open(string path, Profile profile, SavedNetworkLoad load) => Open(path, profile, load, SavedNetworkVerification.Full);

    /// <summary>
    /// Opens a saved network for <paramref name="profile"/> as <see cref="Open(string, Profile, SavedNetworkLoad)"/> does, verified
    /// as <paramref name="verification"/> says: <see cref="SavedNetworkVerification.Full"/> (the default of the other overloads)
    /// checks everything <see cref="Load"/> lists; <see cref="SavedNetworkVerification.Structure"/> trusts the content of a file
    /// already verified once and checks only its structure (see there), so a mapped open does not read every page.
    /// </summary>
    /// <param name="path">A file written by <see cref="Save(string, RoutingGraph, RouteMetric[])"/>; with <see cref="SavedNetworkLoad.MemoryMapped"/> it must not be
    /// modified while the graph is reachable (replace it by rename).</param>
    /// <param name="profile">The profile to route with; it must be the one the file was prepared for (same name and decisions).</param>
    /// <param name="load">Read into the heap, or map.</param>
    /// <param name="verification">What is checked before the graph is returned.</param>
    /// <returns>The routing graph, ready to query.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SavedNetworkException">
    /// Not a saved network, another format version (or format 6 to be mapped: save it again), another profile, truncated,
    /// or found damaged by the checks <paramref name="verification"/> makes; <see cref="SavedNetworkException.Reason"/> names the section.
    /// </exception>
    public static unsafe RoutingGraph Open(string path, Profile profile, SavedNetworkLoad load, SavedNetworkVerification verification)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (verification is not (SavedNetworkVerification.Full or SavedNetworkVerification.Structure))
        {
            throw new ArgumentOutOfRangeException(nameof(verification), verification, "Full or Structure.");
        }

        bool full = verification == SavedNetworkVerification.Full;
        if (load == SavedNetworkLoad.Read)
        {
            byte[] bytes;
            using (FileStream stream = OpenFile(path))
            {
                if (stream.Length > Array.MaxLength)
                {
                    throw new SavedNetworkException(path, $"it holds {stream.Length} bytes, more than one array of this process can; open it with SavedNetworkLoad.MemoryMapped.");
                }

                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }

            using var reader = new SavedNetworkReader(new MemoryStream(bytes, writable: false));
            return Verified(reader, path, profile, full ? checksumAt => SavedNetworkHeaderCodec.Checksum(bytes, checksumAt) : null);
        }

        if (load != SavedNetworkLoad.MemoryMapped)
        {
            throw new ArgumentOutOfRangeException(nameof(load), load, "Read or MemoryMapped.");
        }

        OpenFile(path).Dispose();
        MappedFileView view;
        try
        {
            view = MappedFileView.Open(path);
        }
        catch (IOException e)
        {
            throw new SavedNetworkException(path, $"it cannot be mapped: {e.Message}", e);
        }

        using var mapped = new SavedNetworkReader(view.OpenStream());
        return Verified(mapped, path, profile, full ? checksumAt => SavedNetworkHeaderCodec.Checksum(view.Pointer, view.Length, checksumAt) : null);
    }

    // Without a checksum function (Structure), neither the SHA-256 nor the per-element checks run.
    private static RoutingGraph Verified(SavedNetworkReader reader, string path, Profile profile, Func<int, byte[]>? checksum)
    {
        (SavedNetworkHeader header, int checksumAt) = SavedNetworkHeaderCodec.Read(reader, path);
        if (reader.BaseStream is MappedFileStream && header.FormatVersion < OldestMappableFormatVersion)
        {
            throw new SavedNetworkException(path, $"it was saved with format version {header.FormatVersion}, whose arrays are not aligned for mapping; open it with SavedNetworkLoad.Read, or save it again to map it.");
        }

        if (!string.Equals(header.Profile, profile.Name, StringComparison.Ordinal))
        {
            throw new SavedNetworkException(path, $"it was prepared for the '{header.Profile}' profile, not '{profile.Name}'.");
        }

        long start = reader.BaseStream.Position, held = reader.BaseStream.Length - start;
        if (held != header.PayloadBytes)
        {
            string where = held < header.PayloadBytes ? $" It ends inside {SectionAtEnd(reader, header, profile, path, checksum is not null)}." : "";
            throw new SavedNetworkException(path, $"it is truncated or padded: the header announces {header.PayloadBytes} bytes of network, the file holds {held}.{where}");
        }

        if (checksum is not null && !string.Equals(Convert.ToHexString(checksum(checksumAt)), header.Sha256, StringComparison.Ordinal))
        {
            throw new SavedNetworkException(path, "it is damaged: the checksum of its content does not match its header.");
        }

        try
        {
            return ReadPayload(reader, header, profile, path, full: checksum is not null);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IndexOutOfRangeException or ArgumentException or FormatException or OverflowException)
        {
            throw new SavedNetworkException(path, $"it is damaged: {e.Message}", e);
        }
    }

    // Where a truncated file ends: the payload is walked as far as it goes and the section it stops in is named.
    private static string SectionAtEnd(SavedNetworkReader reader, SavedNetworkHeader header, Profile profile, string path, bool full)
    {
        long start = reader.BaseStream.Position;
        try
        {
            ReadPayload(reader, header, profile, path, full);
            return "its last section";
        }
        catch (EndOfStreamException e)
        {
            return e.Message.StartsWith("section ", StringComparison.Ordinal) ? e.Message[..(e.Message.IndexOf(':', StringComparison.Ordinal) is int c and > 0 ? c : e.Message.Length)] : "a record between its arrays";
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException or SavedNetworkException or FormatException or OverflowException)
        {
            return "a section that no longer reads as written";
        }
        finally
        {
            reader.BaseStream.Position = start;
        }
    }

    private static RoutingGraph ReadPayload(BinaryReader reader, SavedNetworkHeader header, Profile profile, string path, bool full)
    {
        RoadNetwork network = SavedNetworkPayload.ReadNetwork(reader, full);
        SavedNetworkPayload.ExpectEqual("header, source", header.Source, network.Source);
        SavedNetworkPayload.ExpectEqual("header, vertex count", header.VertexCount, network.VertexCount);
        SavedNetworkPayload.ExpectEqual("header, edge count", header.EdgeCount, network.EdgeCount);
        SavedNetworkPayload.ExpectEqual("header, point count", header.PointCount, network.PointLat.Length);
        SavedNetworkPayload.ExpectEqual("header, way count", header.WayCount, network.WayCount);
        SavedNetworkPayload.ExpectEqual("header, turn restriction count", header.TurnRestrictionCount, network.TurnRestrictionCount);
        RoutingGraph graph = header.FormatVersion >= 9 ? StoredGraph(reader, network, header, profile, path, full) : Derived(network, header, profile, path);
        SavedNetworkPayload.ExpectEqual("header, hierarchy count", header.Hierarchies.Count, reader.ReadInt32());
        foreach (SavedHierarchyHeader expected in header.Hierarchies)
        {
            graph.Attach(SavedNetworkPayload.ReadHierarchy(reader, graph, expected, full));
        }

        if (header.FormatVersion >= 9 && SavedCustomizablePayload.Read(reader, graph, header.Customizable, full) is { } cch)
        {
            graph.AttachCustomizable(cch);
        }

        SavedNetworkPayload.ExpectEqual("payload, bytes left after the last hierarchy", 0, reader.BaseStream.Length - reader.BaseStream.Position);
        return graph;
    }

    // Formats 6–8: the graph is derived from the profile, whose decisions must give the saved fingerprint.
    private static RoutingGraph Derived(RoadNetwork network, SavedNetworkHeader header, Profile profile, string path)
    {
        var graph = new RoutingGraph(network, profile);
        if (!string.Equals(header.ProfileFingerprint, graph.Fingerprint(), StringComparison.Ordinal))
        {
            throw ProfileChanged(profile, path);
        }

        return graph;
    }

    // Format 9: the graph views the stored arrays and snapping index. Full derives the arrays again and compares, and checks every
    // element of the index; Structure compares the section's fingerprint with the header's and the profile's decision digest only.
    private static RoutingGraph StoredGraph(BinaryReader reader, RoadNetwork network, SavedNetworkHeader header, Profile profile, string path, bool full)
    {
        (string fingerprint, string digest, StoredGraphArrays stored) = SavedGraphSection.Read(reader, network);
        if (!string.Equals(fingerprint, header.ProfileFingerprint, StringComparison.Ordinal)
            || !string.Equals(digest, ProfileDecisionDigest.Of(network, profile), StringComparison.Ordinal))
        {
            throw ProfileChanged(profile, path);
        }

        if (full)
        {
            SavedGraphSection.VerifyEqual(stored, Derived(network, header, profile, path));
        }

        return new RoutingGraph(network, profile, stored, g => new SnapIndex(g, PackedSegmentIndex.Read(reader, g, full)));
    }

    private static SavedNetworkException ProfileChanged(Profile profile, string path) =>
        new(path, $"the '{profile.Name}' profile now reads this network differently (access, speeds, restrictions or turn costs changed since it was saved). Prepare the network again.");

    private static FileStream OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Saved network '{path}' does not exist.", path);
        }

        return File.OpenRead(path);
    }
}
