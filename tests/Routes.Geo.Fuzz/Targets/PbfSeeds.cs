
namespace Routes.Geo.Fuzz.Targets;

/// <summary>Tiny valid PBF files, written by the unit tests' <see cref="TestPbf"/> and <see cref="ProtoWriter"/>.</summary>
internal static class PbfSeeds
{
    // String table shared by the restriction file's blocks; the indexes below point into it.
    private static readonly string[] Strings =
    [
        "", "highway", "residential", "oneway", "yes", "type", "restriction", "no_left_turn", "from", "via", "to", "name", "Rue A", "barrier", "gate",
    ];

    /// <summary>The unit tests' file: header and one block of dense nodes, a plain node, a way and a relation.</summary>
    public static byte[] TestPbfFile() => TestPbf.File(TestPbf.StandardHeader(), TestPbf.Frame("OSMData", TestPbf.DataBlock()));

    /// <summary>
    /// Six nodes (one a gate), four residential ways (one one-way) and a no_left_turn restriction,
    /// in three blocks, so each element kind can be mutated on its own.
    /// </summary>
    public static byte[] RestrictionFile()
    {
        // Latitude and longitude in 100-nanodegree units (granularity 100), near Monaco.
        var dense = new ProtoWriter()
            .PackedDelta(1, 1, 2, 3, 4, 5, 6)
            .PackedDelta(8, 437_300_000, 437_300_000, 437_310_000, 437_310_000, 437_320_000, 437_300_000)
            .PackedDelta(9, 74_200_000, 74_210_000, 74_210_000, 74_200_000, 74_210_000, 74_220_000)
            .Packed(10, 0, 0, 13, 14, 0, 0, 0, 0);
        var ways = new ProtoWriter()
            .Message(3, Way(10, [1, 11], [2, 12], 1, 2))
            .Message(3, Way(11, [1], [2], 2, 3, 5))
            .Message(3, Way(12, [1, 3], [2, 4], 2, 6))
            .Message(3, Way(13, [1], [2], 3, 4, 1));
        var relation = new ProtoWriter().Varint(1, 20).Packed(2, 5, 6).Packed(3, 6, 7)
            .Packed(8, 8, 9, 10).PackedDelta(9, 10, 2, 11).Packed(10, 1, 0, 1);
        return TestPbf.File(
            TestPbf.StandardHeader(),
            TestPbf.Frame("OSMData", Block(new ProtoWriter().Message(2, dense))),
            TestPbf.Frame("OSMData", Block(ways)),
            TestPbf.Frame("OSMData", Block(new ProtoWriter().Message(4, relation))));
    }

    private static ProtoWriter Way(long id, ulong[] keys, ulong[] values, params long[] refs) =>
        new ProtoWriter().Varint(1, (ulong)id).Packed(2, keys).Packed(3, values).PackedDelta(8, refs);

    private static byte[] Block(ProtoWriter group)
    {
        var strings = new ProtoWriter();
        foreach (string s in Strings)
        {
            strings.String(1, s);
        }

        return new ProtoWriter().Message(1, strings).Message(2, group).Varint(17, 100).ToArray();
    }
}
