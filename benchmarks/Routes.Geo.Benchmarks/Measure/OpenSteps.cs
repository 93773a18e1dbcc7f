using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Storage;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Where a read, fully verified open of a saved network spends its time: the steps of <see cref="SavedNetwork.Load"/> run one by
/// one through the library's internals, each timed once (after the <c>mapped</c> mode's warm-up opens, so JIT is done).
/// </summary>
internal static class OpenSteps
{
    public static string Of(string path, Profile profile)
    {
        var parts = new List<string>();
        var watch = Stopwatch.StartNew();
        string Lap(string name)
        {
            parts.Add($"{name} {watch.Elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture)}");
            watch.Restart();
            return name;
        }

        byte[] bytes = File.ReadAllBytes(path);
        Lap("read file");
        using var reader = new SavedNetworkReader(new MemoryStream(bytes, writable: false));
        (SavedNetworkHeader header, int checksumAt) = SavedNetworkHeaderCodec.Read(reader, path);
        Lap("header");
        SavedNetworkHeaderCodec.Checksum(bytes, checksumAt);
        Lap("SHA-256");
        RoadNetwork network = SavedNetworkPayload.ReadNetwork(reader, full: false);
        Lap("network sections");
        SavedNetworkChecks.Verify(network);
        Lap("network checks");
        var graph = new RoutingGraph(network, profile);
        Lap("routing graph (all)");
        _ = new SnapIndex(graph);
        Lap("of which snap index");
        _ = StrongComponents.LargeEdges(graph);
        Lap("of which strong components");
        graph.Fingerprint();
        Lap("fingerprint");
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

        return string.Join(", ", parts);
    }
}
