namespace Routes.Geo.Osm.Pbf;

/// <summary>
/// Which elements <see cref="PbfReader.Read(OsmElementFilter)"/> decodes. What is excluded is skipped
/// without decoding (a block still has to be decompressed to see what it holds).
/// </summary>
public sealed record OsmElementFilter
{
    /// <summary>Every element with its tags.</summary>
    public static OsmElementFilter All { get; } = new();

    /// <summary>Ways and relations with tags, no nodes: an importer's first pass.</summary>
    public static OsmElementFilter WaysAndRelations { get; } = new() { IncludeNodes = false };

    /// <summary>Nodes with coordinates only (tags empty), no ways or relations: an importer's second pass.</summary>
    public static OsmElementFilter NodeCoordinates { get; } =
        new() { IncludeNodeTags = false, IncludeWays = false, IncludeRelations = false };

    /// <summary>Decode nodes (default true).</summary>
    public bool IncludeNodes { get; init; } = true;

    /// <summary>Decode node tags (default true); when false every node has <see cref="OsmTags.Empty"/>.</summary>
    public bool IncludeNodeTags { get; init; } = true;

    /// <summary>Decode ways (default true).</summary>
    public bool IncludeWays { get; init; } = true;

    /// <summary>Decode relations (default true).</summary>
    public bool IncludeRelations { get; init; } = true;
}
