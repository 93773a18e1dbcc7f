namespace Routes.Geo.Network;

/// <summary>
/// Upper estimates of the managed bytes <see cref="RoadNetworkBuilder"/> allocates per item, kept or not, from adding it
/// to the end of <see cref="RoadNetworkBuilder.Build"/>: the builder's lists, Build's working lists and the network's
/// arrays. A list or dictionary grown by doubling allocates up to <see cref="Growth"/> times its final count over its
/// growth (capacity under twice the count, plus every smaller array before it). Tags: <see cref="TagTable.AllocatedBytes"/>.
/// </summary>
internal static class BuildMemoryEstimate
{
    /// <summary>Bytes allocated over a doubling list's growth, per byte of its final content.</summary>
    public const int Growth = 4;

    /// <summary>Index entry (24 B + 4 B bucket), position and id (24 B); flags (2 B); as a vertex, its map entry (20 B), lists (24 B) and arrays (24 B).</summary>
    public const int BytesPerNode = (Growth * (28 + 24)) + 2 + (Growth * (20 + 24)) + 24;

    /// <summary>The way's copy (8 B) and piece (4 B, run list 4 B); up to two geometry points (24 B in lists, 24 B in arrays); one edge (16 B, 16 B), restriction index (4 B).</summary>
    public const int BytesPerNodeReference = 8 + 4 + (Growth * 4) + (2 * ((Growth * 24) + 24)) + ((Growth * 16) + 16) + (Growth * 4);

    /// <summary>List entry (24 B), two array headers (48 B), run list and piece entry (32 B + 16 B), length (8 B), way record and slot (56 B), edges-by-way entry and list (24 B + 32 B).</summary>
    public const int BytesPerWay = (Growth * 24) + 48 + 32 + (Growth * 16) + 8 + 56 + (Growth * 24) + 32;

    /// <summary>List entry (40 B), the resolved record (56 B), its slots (8 B and 8 B) and the two edge lists matched at its via (64 B).</summary>
    public const int BytesPerTurnRestriction = (Growth * 40) + 56 + (Growth * 8) + 8 + 64;

    /// <summary>The builder's entry (24 B) and the network's vertex-tag entry (20 B).</summary>
    public const int BytesPerTaggedNode = Growth * (24 + 20);
}
