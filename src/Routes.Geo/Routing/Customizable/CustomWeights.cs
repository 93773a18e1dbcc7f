using System.Globalization;
using System.Text.Json;

namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// Per-request weights in the spirit of GraphHopper's custom models: rules that multiply a way's speed or priority where a
/// condition on its road class, its tags or a named area holds. Rules apply in order; an <c>else_if</c> or <c>else</c> rule
/// (<see cref="CustomWeightRule.Branch"/>) applies only where no earlier rule of its block (the rules since the last
/// <c>if</c> of the same target) did. The weight of a directed edge is the profile's cost divided by the product of its
/// applying priority factors and, for the fastest metric, speed factors; a factor of 0 leaves the edge out. An area
/// condition <c>in_NAME</c> holds on an edge whose geometry touches or enters the area (GraphHopper's reading: the edge
/// intersects it), so one way may be weighed differently inside and outside. Applied by customization of the customizable
/// hierarchy and cached by <see cref="Key"/>. JSON:
/// <c>{"speed": [{"if": "class == motorway", "multiply_by": 0.8}, {"else_if": "in_centre", "multiply_by": 0.5}, {"else": "", "multiply_by": 0.9}],
/// "priority": [{"if": "surface == gravel", "multiply_by": 0.5}], "areas": {"centre": {"type": "Feature", "geometry": {"type": "Polygon", ...}}}}</c>.
/// </summary>
public sealed class CustomWeights
{
    /// <summary>The largest factor a rule may have (so that no weight comes near zero).</summary>
    public const double MaxFactor = 100;

    /// <summary>The most areas one set of weights may name.</summary>
    public const int MaxAreas = 64;

    private const string AreaPrefix = "in_";
    private static readonly IReadOnlyDictionary<string, AvoidArea> NoAreas = new Dictionary<string, AvoidArea>();
    private readonly Condition[] _conditions;

