using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.Osm.Tests.Pbf;

/// <summary>
/// The import's own limits: turn-restriction pairings per relation and in total, and the memory budget,
/// each an <see cref="OsmFormatException"/> naming the relation or way, thrown before the allocation it guards.
/// </summary>
public class OsmNetworkLimitsTests
{
    private const string Name = "hostile.osm.pbf";

    // String indices: 1 highway, 2 residential, 3 type, 4 restriction, 5 no_entry, 6 from, 7 to, 8 via.
    private static readonly string[] Strings = ["highway", "residential", "type", "restriction", "no_entry", "from", "to", "via"];

    [Fact]
    public void RestrictionWith20000FromAnd20000ToWays_FailsFastAndTyped_WithoutAllocatingItsPairings()
    {
        // The attack's 1.6 KB file: 400 million pairings, which ended in OutOfMemoryException.
        MemoryStream file = Network(Restriction(100, fromCount: 20_000, toCount: 20_000));
        long before = GC.GetAllocatedBytesForCurrentThread();

        OsmFormatException error = Assert.Throws<OsmFormatException>(() => Load(file, PbfLimits.Default));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64_000_000, "allocated as if expanding the pairings");
        Assert.Contains("relation 100 has 20000 from and 20000 to ways, 400000000 pairings", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxRestrictionPairings (100)", error.Message, StringComparison.Ordinal);
        Assert.Equal(WaysBlockOffset, error.BlockOffset);
    }

    [Fact]
    public void RestrictionWith3000FromAnd3000ToWays_IsRefused_NotLoadedAsNineMillionRestrictions()
    {
        OsmFormatException error = Assert.Throws<OsmFormatException>(() => Load(Network(Restriction(101, 3_000, 3_000)), PbfLimits.Default));

        Assert.Contains("9000000 pairings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoEntryWithTwoFromWays_IsOneRestrictionPerPairing()
    {
        RoadNetwork network = Load(Network(Restriction(102, fromCount: 2, toCount: 1)), PbfLimits.Default);

        Assert.Equal(2, network.Statistics.TurnRestrictionsAdded);
    }

    [Fact]
    public void RestrictionsPastTheTotalLimit_FailTypedNamingTheRelation()
    {
        OsmFormatException error = Assert.Throws<OsmFormatException>(() =>
            Load(Network(Restriction(103, 2, 1)), new PbfLimits { MaxTurnRestrictions = 1 }));

        Assert.Contains("relation 103 brings the turn restrictions past PbfLimits.MaxTurnRestrictions (1)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WayPastTheNodeLimit_FailsTheImportTyped_InsteadOfBecomingEdges()
    {
        var limits = new PbfLimits { MaxNodesPerWay = 2 };

        OsmFormatException error = Assert.Throws<OsmFormatException>(() => Load(Network(Way(12, 1, 2, 3)), limits));

        Assert.Contains("way 12 has 3 node references", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportPastTheMemoryBudget_FailsTypedNamingTheWayThatCrossedIt()
    {
        // A way of 1,000 new nodes projects about 0.85 MB, one over known nodes 0.36 MB: 20 and 21 fit 1.5 MB, 22 crosses it.
        long[] nodes = [.. Enumerable.Range(1, 1_000).Select(i => (long)i)];
        MemoryStream file = Network(Way(20, nodes), Way(21, nodes), Way(22, [.. nodes.Select(n => n + 1_000)]), Way(23, [.. nodes.Select(n => n + 2_000)]));

        OsmFormatException error = Assert.Throws<OsmFormatException>(() => Load(file, new PbfLimits { MemoryBudgetBytes = 1_500_000 }));

        Assert.Contains("way 22 brings the import's estimated memory to", error.Message, StringComparison.Ordinal);
        Assert.Contains("PbfLimits.MemoryBudgetBytes (1,500,000)", error.Message, StringComparison.Ordinal);
        file.Position = 0;
        Assert.Equal(6, Load(file, PbfLimits.Default).Statistics.WaysAdded);
    }

    private static RoadNetwork Load(MemoryStream file, PbfLimits limits)
    {
        using var reader = new PbfReader(file, Name, leaveOpen: true, limits);
        return OsmNetwork.Load(reader);
    }

    // The ways block follows the header and the nodes block.
    private static long WaysBlockOffset => TestPbf.StandardHeader().Length + TestPbf.Frame("OSMData", NodesBlock()).Length;

    /// <summary>Dense nodes 1..3,000 on a line, ways 10 (nodes 1, 2) and 11 (nodes 2, 3), then <paramref name="elements"/>.</summary>
    private static MemoryStream Network(params (int Field, ProtoWriter Element)[] elements) =>
        TestPbf.Stream(NodesBlock(), TestPbf.Block(Strings, [Way(10, 1, 2), Way(11, 2, 3), .. elements]));

    private static byte[] NodesBlock() => TestPbf.Block(Strings, (2, TestPbf.DenseLine(3_000)));

    private static (int, ProtoWriter) Way(long id, params long[] nodes) =>
        (3, new ProtoWriter().Varint(1, (ulong)id).Packed(2, 1).Packed(3, 2).PackedDelta(8, nodes));

    /// <summary>A no_entry relation from way 10 (listed <paramref name="fromCount"/> times) via node 2 to way 11.</summary>
    private static (int, ProtoWriter) Restriction(long id, int fromCount, int toCount)
    {
        ulong[] roles = [.. Enumerable.Repeat(6ul, fromCount), 8, .. Enumerable.Repeat(7ul, toCount)];
        long[] members = [.. Enumerable.Repeat(10L, fromCount), 2, .. Enumerable.Repeat(11L, toCount)];
        ulong[] types = [.. Enumerable.Repeat(1ul, fromCount), 0, .. Enumerable.Repeat(1ul, toCount)];
        return (4, new ProtoWriter().Varint(1, (ulong)id).Packed(2, 3, 4).Packed(3, 4, 5).Packed(8, roles).PackedDelta(9, members).Packed(10, types));
    }
}
