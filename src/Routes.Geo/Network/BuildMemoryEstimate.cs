namespace Routes.Geo.Network;

/// <summary>
/// Upper estimates of the managed bytes <see cref="RoadNetworkBuilder"/> allocates per item, from adding it
/// to the end of <see cref="RoadNetworkBuilder.Build"/>: the builder's lists, Build's working lists and the
/// network's arrays. A list or dictionary grown by doubling holds up to twice its count, and three times
/// while it copies, hence the factors of 3. Tag sets are counted by <see cref="TagTable.RetainedBytes"/>.
/// </summary>
internal static class BuildMemoryEstimate
{
    /// <summary>Index entry (24 B + 4 B bucket) and position and id (24 B), ×3; flags (2 B); as a vertex, its map entry (20 B) and lists (24 B), ×3, and arrays (24 B).</summary>
    public const int BytesPerNode = (3 * (28 + 24)) + 2 + (3 * (20 + 24)) + 24;

    /// <summary>The way's copy (8 B) and piece (4 B, run list 4 B ×3); up to two geometry points (24 B ×3 + 24 B); one edge (16 B ×3 + 16 B, restriction index 4 B ×3).</summary>
    public const int BytesPerNodeReference = 8 + 4 + 12 + (2 * ((3 * 24) + 24)) + ((3 * 16) + 16 + 12);

    /// <summary>List entry (24 B ×3), two array headers (48 B), piece entry (16 B ×3), length (8 B), way record and slot (56 B).</summary>
    public const int BytesPerWay = (3 * 24) + 48 + (3 * 16) + 8 + 56;

    /// <summary>List entry (40 B ×3), the resolved record (56 B) and its slots (8 B ×3 + 8 B).</summary>
    public const int BytesPerTurnRestriction = (3 * 40) + 56 + 32;

    /// <summary>The builder's entry (24 B ×3) and the network's vertex-tag entry (20 B ×3).</summary>
    public const int BytesPerTaggedNode = (3 * 24) + (3 * 20);
}
