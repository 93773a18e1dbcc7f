using System.Globalization;
using System.Text.Json;

namespace Routes.Geo.Routing.Customizable;

/// <summary>Reads one rule and the <c>areas</c> member of the JSON form of <see cref="CustomWeights"/>.</summary>
internal static class CustomWeightsJson
{
    private static readonly string[] BranchMembers = ["if", "else_if", "else"];

    public static CustomWeightRule ReadRule(JsonElement item, CustomWeightTarget target, string name)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidCustomWeightsException(name, "must be an object with a string \"if\" and a number \"multiply_by\".");
        }

        string? branchMember = null;
        foreach (JsonProperty member in item.EnumerateObject())
        {
            if (BranchMembers.Contains(member.Name))
            {
                branchMember = branchMember is null ? member.Name
                    : throw new InvalidCustomWeightsException(name, $"has both \"{branchMember}\" and \"{member.Name}\"; a rule is one of if, else_if or else.");
            }
            else if (member.Name != "multiply_by")
            {
                throw new InvalidCustomWeightsException(name, $"member '{member.Name}' is unknown; a rule has \"if\", \"else_if\" or \"else\", and \"multiply_by\".");
            }
        }

        if (branchMember is null || !item.TryGetProperty("multiply_by", out JsonElement factorElement))
        {
            throw new InvalidCustomWeightsException(name, "must be an object with a string \"if\" (or \"else_if\", \"else\") and a number \"multiply_by\".");
        }

        JsonElement condition = item.GetProperty(branchMember);
        CustomWeightBranch branch = branchMember switch { "if" => CustomWeightBranch.If, "else_if" => CustomWeightBranch.ElseIf, _ => CustomWeightBranch.Else };
        string text = condition.ValueKind switch
        {
            JsonValueKind.String => condition.GetString()!,
            JsonValueKind.Null when branch == CustomWeightBranch.Else => "",
            JsonValueKind.True when branch != CustomWeightBranch.Else => "true",
            _ => throw new InvalidCustomWeightsException(name, $"\"{branchMember}\" must be a string" + (branch == CustomWeightBranch.Else ? " (empty) or null." : ".")),
        };
        return new CustomWeightRule(target, text, Factor(factorElement, name)) { Branch = branch };
    }

    public static void ReadAreas(JsonElement areas, Dictionary<string, AvoidArea> into)
    {
        if (areas.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidCustomWeightsException("areas", "must be an object of GeoJSON areas by name, or a FeatureCollection whose features have an \"id\".");
        }

        if (areas.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String && type.GetString() == "FeatureCollection")
        {
            int index = 0;
            foreach (JsonElement feature in areas.TryGetProperty("features", out JsonElement features) && features.ValueKind == JsonValueKind.Array
                ? features.EnumerateArray() : throw new InvalidCustomWeightsException("areas", "a FeatureCollection needs a \"features\" array."))
            {
                string name = feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()! : throw new InvalidCustomWeightsException($"areas.features[{index}]", "a feature needs a string \"id\": the name in_NAME tests.");
                Add(into, name, feature);
                index++;
            }

            return;
        }

        foreach (JsonProperty member in areas.EnumerateObject())
        {
            Add(into, member.Name, member.Value);
        }
    }

    private static void Add(Dictionary<string, AvoidArea> into, string name, JsonElement geoJson)
    {
        if (into.ContainsKey(name))
        {
            throw new InvalidCustomWeightsException($"areas.{name}", "the name is given twice.");
        }

        try
        {
            into[name] = AvoidArea.FromGeoJson(geoJson.GetRawText(), $"areas.{name}");
        }
        catch (InvalidAreaException e)
        {
            throw new InvalidCustomWeightsException($"areas.{name}", e.Message);
        }
    }

    // A number, or a string holding one, as GraphHopper's examples write it ("multiply_by": "0.5").
    private static double Factor(JsonElement factor, string name)
    {
        if (factor.ValueKind == JsonValueKind.Number)
        {
            return factor.GetDouble();
        }

        return factor.ValueKind == JsonValueKind.String && double.TryParse(factor.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new InvalidCustomWeightsException(name, $"\"multiply_by\" must be a number, not {factor.GetRawText()}.");
    }
}
