using System.Globalization;
using System.Text.Json;

namespace Routes.Geo.Import;

/// <summary>
/// Walks a GeoJSON FeatureCollection with a forward-only reader, so that every error names a line:
/// syntax errors where System.Text.Json finds them, content errors by feature and the line it starts on.
/// Nesting is limited to System.Text.Json's default depth of 64.
/// </summary>
internal static class GeoJsonDocumentReader
{
    /// <summary>Reads the collection's declared CRS name (null when absent or null) and its features in order.</summary>
    /// <exception cref="GeoJsonFormatException">The document is not valid JSON or not a usable FeatureCollection.</exception>
    public static (string? Crs, List<GeoJsonFeature> Features) Read(ReadOnlyMemory<byte> json, string source)
    {
        var lines = new LineCounter(json);
        var reader = new Utf8JsonReader(json.Span);
        string? crs = null;
        bool crsSeen = false;
        List<GeoJsonFeature>? features = null;
        int line = 1;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new GeoJsonFormatException($"the document is a JSON {Kind(reader.TokenType)}, not a GeoJSON FeatureCollection object.", source);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                line = lines.LineAt(reader.TokenStartIndex);
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "type":
                        CheckType(ref reader, line, source);
                        break;
                    case "crs" when !crsSeen:
                        crsSeen = true;
                        crs = ReadCrs(JsonElement.ParseValue(ref reader), line, source);
                        break;
                    case "features" when features is null:
                        features = ReadFeatures(ref reader, lines, line, source);
                        break;
                    case "crs" or "features":
                        throw new GeoJsonFormatException(string.Create(CultureInfo.InvariantCulture, $"its member '{name}' appears a second time at line {line}."), source);
                    default:
                        reader.Skip();
                        break;
                }
            }

            // After the root object only white space may follow; the reader throws on anything else.
            reader.Read();
        }
        catch (JsonException e)
        {
            throw new GeoJsonFormatException(string.Create(CultureInfo.InvariantCulture,
                $"not valid JSON at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}: {e.Message}"), source, e);
        }
        catch (InvalidOperationException e)
        {
            // Here only the root's member names and its type are decoded; GeoJsonFeatureReader names a feature's own text.
            throw new GeoJsonFormatException(string.Create(CultureInfo.InvariantCulture,
                $"the text at line {line} is not valid Unicode (invalid UTF-8 or a lone surrogate): {e.Message}"), source, e);
        }

        return features is null
            ? throw new GeoJsonFormatException("it has no 'features' array; a road file must be a GeoJSON FeatureCollection.", source)
            : (crs, features);
    }

    private static void CheckType(ref Utf8JsonReader reader, int line, string source)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals("FeatureCollection"u8))
        {
            string found = reader.TokenType == JsonTokenType.String ? $"'{reader.GetString()}'" : $"a JSON {Kind(reader.TokenType)}";
            throw new GeoJsonFormatException(string.Create(CultureInfo.InvariantCulture,
                $"its type (line {line}) is {found}; a road file must be a GeoJSON FeatureCollection."), source);
        }
    }

    private static List<GeoJsonFeature> ReadFeatures(ref Utf8JsonReader reader, LineCounter lines, int memberLine, string source)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new GeoJsonFormatException(string.Create(CultureInfo.InvariantCulture,
                $"its 'features' member (line {memberLine}) is a JSON {Kind(reader.TokenType)}, not an array."), source);
        }

        var features = new List<GeoJsonFeature>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            int line = lines.LineAt(reader.TokenStartIndex);
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new GeoJsonFormatException(
                    $"{GeoJsonFeature.Describe(features.Count, line)} is a JSON {Kind(reader.TokenType)}, not a Feature object.", source);
            }

            features.Add(GeoJsonFeatureReader.Read(JsonElement.ParseValue(ref reader), features.Count, line, source));
        }

        return features;
    }

    // GeoJSON 2008 named CRS. One that is there but unreadable is refused: ignoring it would misplace every coordinate.
    private static string? ReadCrs(JsonElement crs, int line, string source)
    {
        if (crs.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        bool isObject = crs.ValueKind == JsonValueKind.Object;
        if (isObject && HasString(crs, "type", "name")
            && crs.TryGetProperty("properties", out JsonElement properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out JsonElement name) && name.ValueKind == JsonValueKind.String)
        {
            return GeoJsonFeatureReader.Text(name, $"its 'crs' member (line {line.ToString(CultureInfo.InvariantCulture)})", source);
        }

        string why = isObject && HasString(crs, "type", "link") ? "a linked CRS is not read" : "it is not a named CRS";
        throw new GeoJsonFormatException(string.Create(CultureInfo.InvariantCulture,
            $"its 'crs' member (line {line}) cannot be used: {why}. Write {{\"type\":\"name\",\"properties\":{{\"name\":\"EPSG:3857\"}}}}, or remove the member and pass the CRS to the loader."),
            source);
    }

    private static bool HasString(JsonElement element, string member, string value) =>
        element.TryGetProperty(member, out JsonElement found) && found.ValueKind == JsonValueKind.String && found.ValueEquals(value);

    private static string Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "object",
        JsonTokenType.StartArray => "array",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.None => "nothing",
        _ => token.ToString().ToLowerInvariant(),
    };
}
