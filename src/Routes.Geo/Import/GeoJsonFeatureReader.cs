using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Routes.Geo.Import;

/// <summary>
/// Reads one Feature of a road file: LineString and MultiLineString coordinates (x and y; a z or
/// further ordinate must be a number and is ignored), and the properties as string tags. Other
/// geometry types are checked with NetTopologySuite and kept as a kind only. Every problem is a
/// <see cref="GeoJsonFormatException"/> naming the feature, the line it starts on and what is wrong.
/// </summary>
internal static class GeoJsonFeatureReader
{
    private static readonly JsonSerializerOptions NtsOptions = CreateOptions();

    public static GeoJsonFeature Read(JsonElement feature, int index, int line, string source)
    {
        string where = GeoJsonFeature.Describe(index, line);
        if (!feature.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String || !type.ValueEquals("Feature"))
        {
            throw Error(source, where, "its \"type\" member must be \"Feature\".");
        }

        (string kind, List<(double X, double Y)[]> parts) = ReadGeometry(feature, where, source);
        return new GeoJsonFeature(index, line, kind, parts, ReadTags(feature, where, source));
    }

    /// <summary>A JSON string's text; invalid UTF-8 or a lone surrogate is a format error naming <paramref name="what"/>.</summary>
    public static string Text(JsonElement value, string what, string source)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw new GeoJsonFormatException($"{what} holds text that is not valid Unicode (invalid UTF-8, or a lone UTF-16 surrogate such as \\ud800).", source, e);
        }
    }

    private static (string Kind, List<(double X, double Y)[]> Parts) ReadGeometry(JsonElement feature, string where, string source)
    {
        // RFC 7946 §3.2: a null geometry is an unlocated feature; a missing one is read the same way.
        if (!feature.TryGetProperty("geometry", out JsonElement geometry) || geometry.ValueKind == JsonValueKind.Null)
        {
            return ("null geometry", []);
        }

        if (geometry.ValueKind != JsonValueKind.Object || !geometry.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
        {
            throw Error(source, where, "its geometry is not an object with a \"type\" string.");
        }

        string kind = Text(type, $"{where}: the geometry type", source);
        var parts = new List<(double X, double Y)[]>();
        switch (kind)
        {
            case "LineString":
                AddLine(parts, Coordinates(geometry, kind, where, source), "its LineString", where, source);
                break;
            case "MultiLineString":
                int part = 0;
                foreach (JsonElement line in Coordinates(geometry, kind, where, source).EnumerateArray())
                {
                    AddLine(parts, line, string.Create(CultureInfo.InvariantCulture, $"part {part++} of its MultiLineString"), where, source);
                }

                break;
            case "Point" or "MultiPoint" or "Polygon" or "MultiPolygon" or "GeometryCollection":
                Validate(geometry, kind, where, source);
                return (kind, parts);
            default:
                throw Error(source, where, $"its geometry type '{kind}' is not one GeoJSON defines "
                    + "(RFC 7946 §1.4: Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon, GeometryCollection).");
        }

        // RFC 7946 §3.1: an empty "coordinates" array may be read as a null geometry.
        return parts.Count == 0 ? ($"empty {kind}", parts) : (kind, parts);
    }

    private static JsonElement Coordinates(JsonElement geometry, string kind, string where, string source) =>
        geometry.TryGetProperty("coordinates", out JsonElement coordinates) && coordinates.ValueKind == JsonValueKind.Array
            ? coordinates
            : throw Error(source, where, $"its {kind} has no \"coordinates\" array.");

    private static void AddLine(List<(double X, double Y)[]> parts, JsonElement positions, string what, string where, string source)
    {
        if (positions.ValueKind != JsonValueKind.Array)
        {
            throw Error(source, where, $"{what} is {Describe(positions)}, not an array of positions.");
        }

        int count = positions.GetArrayLength();
        if (count == 1)
        {
            throw Error(source, where, $"{what} has 1 position; a line needs at least 2 (RFC 7946 §3.1.4).");
        }

        if (count == 0)
        {
            return;
        }

        var points = new (double X, double Y)[count];
        int i = 0;
        foreach (JsonElement position in positions.EnumerateArray())
        {
            points[i] = Position(position, string.Create(CultureInfo.InvariantCulture, $"position {i} of {what}"), where, source);
            i++;
        }

        parts.Add(points);
    }

    private static (double X, double Y) Position(JsonElement position, string what, string where, string source)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2)
        {
            throw Error(source, where, $"{what} is {Describe(position)}; a position is an array of 2 or 3 numbers, [x, y] or [x, y, z].");
        }

        var ordinates = new double[2];
        int n = 0;
        foreach (JsonElement ordinate in position.EnumerateArray())
        {
            if (ordinate.ValueKind != JsonValueKind.Number || !ordinate.TryGetDouble(out double value) || !double.IsFinite(value))
            {
                string found = ordinate.ValueKind == JsonValueKind.Number ? $"the number {ordinate.GetRawText()}, beyond the range of a double," : Describe(ordinate);
                throw Error(source, where, $"{what} holds {found} where a finite number is expected.");
            }

            if (n < 2)
            {
                ordinates[n] = value;
            }

            n++;
        }

        return (ordinates[0], ordinates[1]);
    }

    // Geometries that are not lines make no roads, but an invalid one means the file is broken: say so.
    private static void Validate(JsonElement geometry, string kind, string where, string source)
    {
        try
        {
            _ = geometry.Deserialize<Geometry>(NtsOptions);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or NotSupportedException or FormatException)
        {
            throw Error(source, where, $"its {kind} is invalid: {e.Message}", e);
        }
    }

    private static List<KeyValuePair<string, string>> ReadTags(JsonElement feature, string where, string source)
    {
        var tags = new List<KeyValuePair<string, string>>();
        if (!feature.TryGetProperty("properties", out JsonElement properties) || properties.ValueKind == JsonValueKind.Null)
        {
            return tags;
        }

        if (properties.ValueKind != JsonValueKind.Object)
        {
            throw Error(source, where, $"its \"properties\" member is {Describe(properties)}, not an object.");
        }

        int index = 0;
        foreach (JsonProperty property in properties.EnumerateObject())
        {
            string? name = null;
            try
            {
                name = property.Name;
                string? value = TagValue(property.Value);
                if (!string.IsNullOrEmpty(value))
                {
                    tags.Add(KeyValuePair.Create(name, value));
                }
            }
            catch (InvalidOperationException e)
            {
                string which = name is null ? string.Create(CultureInfo.InvariantCulture, $"the name of property {index}") : $"property '{name}'";
                throw Error(source, where, $"{which} holds text that is not valid Unicode (invalid UTF-8, or a lone UTF-16 surrogate such as \\ud800).", e);
            }

            index++;
        }

        return tags;
    }

    private static string? TagValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        // The decimal's text, as NetTopologySuite gave; a number beyond decimal's range keeps its JSON text.
        JsonValueKind.Number => value.TryGetDecimal(out decimal number) ? number.ToString(CultureInfo.InvariantCulture) : value.GetRawText(),
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Null => null,
        _ => value.GetRawText(),
    };

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"an array of {value.GetArrayLength()} value(s)"),
        JsonValueKind.Object => "an object",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        var kind => "a " + kind.ToString().ToLowerInvariant(),
    };

    private static GeoJsonFormatException Error(string source, string where, string message, Exception? inner = null) =>
        new($"{where}: {message}", source, inner);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
