namespace Routes.Geo.Elevation;

/// <summary>
/// Elevation at import: where heights come from and how densely edges are sampled. Pass it to an importer
/// (<c>GeoJsonRoads.Load(path, elevation: ...)</c>, <c>OsmNetwork.Load(path, elevation: ...)</c>) or to
/// <see cref="RoadNetwork.WithElevation"/>.
/// </summary>
/// <param name="Source">The DEM, e.g. <see cref="ElevationTiles.FromFolder"/>.</param>
public sealed record ElevationOptions(IElevationSource Source)
{
    /// <summary>Default <see cref="SampleSpacingMetres"/>: the spacing of 1 arc-second DEMs (SRTM1, Copernicus GLO-30).</summary>
    public const double DefaultSampleSpacingMetres = 30;

    /// <summary>
    /// Longest distance between two height samples along an edge, metres (default 30; 5 to 1,000): every geometry point is
    /// sampled, and a segment longer than this gets evenly spaced samples between its ends, so a straight way over a hill
    /// still climbs it.
    /// </summary>
    public double SampleSpacingMetres { get; init; } = DefaultSampleSpacingMetres;

    /// <summary>Heights from the SRTM / GeoTIFF tiles in <paramref name="folder"/> (<see cref="ElevationTiles.FromFolder"/>).</summary>
    /// <exception cref="ElevationDataException">The folder is missing, holds no tile, or a tile's header is unusable.</exception>
    public static ElevationOptions FromFolder(string folder) => new(ElevationTiles.FromFolder(folder));
}
