using System.Globalization;
using System.Text.Json;

namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// Per-request weights in the spirit of GraphHopper's custom models: rules that multiply a way's speed or priority where a
/// condition on its road class or tags holds; every matching rule applies, in order. The weight of a directed edge is the
/// profile's cost divided by the product of its priority factors and, for the fastest metric, of its speed factors; a
/// factor of 0 leaves the way out. Applied by customization of the customizable hierarchy and cached by <see cref="Key"/>.
/// JSON: <c>{"speed": [{"if": "class == motorway", "multiply_by": 0.8}], "priority": [{"if": "surface == gravel", "multiply_by": 0.5}]}</c>.
/// </summary>
public sealed class CustomWeights
{
    /// <summary>The largest factor a rule may have (so that no weight comes near zero).</summary>
    public const double MaxFactor = 100;

    private readonly Condition[] _conditions;

    private CustomWeights(IReadOnlyList<CustomWeightRule> rules, Condition[] conditions)
    {
        Rules = rules;
        _conditions = conditions;
        Key = string.Join(";", rules.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Target}:{r.Condition.Trim()}:{r.Factor:R}")));
        TagKeys = new HashSet<string>(conditions.Where(c => c.Class is null && c.Key.Length > 0).Select(c => c.Key), StringComparer.Ordinal);
    }

    /// <summary>No rules: the profile's own weights.</summary>
    public static CustomWeights None { get; } = new([], []);

    /// <summary>The rules, in the order they apply.</summary>
    public IReadOnlyList<CustomWeightRule> Rules { get; }

    /// <summary>A text equal for equal rule lists: the customization cache's key.</summary>
    public string Key { get; }

    /// <summary>
    /// The way tag keys the rules' <c>KEY == VALUE</c> and <c>KEY != VALUE</c> conditions name (class conditions read
    /// <see cref="Network.WayTagKeys.Library"/>'s): an OpenStreetMap import must keep them (<c>OsmImportOptions.ExtraWayKeys</c>).
    /// </summary>
    public IReadOnlySet<string> TagKeys { get; }

    /// <summary>The weights of <paramref name="rules"/>, checked.</summary>
    /// <exception cref="InvalidCustomWeightsException">A condition does not parse or a factor is not a number from 0 to <see cref="MaxFactor"/>; names the rule.</exception>
    public static CustomWeights Of(IEnumerable<CustomWeightRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        CustomWeightRule[] list = [.. rules];
        var conditions = new Condition[list.Length];
        var counts = new int[2];
        for (int i = 0; i < list.Length; i++)
        {
            CustomWeightRule rule = list[i] ?? throw new InvalidCustomWeightsException($"[{i}]", "the rule is null.");
            string name = $"{rule.Target.ToString().ToLowerInvariant()}[{counts[(int)rule.Target]++}]";
            if (!Enum.IsDefined(rule.Target))
            {
                throw new InvalidCustomWeightsException($"[{i}]", $"target {(int)rule.Target} is neither speed nor priority.");
            }

            if (!(rule.Factor >= 0 && rule.Factor <= MaxFactor))
            {
                throw new InvalidCustomWeightsException(name, string.Create(CultureInfo.InvariantCulture,
                    $"multiply_by is {rule.Factor}; it must be from 0 (leave the way out) to {MaxFactor}, as a smaller weight than that could make a cost zero or negative."));
            }

            conditions[i] = Condition.Parse(rule.Condition, name) with { Rule = name };
        }

        return new CustomWeights(list, conditions);
    }

