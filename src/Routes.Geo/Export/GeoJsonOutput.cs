using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Routes.Geo.Export;

/// <summary>
/// What every RFC 7946 file the library writes shares: the WGS84 factory, coordinates rounded to
/// 7 decimals (about 1 cm), counter-clockwise exterior rings, bboxes, no <c>crs</c>, atomic writes.
/// Packages that write their own layers (the encirclement's sites, events, positions) write through it.
/// </summary>
public static class GeoJsonOutput
{
    /// <summary>The WGS84 (EPSG:4326) factory with a precision of 7 decimals.</summary>
    public static GeometryFactory Factory { get; } = new(new PrecisionModel(1e7), 4326);

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary><paramref name="degrees"/> rounded to 7 decimals (about 1 cm).</summary>
    public static double Round(double degrees) => Math.Round(degrees, 7);

    /// <summary>A GeoJSON point (longitude, latitude, rounded) of <paramref name="point"/>.</summary>
    public static Point Point(GeoPoint point) => Factory.CreatePoint(new Coordinate(Round(point.Longitude), Round(point.Latitude)));

    /// <summary>A copy of a WGS84 geometry with every coordinate rounded to 7 decimals.</summary>
    public static Geometry Rounded(Geometry geometry)
    {
        Geometry copy = Factory.CreateGeometry(geometry);
        copy.Apply(new Geodesy.CoordinateMapFilter((x, y) => (Round(x), Round(y))));
        return copy;
    }

    /// <summary>A Feature whose bbox is its geometry's envelope; a null geometry (RFC 7946 §3.2) has no bbox.</summary>
    public static Feature Feature(Geometry? geometry, AttributesTable attributes) =>
        new(geometry, attributes) { BoundingBox = geometry?.EnvelopeInternal };

    /// <summary>A FeatureCollection with the bbox of every feature that has a geometry.</summary>
    public static FeatureCollection Collection(IEnumerable<IFeature> features)
    {
        var collection = new FeatureCollection();
        var bbox = new Envelope();
        foreach (IFeature feature in features)
        {
            collection.Add(feature);
            if (feature.Geometry is { } geometry)
            {
                bbox.ExpandToInclude(geometry.EnvelopeInternal);
            }
        }

        collection.BoundingBox = bbox.IsNull ? null : bbox;
        return collection;
    }

    /// <summary>The RFC 7946 text of <paramref name="collection"/> (no <c>bbox: null</c> on a null geometry).</summary>
    public static string Serialize(FeatureCollection collection) => ToNode(collection).ToJsonString(Options);

    /// <summary>
    /// Writes the collection <paramref name="build"/> returns to <paramref name="path"/> atomically. It is built
    /// inside the write, after the path is checked, so a failure while building (bad input, interrupted
    /// enumeration) leaves the target as it was and no temporary file.
    /// </summary>
    /// <exception cref="ExportException">The path is refused or the file cannot be written; the previous content, if any, is untouched.</exception>
    public static void Write(string path, Func<FeatureCollection> build) =>
        AtomicFile.Write(path, stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = Options.Encoder });
            ToNode(build()).WriteTo(writer, Options);
        });

    // The converter writes "bbox": null for a null geometry; RFC 7946 wants an array or no member.
    private static JsonNode ToNode(FeatureCollection collection)
    {
        JsonNode node = JsonSerializer.SerializeToNode(collection, Options)!;
        if (node["features"] is JsonArray features)
        {
            foreach (JsonObject feature in features.OfType<JsonObject>())
            {
                if (feature.TryGetPropertyValue("bbox", out JsonNode? bbox) && bbox is null)
                {
                    feature.Remove("bbox");
                }
            }
        }

        return node;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        // Accented place names stay readable; JSON string escaping still applies.
        var options = new JsonSerializerOptions { WriteIndented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
        // RFC 7946: counter-clockwise exterior rings, and a bbox on every geometry.
        options.Converters.Add(new GeoJsonConverterFactory(Factory, writeGeometryBBox: true, idPropertyName: "id", RingOrientationOption.EnforceRfc9746));
        return options;
    }
}
