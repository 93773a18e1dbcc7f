using System.Globalization;
using System.Text.Json;

namespace Routes.Geo.Encirclement;

/// <summary>
/// Typed access to one JSON object of the data file; every failure becomes a
/// <see cref="HistoryDataException"/> that names the record, so a historian can find it.
/// </summary>
internal sealed class JsonRecord
{
    private readonly JsonElement _element;

    public JsonRecord(JsonElement element, string sourceName, string recordId, params string[] allowedFields)
    {
        SourceName = sourceName;
        Id = recordId;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error($"expected an object, found {element.ValueKind}");
        }

        _element = element;
        foreach (JsonProperty property in _element.EnumerateObject())
        {
            // Catches misspelt field names, which would otherwise be ignored silently.
            if (!allowedFields.Contains(property.Name, StringComparer.Ordinal))
            {
                throw Error($"unknown field '{property.Name}' (allowed: {string.Join(", ", allowedFields)})");
            }
        }
    }

    public string SourceName { get; }

    public string Id { get; }

    public HistoryDataException Error(string problem) => new(SourceName, Id, problem);

    public bool Has(string name) => _element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null;

    public string RequiredString(string name) =>
        OptionalString(name) ?? throw Error($"missing field '{name}'");

    public string? OptionalString(string name)
    {
        if (!_element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            throw Error($"field '{name}' must be a non-empty string");
        }

        return value.GetString()!.Trim();
    }

    public IReadOnlyList<string> Strings(string name)
    {
        if (!_element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error($"field '{name}' must be a list of strings");
        }

        var result = new List<string>();
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                throw Error($"field '{name}' contains an empty or non-string entry");
            }

            result.Add(item.GetString()!.Trim());
        }

        return result;
    }

    public double RequiredNumber(string name)
    {
        if (!_element.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.Number)
        {
            throw Error($"field '{name}' must be a number");
        }

        return value.GetDouble();
    }

    public long? OptionalInteger(string name)
    {
        if (!Has(name))
        {
            return null;
        }

        JsonElement value = _element.GetProperty(name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long result)
            ? result
            : throw Error($"field '{name}' must be an integer");
    }

    public bool OptionalBoolean(string name, bool defaultValue)
    {
        if (!Has(name))
        {
            return defaultValue;
        }

        JsonElement value = _element.GetProperty(name);
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Error($"field '{name}' must be true or false"),
        };
    }

    public DateOnly RequiredDate(string name) =>
        OptionalDate(name) ?? throw Error($"missing field '{name}' (a date written yyyy-MM-dd)");

    public DateOnly? OptionalDate(string name)
    {
        string? text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw Error($"field '{name}' is '{text}', not a date written yyyy-MM-dd");
    }

    public TimeOnly? OptionalTime(string name)
    {
        string? text = OptionalString(name);
        if (text is null)
        {
            return null;
        }

        return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly time)
            ? time
            : throw Error($"field '{name}' is '{text}', not a time written HH:mm");
    }

    public JsonRecord RequiredObject(string name, params string[] allowedFields)
    {
        if (!Has(name))
        {
            throw Error($"missing field '{name}'");
        }

        return new JsonRecord(_element.GetProperty(name), SourceName, Id, allowedFields);
    }

    public JsonRecord? OptionalObject(string name, params string[] allowedFields) =>
        Has(name) ? new JsonRecord(_element.GetProperty(name), SourceName, Id, allowedFields) : null;

    public IReadOnlyList<JsonElement> Array(string name)
    {
        if (!_element.TryGetProperty(name, out JsonElement value) || value.ValueKind != JsonValueKind.Array)
        {
            throw Error($"field '{name}' must be a list");
        }

        return [.. value.EnumerateArray()];
    }

    /// <summary>The record's "id" when it is a string, for naming it in errors before it is checked.</summary>
    public static string IdOrPath(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("id", out JsonElement id)
        && id.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(id.GetString())
            ? id.GetString()!
            : path;
}
