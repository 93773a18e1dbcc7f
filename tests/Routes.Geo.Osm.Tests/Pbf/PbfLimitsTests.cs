using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.Osm.Tests.Pbf;

/// <summary>
/// What a block may ask the reader to allocate is limited (<see cref="PbfLimits"/>): beyond a limit, reading
/// fails with an <see cref="OsmFormatException"/> naming the element and the block, before allocating.
/// </summary>
public class PbfLimitsTests
{
    private const string Name = "hostile.osm.pbf";

    private static readonly int HeaderLength = TestPbf.StandardHeader().Length;

    [Fact]
    public void WayWithAMillionNodeReferences_FailsTypedNamingTheWay_WithoutAllocatingThem()
    {
        // The attack's way had 30 million references; a million, one byte each, shows the same: refused before the 8 MB array.
        long[] refs = [.. Enumerable.Range(1, 1_000_000).Select(i => (long)i)];
        byte[] block = TestPbf.Block(["highway", "residential"], (3, new ProtoWriter().Varint(1, 77).Packed(2, 1).Packed(3, 2).PackedDelta(8, refs)));
        using var reader = new PbfReader(TestPbf.Stream(block), Name);
        long before = GC.GetAllocatedBytesForCurrentThread();

        OsmFormatException error = Assert.Throws<OsmFormatException>(() => reader.Read(OsmElementFilter.WaysAndRelations).Count());

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4_000_000, "allocated as if decoding the references");
        Assert.Contains("way 77 has 1000000 node references", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxNodesPerWay (20000)", error.Message, StringComparison.Ordinal);
        Assert.Equal(HeaderLength, error.BlockOffset);
    }

