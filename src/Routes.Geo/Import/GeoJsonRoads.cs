using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Routes.Geo.Geodesy;
using Routes.Geo.Network;

namespace Routes.Geo.Import;

/// <summary>
/// Reads road lines from GeoJSON (LineString and MultiLineString features whose properties are
/// OpenStreetMap-style tags, e.g. a GIS export) into a <see cref="RoadNetwork"/>. Lines are joined
/// where they share a coordinate exactly. Coordinates in another CRS are transformed with ProjNET.
/// </summary>
public static class GeoJsonRoads
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>
    /// Loads the road network in <paramref name="path"/>. The CRS is read from the file's <c>crs</c>
    /// member (GeoJSON 2008 style, e.g. <c>EPSG:3857</c>), else <paramref name="crs"/>, else the file must be
    /// RFC 7946 longitude/latitude.
    /// </summary>
    /// <param name="path">The GeoJSON file.</param>
    /// <param name="crs">The coordinates' CRS when the file does not say it (an EPSG code such as "EPSG:3857"); null for none.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="GeoJsonFormatException">Malformed JSON (with line and byte position), no line feature, an unsupported CRS, or projected-looking coordinates with no CRS stated.</exception>
    /// <exception cref="InvalidCoordinateException">A transformed coordinate is not a valid WGS84 position; the message names the feature.</exception>
    public static RoadNetwork Load(string path, string? crs = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"GeoJSON road file '{path}' does not exist.", path);
        }

        using FileStream stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path), crs);
    }

    /// <summary>Loads a road network from a GeoJSON stream; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="GeoJsonFormatException">See <see cref="Load(string, string?)"/>.</exception>
    /// <exception cref="InvalidCoordinateException">See <see cref="Load(string, string?)"/>.</exception>
    public static RoadNetwork Load(Stream stream, string sourceName, string? crs = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ReadOnlyMemory<byte> json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

        if (json.IsEmpty)
        {
            throw new GeoJsonFormatException("the file is empty.", sourceName);
        }

        FeatureCollection features;
        string? declaredCrs;
        try
        {
            declaredCrs = ReadDeclaredCrs(json);
            features = JsonSerializer.Deserialize<FeatureCollection>(json.Span, Options)
                ?? throw new GeoJsonFormatException("the document is null, not a FeatureCollection.", sourceName);
        }
        catch (JsonException e)
        {
            throw new GeoJsonFormatException(Locate(json, e), sourceName, e);
        }

        CoordinateTransform transform = CoordinateTransform.For(declaredCrs ?? crs, sourceName);
        var builder = new RoadNetworkBuilder(sourceName);
        var nodeIds = new Dictionary<(double, double), long>();
        int lines = 0;
        var skipped = new Dictionary<string, int>();
        for (int f = 0; f < features.Count; f++)
        {
            IFeature feature = features[f];
            var parts = feature.Geometry switch
            {
                LineString line => [line],
                MultiLineString multi => multi.Geometries.Cast<LineString>().ToList(),
                _ => new List<LineString>(),
            };
            if (parts.Count == 0)
            {
                string kind = feature.Geometry?.GeometryType ?? "null geometry";
                skipped[kind] = skipped.GetValueOrDefault(kind) + 1;
                continue;
            }

            List<KeyValuePair<string, string>> tags = ReadTags(feature.Attributes);
            long wayId = tags.Find(t => t.Key is "osm_id" or "id").Value is { } id && long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out long osmId)
                ? osmId : -(f + 1);
            foreach (LineString part in parts)
            {
                var refs = new long[part.NumPoints];
                for (int i = 0; i < part.NumPoints; i++)
                {
                    Coordinate c = part.GetCoordinateN(i);
                    if (!nodeIds.TryGetValue((c.X, c.Y), out long node))
                    {
                        node = nodeIds.Count + 1;
                        nodeIds.Add((c.X, c.Y), node);
                        (double lat, double lon) = transform.ToWgs84(c.X, c.Y, f);
                        builder.AddNode(node, lat, lon);
                    }

                    refs[i] = node;
                }

                builder.AddWay(wayId, refs, tags);
                lines++;
            }
        }

        if (lines == 0)
        {
            string found = skipped.Count == 0 ? "no features" : string.Join(", ", skipped.Select(s => $"{s.Value} {s.Key}"));
            throw new GeoJsonFormatException($"holds no LineString or MultiLineString feature to build roads from (found {found}).", sourceName);
        }

        return builder.Build();
    }

    private static List<KeyValuePair<string, string>> ReadTags(IAttributesTable? attributes)
    {
        var tags = new List<KeyValuePair<string, string>>();
        if (attributes is null)
        {
            return tags;
        }

        foreach (string name in attributes.GetNames())
        {
            string? value = attributes[name] switch
            {
                null => null,
                string s => s,
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                bool b => b ? "yes" : "no",
                var other => other.ToString(),
            };
            if (!string.IsNullOrEmpty(value))
            {
                tags.Add(KeyValuePair.Create(name, value));
            }
        }

        return tags;
    }

    // The GeoJSON converter reports no useful position: find a syntax error's line, else the feature that fails.
    private static string Locate(ReadOnlyMemory<byte> json, JsonException error)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("features", out JsonElement features) && features.ValueKind == JsonValueKind.Array)
            {
                int index = 0;
                foreach (JsonElement feature in features.EnumerateArray())
                {
                    try
                    {
                        _ = feature.Deserialize<IFeature>(Options);
                    }
                    catch (JsonException featureError)
                    {
                        return string.Create(CultureInfo.InvariantCulture, $"feature {index} is not a valid GeoJSON feature: {featureError.Message}");
                    }

                    index++;
                }
            }

            return $"not a GeoJSON FeatureCollection: {error.Message}";
        }
        catch (JsonException syntax)
        {
            return string.Create(CultureInfo.InvariantCulture, $"not valid JSON at line {syntax.LineNumber + 1}, byte {syntax.BytePositionInLine + 1}: {syntax.Message}");
        }
    }

    // The 2008 GeoJSON "crs" member: {"type":"name","properties":{"name":"EPSG:3857"}}.
    private static string? ReadDeclaredCrs(ReadOnlyMemory<byte> json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("crs", out JsonElement crs)
            && crs.ValueKind == JsonValueKind.Object
            && crs.TryGetProperty("properties", out JsonElement properties)
            && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out JsonElement name)
            && name.ValueKind == JsonValueKind.String)
        {
            return name.GetString();
        }

        return null;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
