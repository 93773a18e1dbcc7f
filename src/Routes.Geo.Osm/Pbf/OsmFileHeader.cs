namespace Routes.Geo.Osm.Pbf;

/// <summary>What a PBF file's OSMHeader block declares.</summary>
/// <param name="BoundingBox">The declared area, or null when the file has none.</param>
/// <param name="RequiredFeatures">Features a reader must support (all supported, or the file was refused).</param>
/// <param name="OptionalFeatures">Features the writer used that a reader may ignore (e.g. "Sort.Type_then_ID").</param>
/// <param name="WritingProgram">The program that wrote the file, or null.</param>
public sealed record OsmFileHeader(
    OsmBoundingBox? BoundingBox,
    IReadOnlyList<string> RequiredFeatures,
    IReadOnlyList<string> OptionalFeatures,
    string? WritingProgram);
