namespace Routes.Geo.Osm.Pbf;

/// <summary>
/// Limits on what a PBF file may make the reader and the importer allocate. The defaults lie far above
/// anything a real OpenStreetMap file holds and far below what exhausts a machine, so a hostile or
/// broken file fails early with an <see cref="OsmFormatException"/> naming the element (and the block
/// offset) instead of running out of memory. Raise a limit only for a file known to need it.
/// </summary>
/// <remarks>
/// The reader applies the per-block and per-element limits; <see cref="OsmNetwork"/> applies
/// <see cref="MaxRestrictionPairings"/>, <see cref="MaxTurnRestrictions"/> and <see cref="MemoryBudgetBytes"/>.
/// Every limit counts decoded items before they are allocated. Blob sizes are the format's own limits
/// (64 KiB BlobHeader, 32 MiB Blob), checked before allocating, and are not configurable.
/// </remarks>
public sealed record PbfLimits
{
    /// <summary>The default limits (the values documented on each property).</summary>
    public static PbfLimits Default { get; } = new();

    /// <summary>
    /// Most node references one way may hold. Default 20,000: ten times the OpenStreetMap API's cap
    /// of 2,000 nodes per way, for files not written through the API.
    /// </summary>
    public int MaxNodesPerWay { get; init; } = 20_000;

    /// <summary>
    /// Most members one relation may hold. Default 320,000: ten times the OpenStreetMap API's cap of
    /// 32,000 members per relation.
    /// </summary>
    public int MaxMembersPerRelation { get; init; } = 320_000;

    /// <summary>Most tags one element may carry. Default 5,000 (the shared extracts' elements carry at most 290).</summary>
    public int MaxTagsPerElement { get; init; } = 5_000;

    /// <summary>
    /// Most strings one block's string table may hold. Default 2,000,000: a 32 MiB block could list 16 million
    /// (empty) strings, 16 bytes of index each; the shared extracts' blocks hold at most 2,652.
    /// </summary>
    public int MaxStringTableEntries { get; init; } = 2_000_000;

    /// <summary>
    /// Most from×to way pairings one turn-restriction relation may expand to (each pairing is one
    /// restriction). Default 100: no_entry and no_exit legitimately list several from or to ways, but real files have a handful.
    /// </summary>
    public int MaxRestrictionPairings { get; init; } = 100;

    /// <summary>Most turn restrictions (pairings) one import may hold. Default 10,000,000.</summary>
    public int MaxTurnRestrictions { get; init; } = 10_000_000;

    /// <summary>
    /// Most bytes the import's network builder may project to allocate for the ways, nodes and restrictions
    /// read so far (<see cref="Network.RoadNetworkBuilder.EstimatedPeakBytes"/>, counted as the file is read).
    /// Default: three quarters of the memory the garbage collector may use on this machine or container
    /// (<see cref="GCMemoryInfo.TotalAvailableMemoryBytes"/>) when the limits are created.
    /// </summary>
    public long MemoryBudgetBytes { get; init; } = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4 * 3;

    /// <summary>Checks every limit is positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative.</exception>
    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxNodesPerWay);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxMembersPerRelation);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTagsPerElement);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxStringTableEntries);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxRestrictionPairings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxTurnRestrictions);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MemoryBudgetBytes);
    }
}