    [Fact]
    public void WayAtTheNodeLimit_IsRead_AndOneMoreIsRefused()
    {
        var limits = new PbfLimits { MaxNodesPerWay = 3 };

        Assert.Equal(3, Assert.IsType<OsmWay>(Assert.Single(Read(limits, (3, Way(5, 1, 2, 3))))).NodeIds.Length);
        Assert.Contains("way 6 has 4 node references", ReadFails(limits, (3, Way(6, 1, 2, 3, 4))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RelationWithMoreMembersThanTheLimit_FailsTypedNamingTheRelation()
    {
        var relation = new ProtoWriter().Varint(1, 90).Packed(8, 0, 0, 0).PackedDelta(9, 1, 2, 3).Packed(10, 0, 0, 0);

        OsmFormatException error = ReadFails(new PbfLimits { MaxMembersPerRelation = 2 }, (4, relation));

        Assert.Contains("relation 90 has 3 members, more than PbfLimits.MaxMembersPerRelation (2)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WayWithMoreTagsThanTheLimit_FailsTypedNamingTheWay()
    {
        var way = new ProtoWriter().Varint(1, 8).Packed(2, 1, 1, 1).Packed(3, 2, 2, 2).PackedDelta(8, 1, 2);

        Assert.Contains("way 8 has 3 tags", ReadFails(new PbfLimits { MaxTagsPerElement = 2 }, (3, way)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DenseNodeWithMoreTagsThanTheLimit_FailsTypedNamingTheNode()
    {
        var dense = new ProtoWriter().PackedDelta(1, 41).PackedDelta(8, 437_000_000).PackedDelta(9, 74_000_000).Packed(10, 1, 2, 1, 2, 1, 2, 0);

        Assert.Contains("node 41 has 3 tags", ReadFails(new PbfLimits { MaxTagsPerElement = 2 }, (2, dense)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringTableWithMoreEntriesThanTheLimit_FailsTyped()
    {
        // The table holds "", "highway", "residential": three entries.
        OsmFormatException error = ReadFails(new PbfLimits { MaxStringTableEntries = 2 }, (3, Way(5, 1, 2)));

        Assert.Contains("MaxStringTableEntries (2)", error.Message, StringComparison.Ordinal);
        Assert.Contains("exceeds a limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    public void NodeFarBeyondTheLongRangeOfNanodegrees_IsATypedErrorNamingTheNode_NotWrappedIntoRange(int field)
    {
        // 100 × raw is 2^64 + 42,950,000,084 nanodegrees (~1.8e10°): 64-bit arithmetic wraps it to 42.950000084°.
        const long Raw = 184_467_441_166_595_517;
        ProtoWriter node = field == 2
            ? new ProtoWriter().PackedDelta(1, 12).PackedDelta(8, Raw).PackedDelta(9, 74_000_000)
            : new ProtoWriter().SInt(1, 12).SInt(8, Raw).SInt(9, 74_000_000);

        OsmFormatException error = ReadFails(PbfLimits.Default, (field, node));

        Assert.Contains("node 12 has coordinates out of range (latitude 18446744116.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeltaCodedLatitudePast64Bits_IsATypedError_NotWrapped()
    {
        // Deltas 1,000 then long.MaxValue: the second sum wraps to a negative value instead of failing.
        var dense = new ProtoWriter().PackedDelta(1, 1, 2).Packed(8, 2_000, ulong.MaxValue - 1).Packed(9, 0, 0);

        Assert.Contains("DenseNodes.lat overflows 64 bits", ReadFails(PbfLimits.Default, (2, dense)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockOf200000DenseNodes_IsDecodedAChunkAtATime_NotAllAtOnce()
    {
        // Monaco's extract holds all its 180,118 nodes in one block; a 32 MiB block can hold 11 million.
        using var reader = new PbfReader(TestPbf.Stream(TestPbf.Block([], (2, TestPbf.DenseLine(200_000)))), Name);
        using IEnumerator<OsmElement> elements = reader.Read().GetEnumerator();
        long before = GC.GetAllocatedBytesForCurrentThread();

        Assert.True(elements.MoveNext());

        // 200,000 nodes of 48 bytes would be 9.6 MB; one chunk of 65,536 is a third of that.
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 6_000_000, "decoded the whole block at once");
    }

    [Fact]
    public void DenseNodesSpanningSeveralChunks_AreDecodedExactly_WithTheirTags()
    {
        using var reader = new PbfReader(TestPbf.Stream(TestPbf.Block(["highway", "residential"], (2, TestPbf.DenseLine(150_000, tagEvery: 3)))), Name);

        OsmNode[] nodes = [.. reader.Read().Cast<OsmNode>()];

        Assert.Equal(150_000, nodes.Length);
        for (int i = 0; i < nodes.Length; i++)
        {
            long id = i + 1;
            Assert.Equal(id, nodes[i].Id);
            Assert.Equal((437_000_000 + (100 * id)) / 1e7, nodes[i].Latitude);
            Assert.Equal((74_000_000 + (100 * id)) / 1e7, nodes[i].Longitude);
            Assert.Equal(id % 3 == 0 ? "residential" : null, nodes[i].Tags.GetValueOrDefault("highway"));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void UnknownBlobType_IsSkippedWithoutDecompressing(bool seekable)
    {
        // Its zlib data is garbage: decompressing it would fail, so reading past it proves it is not decompressed.
        var garbage = new byte[4096];
        new Random(3).NextBytes(garbage);
        byte[] unknown = TestPbf.FrameBlob("SomeFutureType", new ProtoWriter().Varint(2, 30_000_000).Bytes(3, garbage).ToArray());
        byte[] file = TestPbf.File(TestPbf.StandardHeader(), unknown, TestPbf.Frame("OSMData", TestPbf.DataBlock()));
        using var reader = new PbfReader(seekable ? new MemoryStream(file) : new ForwardOnlyStream(file), Name);

        Assert.Equal(5, reader.Read().Count());
    }

    [Fact]
    public void UnknownBlobCutShortAtTheEndOfTheFile_IsReportedTruncated()
    {
        byte[] unknown = TestPbf.Frame("SomeFutureType", new byte[100]);
        byte[] file = TestPbf.File(TestPbf.StandardHeader(), unknown)[..^5];
        using var reader = new PbfReader(new MemoryStream(file), Name);

        OsmFormatException error = Assert.Throws<OsmFormatException>(() => reader.Read().Count());

        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        Assert.Equal(HeaderLength, error.BlockOffset);
    }

    [Fact]
    public void NonPositiveLimit_IsRefusedWhenTheReaderIsCreated()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PbfReader(TestPbf.Stream(), Name, limits: new PbfLimits { MaxNodesPerWay = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PbfReader(TestPbf.Stream(), Name, limits: new PbfLimits { MemoryBudgetBytes = -1 }));
    }

    [Fact]
    public void DefaultMemoryBudget_IsThreeQuartersOfTheMemoryTheGcMayUse()
    {
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

        Assert.True(available > 0);
        Assert.Equal(available / 4 * 3, new PbfLimits().MemoryBudgetBytes);
    }

    private static ProtoWriter Way(long id, params long[] nodes) =>
        new ProtoWriter().Varint(1, (ulong)id).Packed(2, 1).Packed(3, 2).PackedDelta(8, nodes);

    private static List<OsmElement> Read(PbfLimits limits, params (int Field, ProtoWriter Element)[] elements)
    {
        using var reader = new PbfReader(TestPbf.Stream(TestPbf.Block(["highway", "residential"], elements)), Name, limits: limits);
        return [.. reader.Read()];
    }

    private static OsmFormatException ReadFails(PbfLimits limits, params (int Field, ProtoWriter Element)[] elements)
    {
        OsmFormatException error = Assert.Throws<OsmFormatException>(() => Read(limits, elements));
        Assert.Equal(Name, error.FileName);
        Assert.Equal(HeaderLength, error.BlockOffset);
        return error;
    }
}