    /// <summary>Reads the JSON form (see the class summary): <c>speed</c> and <c>priority</c> arrays of <c>{"if", "multiply_by"}</c>.</summary>
    /// <exception cref="InvalidCustomWeightsException">The JSON does not parse, has another member, or a rule is wrong; names the rule.</exception>
    public static CustomWeights FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var rules = new List<CustomWeightRule>();
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidCustomWeightsException("", "the document must be a JSON object with speed and/or priority arrays.");
            }

            foreach (JsonProperty member in document.RootElement.EnumerateObject())
            {
                CustomWeightTarget target = member.Name switch
                {
                    "speed" => CustomWeightTarget.Speed,
                    "priority" => CustomWeightTarget.Priority,
                    _ => throw new InvalidCustomWeightsException("", $"member '{member.Name}' is unknown; only speed and priority are read."),
                };
                if (member.Value.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidCustomWeightsException(member.Name, "must be an array of {\"if\": ..., \"multiply_by\": ...}.");
                }

                int index = 0;
                foreach (JsonElement item in member.Value.EnumerateArray())
                {
                    string name = $"{member.Name}[{index++}]";
                    if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("if", out JsonElement condition) || condition.ValueKind != JsonValueKind.String
                        || !item.TryGetProperty("multiply_by", out JsonElement factor) || factor.ValueKind != JsonValueKind.Number)
                    {
                        throw new InvalidCustomWeightsException(name, "must be an object with a string \"if\" and a number \"multiply_by\".");
                    }

                    rules.Add(new CustomWeightRule(target, condition.GetString()!, factor.GetDouble()));
                }
            }
        }
        catch (JsonException e)
        {
            throw new InvalidCustomWeightsException("", $"the JSON does not parse (line {e.LineNumber + 1}): {e.Message}");
        }

        return Of(rules);
    }

    /// <summary>Reads the JSON file at <paramref name="path"/> (see <see cref="FromJson"/>).</summary>
    /// <exception cref="InvalidCustomWeightsException">The file cannot be read or its rules are wrong; names the file and the rule.</exception>
    public static CustomWeights Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidCustomWeightsException("", $"cannot be read ({e.Message}).", path);
        }

        try
        {
            return FromJson(text);
        }
        catch (InvalidCustomWeightsException e)
        {
            string detail = e.Message[(e.Message.IndexOf(": ", StringComparison.Ordinal) + 2)..];
            throw new InvalidCustomWeightsException(e.Rule, detail, path);
        }
    }

    // A rule on a key the import dropped would never hold (or always, with !=): refused rather than silently ignored.
    internal void CheckKeysKeptBy(RoadNetwork network)
    {
        if (network.KeptWayKeys is { } kept && _conditions.FirstOrDefault(c => c.Class is null && c.Key.Length > 0 && !kept.Contains(c.Key)) is { } missing)
        {
            throw new InvalidCustomWeightsException(missing.Rule, $"the network {network.Source} was imported without the way key '{missing.Key}' "
                + "(an import keeps only the keys its profiles and the library read); import it with that key in OsmImportOptions.ExtraWayKeys.");
        }
    }

    /// <summary>The divisor of a way's cost under <paramref name="metric"/>: the product of its matching factors (0: left out).</summary>
    internal double Divisor(IReadOnlyDictionary<string, string> tags, RouteMetric metric)
    {
        double divisor = 1;
        for (int i = 0; i < _conditions.Length; i++)
        {
            if ((Rules[i].Target == CustomWeightTarget.Priority || metric == RouteMetric.Fastest) && _conditions[i].Holds(tags))
            {
                divisor *= Rules[i].Factor;
            }
        }

        return divisor;
    }

    private sealed record Condition(RoadClass? Class, string Key, string Value, bool Equal)
    {
        public string Rule { get; init; } = "";

        public static Condition Parse(string? text, string rule)
        {
            string condition = text?.Trim() ?? "";
            if (condition == "true")
            {
                return new Condition(null, "", "", Equal: false);
            }

            int at = condition.IndexOf("==", StringComparison.Ordinal);
            bool equal = at >= 0;
            if (!equal)
            {
                at = condition.IndexOf("!=", StringComparison.Ordinal);
            }

            string key = at > 0 ? condition[..at].Trim() : "", value = at > 0 ? condition[(at + 2)..].Trim() : "";
            if (key.Length == 0 || value.Length == 0 || value.Contains('=', StringComparison.Ordinal) || key.Contains(' ', StringComparison.Ordinal))
            {
                throw new InvalidCustomWeightsException(rule, $"condition '{condition}' is not 'class == NAME', 'KEY == VALUE', 'KEY != VALUE' or 'true'.");
            }

            if (key == "class")
            {
                RoadClassSet set;
                try
                {
                    set = RoadClassSet.Parse(value);
                }
                catch (UnknownRoadClassException e)
                {
                    throw new InvalidCustomWeightsException(rule, e.Message);
                }

                return set.Classes.Count == 1 ? new Condition(set.Classes[0], key, value, equal)
                    : throw new InvalidCustomWeightsException(rule, $"condition '{condition}' must name one road class.");
            }

            return new Condition(null, key, value, equal);
        }

        public bool Holds(IReadOnlyDictionary<string, string> tags)
        {
            if (Key.Length == 0)
            {
                return true;
            }

            bool same = Class is { } c ? RoadClassRules.Matches(c, tags) : tags.TryGetValue(Key, out string? v) && v == Value;
            return same == Equal;
        }
    }
}
