using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Storage;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Where a mapped, fully verified open of a saved network spends its time: the steps of <see cref="SavedNetwork.Open(string, Profile, SavedNetworkLoad, SavedNetworkVerification)"/>
/// run one by one through the library's internals, each timed once (after the <c>mapped</c> mode's warm-up opens, so JIT is
/// done); a Structure open skips the steps marked "Full only" and the network, stored-arc and cost checks.
/// </summary>
internal static class OpenSteps
{
    public static unsafe string Of(string path, Profile profile)
    {
        var parts = new List<string>();
        var watch = Stopwatch.StartNew();
        string Lap(string name)
        {
            parts.Add($"{name} {watch.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)}");
            watch.Restart();
            return name;
        }

        MappedFileView view = MappedFileView.Open(path);
        Lap("map file");
        using var reader = new SavedNetworkReader(view.OpenStream());
        (SavedNetworkHeader header, int checksumAt) = SavedNetworkHeaderCodec.Read(reader, path);
        Lap("header");
        SavedNetworkHeaderCodec.Checksum(view.Pointer, view.Length, checksumAt);
        Lap("SHA-256");
        RoadNetwork network = SavedNetworkPayload.ReadNetwork(reader, full: false);
        Lap("network sections");
        SavedNetworkChecks.Verify(network);
        Lap("network checks");
        var derived = new RoutingGraph(network, profile);
        Lap("routing graph derived (all; Full only)");
        _ = new SnapIndex(derived);
        Lap("of which snap index");
        _ = StrongComponents.LargeEdges(derived);
        Lap("of which strong components");
        derived.Fingerprint();
        Lap("fingerprint (Full only)");
        RoutingGraph graph = derived;
        if (header.FormatVersion >= 9)
        {
            (_, _, StoredGraphArrays stored) = SavedGraphSection.Read(reader, network);
            Lap("graph section");
            ProfileDecisionDigest.Of(network, profile);
            Lap("decision digest");
            SavedGraphSection.VerifyEqual(stored, derived);
            Lap("stored = derived check (Full only)");
            graph = new RoutingGraph(network, profile, stored, g => new SnapIndex(g, PackedSegmentIndex.Read(reader, g, full: false)));
            Lap("graph from the stored arrays and snap index");
        }

        reader.ReadInt32();
        foreach (SavedHierarchyHeader expected in header.Hierarchies)
        {
            ContractionHierarchy ch = SavedNetworkPayload.ReadHierarchy(reader, graph, expected, full: false);
            Lap($"hierarchy {expected.Metric} (sections, up/down arrays)");
            StoredHierarchyCheck.Verify(graph, ch.Metric, ch.Kind, ch.Arcs, ch.Rank, ch.OriginalArcCount);
            Lap("its stored-arc check");
            HierarchyCostCheck.Verify(ch);
            Lap("its cost check");
        }

        if (header.FormatVersion >= 9 && header.Customizable is not null)
        {
            _ = Routes.Geo.Routing.Customizable.CchInput.Of(graph);
            Lap("customizable input graph (derived again below)");
            _ = SavedCustomizablePayload.Read(reader, graph, header.Customizable, full: false);
            Lap("customizable hierarchy (sections copied, structure checks)");
        }

        return string.Join(", ", parts);
    }
}
