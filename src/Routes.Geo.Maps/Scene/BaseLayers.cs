using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Routes.Geo.Maps.Scene;

/// <summary>The embedded base data: Natural Earth land clipped to the Channel region (public domain).</summary>
internal static class BaseLayers
{
    public const string LandResource = "Routes.Geo.Maps.Assets.land-channel.geojson";

    /// <summary>The box the embedded land was clipped to (make-land.mjs): -1..4.5°E, 49.5..52°N.</summary>
    public static readonly Envelope LandCoverage = new(-1.0, 4.5, 49.5, 52.0);

    /// <summary>Reads and writes NetTopologySuite features as GeoJSON (shared: options are costly to build).</summary>
    public static readonly JsonSerializerOptions GeoJsonOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    private static readonly Lazy<IReadOnlyList<Geometry>> LandGeometries = new(ReadLand);

    public static IReadOnlyList<Geometry> Land => LandGeometries.Value;

    public static string ReadResource(string name)
    {
        using Stream stream = typeof(BaseLayers).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing (a build defect).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<Geometry> ReadLand()
    {
        FeatureCollection features = JsonSerializer.Deserialize<FeatureCollection>(ReadResource(LandResource), GeoJsonOptions)
            ?? throw new InvalidOperationException("The embedded land GeoJSON is empty (a build defect).");
        return [.. features.Select(f => f.Geometry)];
    }
}