    private CustomWeights(IReadOnlyList<CustomWeightRule> rules, Condition[] conditions, IReadOnlyDictionary<string, AvoidArea> areas, AvoidArea[] areaOfIndex)
    {
        Rules = rules;
        Areas = areas;
        AreaOfIndex = areaOfIndex;
        _conditions = conditions;
        Key = string.Join(";", rules.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Target}:{r.Branch}:{r.Condition.Trim()}:{r.Factor:R}")))
            + string.Concat(areas.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"@{a.Key}={a.Value.Key}"));
        TagKeys = new HashSet<string>(conditions.Where(c => c.Class is null && c.Area < 0 && c.Key.Length > 0).Select(c => c.Key), StringComparer.Ordinal);
    }

    /// <summary>No rules: the profile's own weights.</summary>
    public static CustomWeights None { get; } = new([], [], NoAreas, []);

    /// <summary>The rules, in the order they apply.</summary>
    public IReadOnlyList<CustomWeightRule> Rules { get; }

    /// <summary>The named areas the rules' <c>in_NAME</c> conditions may test (empty when none were given).</summary>
    public IReadOnlyDictionary<string, AvoidArea> Areas { get; }

    /// <summary>A text equal for equal rule lists and areas: the customization cache's key.</summary>
    public string Key { get; }

    /// <summary>The areas the conditions test, by the bit they have in an edge's area mask.</summary>
    internal AvoidArea[] AreaOfIndex { get; }

    /// <summary>
    /// The way tag keys the rules' <c>KEY == VALUE</c> and <c>KEY != VALUE</c> conditions name (class conditions read
    /// <see cref="Network.WayTagKeys.Library"/>'s): an OpenStreetMap import must keep them (<c>OsmImportOptions.ExtraWayKeys</c>).
    /// </summary>
    public IReadOnlySet<string> TagKeys { get; }

    /// <summary>The weights of <paramref name="rules"/>, checked.</summary>
    /// <exception cref="InvalidCustomWeightsException">A condition does not parse or a factor is not a number from 0 to <see cref="MaxFactor"/>; names the rule.</exception>
    public static CustomWeights Of(IEnumerable<CustomWeightRule> rules) => Of(rules, NoAreas);

    /// <summary>The weights of <paramref name="rules"/>, whose <c>in_NAME</c> conditions test the <paramref name="areas"/> of those names, checked.</summary>
    /// <param name="rules">The rules, in the order they apply.</param>
    /// <param name="areas">Areas by name (letters, digits and underscores; at most <see cref="MaxAreas"/>); those no rule names are kept but cost nothing.</param>
    /// <exception cref="InvalidCustomWeightsException">
    /// A condition does not parse or names an area not given, an <c>else_if</c> or <c>else</c> follows no <c>if</c> of its target,
    /// an <c>else</c> has a condition, a factor is not a number from 0 to <see cref="MaxFactor"/>, or an area name is not an
    /// identifier; names the rule (e.g. <c>speed[2]</c>) or the area (<c>areas.NAME</c>).
    /// </exception>
    public static CustomWeights Of(IEnumerable<CustomWeightRule> rules, IReadOnlyDictionary<string, AvoidArea> areas)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(areas);
        if (areas.Count > MaxAreas)
        {
            throw new InvalidCustomWeightsException("areas", $"{areas.Count} areas given; at most {MaxAreas} may be.");
        }

        var areaIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string name, AvoidArea area) in areas)
        {
            if (!IsIdentifier(name))
            {
                throw new InvalidCustomWeightsException($"areas.{name}", "an area's name must be letters, digits and underscores, as in_NAME names it.");
            }

            if (area is null)
            {
                throw new InvalidCustomWeightsException($"areas.{name}", "the area is null.");
            }
        }

        CustomWeightRule[] list = [.. rules];
        var conditions = new Condition[list.Length];
        var counts = new int[2];
        var open = new bool[2];
        for (int i = 0; i < list.Length; i++)
        {
            CustomWeightRule rule = list[i] ?? throw new InvalidCustomWeightsException($"[{i}]", "the rule is null.");
            if (!Enum.IsDefined(rule.Target))
            {
                throw new InvalidCustomWeightsException($"[{i}]", $"target {(int)rule.Target} is neither speed nor priority.");
            }

            int target = (int)rule.Target;
            string name = $"{rule.Target.ToString().ToLowerInvariant()}[{counts[target]++}]";
            if (!(rule.Factor >= 0 && rule.Factor <= MaxFactor))
            {
                throw new InvalidCustomWeightsException(name, string.Create(CultureInfo.InvariantCulture,
                    $"multiply_by is {rule.Factor}; it must be from 0 (leave the way out) to {MaxFactor}, as a smaller weight than that could make a cost zero or negative."));
            }

            switch (rule.Branch)
            {
                case CustomWeightBranch.If:
                    open[target] = true;
                    break;
                case CustomWeightBranch.ElseIf or CustomWeightBranch.Else when !open[target]:
                    throw new InvalidCustomWeightsException(name, $"{BranchName(rule.Branch)} must follow an if or else_if rule of the {rule.Target.ToString().ToLowerInvariant()} rules.");
                case CustomWeightBranch.ElseIf:
                    break;
                case CustomWeightBranch.Else:
                    if (!string.IsNullOrWhiteSpace(rule.Condition))
                    {
                        throw new InvalidCustomWeightsException(name, $"an else rule has no condition, but '{rule.Condition.Trim()}' was given; use else_if.");
                    }

                    open[target] = false;
                    break;
                default:
                    throw new InvalidCustomWeightsException(name, $"branch {(int)rule.Branch} is neither if, else_if nor else.");
            }

            conditions[i] = rule.Branch == CustomWeightBranch.Else ? Condition.Always with { Rule = name } : Condition.Parse(rule.Condition, name, areas, areaIndex) with { Rule = name };
        }

        AvoidArea[] areaOfIndex = [.. areaIndex.OrderBy(a => a.Value).Select(a => areas[a.Key])];
        return new CustomWeights(list, conditions, new Dictionary<string, AvoidArea>(areas, StringComparer.Ordinal), areaOfIndex);
    }

    /// <summary>
    /// Reads the JSON form (see the class summary): <c>speed</c> and <c>priority</c> arrays of rules, each with one of
    /// <c>"if"</c>, <c>"else_if"</c> (a condition) or <c>"else"</c> (<c>""</c> or null) and a <c>"multiply_by"</c> number;
    /// and <c>areas</c>, either an object of GeoJSON areas by name (a Feature, Polygon, MultiPolygon or FeatureCollection)
    /// or a FeatureCollection whose features' <c>"id"</c> are the names.
    /// </summary>
    /// <exception cref="InvalidCustomWeightsException">The JSON does not parse, has another member, or a rule or area is wrong; names the rule or area.</exception>
    public static CustomWeights FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var rules = new List<CustomWeightRule>();
        var areas = new Dictionary<string, AvoidArea>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidCustomWeightsException("", "the document must be a JSON object with speed and/or priority arrays.");
            }

            foreach (JsonProperty member in document.RootElement.EnumerateObject())
            {
                if (member.Name == "areas")
                {
                    CustomWeightsJson.ReadAreas(member.Value, areas);
                    continue;
                }

                CustomWeightTarget target = member.Name switch
                {
                    "speed" => CustomWeightTarget.Speed,
                    "priority" => CustomWeightTarget.Priority,
                    _ => throw new InvalidCustomWeightsException("", $"member '{member.Name}' is unknown; only speed, priority and areas are read."),
                };
                if (member.Value.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidCustomWeightsException(member.Name, "must be an array of {\"if\": ..., \"multiply_by\": ...}.");
                }

                int index = 0;
                foreach (JsonElement item in member.Value.EnumerateArray())
                {
                    rules.Add(CustomWeightsJson.ReadRule(item, target, $"{member.Name}[{index++}]"));
                }
            }
        }
        catch (JsonException e)
        {
            throw new InvalidCustomWeightsException("", $"the JSON does not parse (line {e.LineNumber + 1}): {e.Message}");
        }

        return Of(rules, areas);
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
        if (network.KeptWayKeys is { } kept && _conditions.FirstOrDefault(c => c.Class is null && c.Area < 0 && c.Key.Length > 0 && !kept.Contains(c.Key)) is { } missing)
        {
            throw new InvalidCustomWeightsException(missing.Rule, $"the network {network.Source} was imported without the way key '{missing.Key}' "
                + "(an import keeps only the keys its profiles and the library read); import it with that key in OsmImportOptions.ExtraWayKeys.");
        }
    }

    /// <summary>Whether a condition tests an area (then an edge's divisor depends on where it lies, not on its way alone).</summary>
    internal bool UsesAreas => AreaOfIndex.Length > 0;

    /// <summary>
    /// The divisor of an edge's cost under <paramref name="metric"/>: the product of its applying factors (0: left out), for
    /// a way with <paramref name="tags"/> and an edge in the areas whose bits (<see cref="AreaOfIndex"/>) <paramref name="inAreas"/> has.
    /// </summary>
    internal double Divisor(IReadOnlyDictionary<string, string> tags, RouteMetric metric, ulong inAreas = 0)
    {
        double divisor = 1;
        bool speedApplied = false, priorityApplied = false;
        for (int i = 0; i < _conditions.Length; i++)
        {
            CustomWeightRule rule = Rules[i];
            ref bool applied = ref rule.Target == CustomWeightTarget.Speed ? ref speedApplied : ref priorityApplied;
            bool holds = rule.Branch switch
            {
                CustomWeightBranch.If => _conditions[i].Holds(tags, inAreas),
                CustomWeightBranch.ElseIf => !applied && _conditions[i].Holds(tags, inAreas),
                _ => !applied,
            };
            applied = rule.Branch == CustomWeightBranch.If ? holds : applied || holds;
            if (holds && (rule.Target == CustomWeightTarget.Priority || metric == RouteMetric.Fastest))
            {
                divisor *= rule.Factor;
            }
        }

        return divisor;
    }

    private static string BranchName(CustomWeightBranch branch) => branch == CustomWeightBranch.ElseIf ? "else_if" : "else";

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_');

    private sealed record Condition(RoadClass? Class, string Key, string Value, bool Equal, int Area = -1)
    {
        public string Rule { get; init; } = "";

        public static Condition Always { get; } = new(null, "", "", Equal: false);

        public static Condition Parse(string? text, string rule, IReadOnlyDictionary<string, AvoidArea> areas, Dictionary<string, int> areaIndex)
        {
            string condition = text?.Trim() ?? "";
            if (condition == "true")
            {
                return Always;
            }

            if (condition.StartsWith(AreaPrefix, StringComparison.Ordinal) && !condition.Contains('=', StringComparison.Ordinal))
            {
                return AreaCondition(condition, condition, equal: true, rule, areas, areaIndex);
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
                throw new InvalidCustomWeightsException(rule, $"condition '{condition}' is not 'class == NAME', 'KEY == VALUE', 'KEY != VALUE', 'in_AREA' or 'true'.");
            }

            if (key.StartsWith(AreaPrefix, StringComparison.Ordinal))
            {
                return value is "true" or "false"
                    ? AreaCondition(key, condition, equal == (value == "true"), rule, areas, areaIndex)
                    : throw new InvalidCustomWeightsException(rule, $"condition '{condition}': an area condition compares with true or false.");
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

        public bool Holds(IReadOnlyDictionary<string, string> tags, ulong inAreas)
        {
            if (Area >= 0)
            {
                return ((inAreas >> Area) & 1) != 0 == Equal;
            }

            if (Key.Length == 0)
            {
                return true;
            }

            bool same = Class is { } c ? RoadClassRules.Matches(c, tags) : tags.TryGetValue(Key, out string? v) && v == Value;
            return same == Equal;
        }

        private static Condition AreaCondition(string key, string condition, bool equal, string rule, IReadOnlyDictionary<string, AvoidArea> areas, Dictionary<string, int> areaIndex)
        {
            string name = key[AreaPrefix.Length..];
            if (!areas.ContainsKey(name))
            {
                string known = areas.Count == 0 ? "no areas were given" : "the areas given are " + string.Join(", ", areas.Keys.Order(StringComparer.Ordinal));
                throw new InvalidCustomWeightsException(rule, $"condition '{condition}' names area '{name}', but {known}.");
            }

            if (!areaIndex.TryGetValue(name, out int index))
            {
                areaIndex[name] = index = areaIndex.Count;
            }

            return new Condition(null, key, "", equal, index);
        }
    }
}
