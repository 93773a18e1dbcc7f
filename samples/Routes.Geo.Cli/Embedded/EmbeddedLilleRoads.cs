using System.IO.Compression;

namespace Routes.Geo.Cli;

/// <summary>
/// Central Lille's roads built into routes-geo, so <c>demo</c> runs with no data beside the tool: Brotli-compressed
/// GeoJSON made from the shared highway_line.json (OpenStreetMap data of 2017-02-23; lille-roads.NOTICE.txt says how).
/// </summary>
internal static class EmbeddedLilleRoads
{
    /// <summary>The manifest resource name the project file gives Embedded/lille-roads.geojson.br.</summary>
    public const string ResourceName = "Routes.Geo.Cli.Embedded.lille-roads.geojson.br";

    /// <summary>The network's <see cref="RoadNetwork.Source"/>, also the name GeoJSON errors would give.</summary>
    public const string SourceName = "central Lille (embedded copy of highway_line.json, OpenStreetMap data of 2017-02-23)";

    /// <summary>Decompresses and imports the embedded roads (EPSG:3857 lines joined at shared coordinates, as the shared file gives).</summary>
    /// <exception cref="InvalidOperationException">The tool was built without the resource.</exception>
    public static RoadNetwork Load()
    {
        using Stream compressed = typeof(EmbeddedLilleRoads).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"routes-geo was built without its resource {ResourceName}; rebuild it from a complete checkout.");
        using var json = new BrotliStream(compressed, CompressionMode.Decompress);
        return GeoJsonRoads.Load(json, SourceName);
    }
}
