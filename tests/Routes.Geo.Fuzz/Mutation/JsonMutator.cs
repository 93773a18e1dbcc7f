using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Routes.Geo.Fuzz.Mutation;

/// <summary>
/// GeoJSON-aware mutations: on the parsed tree (geometry types, coordinate arrays, property values)
/// and on the text (numbers, strings, nesting, brackets, invalid UTF-8), then format-blind bytes.
/// </summary>
internal static partial class JsonMutator
{
    private static readonly string[] Numbers =
    [
        "1e400", "-1e400", "1e-400", "-0", "NaN", "Infinity", "-Infinity", "12345678901234567890123456789012345678901234567890",
        "9223372036854775808", "-9223372036854775809", "1.7976931348623157e308", "4.9e-324", "0x10", "1.", ".5", "1e", "\"1\"", "null", "true", "[]", "{}",
    ];

    private static readonly string[] StringContents =
    [
        "", "\\ud800", "\\udfff\\ud800", "\\u0000", "\\x41", "\\", "a\\ud83d", "\\uDC00x",
    ];

    // Raw bytes that are not UTF-8: a lone continuation, a truncated pair, an encoded surrogate, past U+10FFFF, overlong.
    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80], [0xE2, 0x82]];

    private static readonly string[] GeometryTypes =
    [
        "Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection",
        "Feature", "FeatureCollection", "Circle", "", "linestring",
    ];

    private static readonly int[] NestingDepths = [10, 63, 64, 65, 1000, 100_000];

    public static byte[] Mutate(byte[] json, FuzzRandom random, List<string> log)
    {
        byte[] output = json;
        int steps = random.Next(1, 4);
        for (int i = 0; i < steps; i++)
        {
            output = random.Next(10) switch
            {
                < 4 => MutateTree(output, random, log),
                < 9 => MutateText(output, random, log),
                _ => ByteMutator.Mutate(output, random, log),
            };
        }

        return output;
    }

    private static byte[] MutateTree(byte[] json, FuzzRandom random, List<string> log)
    {
        JsonNode? root;
        var nodes = new List<JsonNode>();
        try
        {
            // JsonNode decodes names lazily: walking it now finds invalid UTF-8, lone surrogates and duplicate names.
            root = JsonNode.Parse(json);
            Collect(root, nodes);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            root = null;
        }

        if (root is null || nodes.Count == 0)
        {
            return MutateText(json, random, log);
        }

        switch (random.Next(6))
        {
            case 0 when nodes.OfType<JsonObject>().Where(o => o.ContainsKey("type")).ToList() is { Count: > 0 } typed:
                string type = random.Pick(GeometryTypes);
                random.Pick(typed)["type"] = type;
                log.Add($"json type = '{type}'");
                break;
            case 1 when nodes.OfType<JsonObject>().Where(o => o["coordinates"] is JsonArray).ToList() is { Count: > 0 } geometries:
                var coordinates = (JsonArray)random.Pick(geometries)["coordinates"]!;
                int keep = random.Next(Math.Min(3, coordinates.Count + 1));
                while (coordinates.Count > keep)
                {
                    coordinates.RemoveAt(coordinates.Count - 1);
                }

                log.Add($"json coordinates cut to {keep}");
                break;
            case 2 when nodes.Count > 1:
                JsonNode victim = nodes[random.Next(1, nodes.Count)];
                Detach(victim);
                log.Add($"json delete {victim.GetPath()}");
                break;
            case 3 when nodes.OfType<JsonArray>().Where(a => a.Count > 0).ToList() is { Count: > 0 } arrays:
                JsonArray array = random.Pick(arrays);
                JsonNode? element = array[random.Next(array.Count)];
                int elementBytes = (element?.ToJsonString().Length ?? 4) + 1;
                int copies = Math.Min(random.Pick([1, 1, 2, 100, 10_000]), (ByteMutator.MaxInputBytes - json.Length) / elementBytes);
                for (int c = 0; c < copies; c++)
                {
                    array.Add(element?.DeepClone());
                }

                log.Add($"json duplicate an element of {array.GetPath()} x{copies}");
                break;
            case 4 when nodes.Count > 1:
                JsonNode target = nodes[random.Next(1, nodes.Count)];
                JsonNode? replacement = random.Chance(0.5) ? random.Pick(nodes).DeepClone() : JsonNode.Parse(random.Pick(Numbers.Where(IsJson).ToList()));
                log.Add($"json replace {target.GetPath()}");
                Replace(target, replacement);
                break;
            default:
                return MutateText(json, random, log);
        }

        try
        {
            return Encoding.UTF8.GetBytes(root.ToJsonString());
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate in a string value only shows when the tree is written back.
            return MutateText(json, random, log);
        }
    }

    // Text mutations work on Latin-1, which maps each byte to one char, so invalid UTF-8 survives them.
    private static byte[] MutateText(byte[] json, FuzzRandom random, List<string> log)
    {
        string text = Encoding.Latin1.GetString(json);
        switch (random.Next(6))
        {
            case 0 when NumberToken().Matches(text) is { Count: > 0 } numbers:
                Match number = numbers[random.Next(numbers.Count)];
                string value = random.Pick(Numbers);
                text = string.Concat(text.AsSpan(0, number.Index), value, text.AsSpan(number.Index + number.Length));
                log.Add($"text number at {number.Index} = {value}");
                break;
            case 1 when StringToken().Matches(text) is { Count: > 0 } strings:
                Match s = strings[random.Next(strings.Count)];
                string content = random.Chance(0.2) ? new string('x', 100_000) : random.Pick(StringContents);
                int into = s.Index + 1 + random.Next(s.Length - 1);
                text = text.Insert(into, content);
                log.Add($"text string content at {into} += {(content.Length > 20 ? content.Length + " chars" : content)}");
                break;
            case 2 when StringToken().Matches(text) is { Count: > 0 } strings:
                Match target = strings[random.Next(strings.Count)];
                byte[] bad = random.Pick(InvalidUtf8);
                int at = target.Index + 1 + random.Next(target.Length - 1);
                text = text.Insert(at, Encoding.Latin1.GetString(bad));
                log.Add($"text invalid UTF-8 {Convert.ToHexString(bad)} at {at}");
                break;
            case 3 when ValueStart().Matches(text) is { Count: > 0 } values:
                int depth = random.Pick(NestingDepths);
                Match v = values[random.Next(values.Count)];
                int start = v.Index + v.Length;
                int end = ValueEnd(text, start);
                char open = random.Chance(0.5) ? '[' : '{';
                string opening = open == '[' ? new string('[', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth));
                string closing = new(open == '[' ? ']' : '}', depth);
                text = text[..start] + opening + text[start..end] + closing + text[end..];
                log.Add($"text nest {open} x{depth} at {start}");
                break;
            case 4 when Closers().Matches(text) is { Count: > 0 } closers:
                int drop = random.Chance(0.5) ? closers[^1].Index : closers[random.Next(closers.Count)].Index;
                text = text.Remove(drop, 1);
                log.Add($"text drop the closer at {drop}");
                break;
            default:
                return ByteMutator.Mutate(json, random, log);
        }

        return Encoding.Latin1.GetBytes(text);
    }

    // End of the JSON value starting at start (after a ':' or '[' or ','): the next ',', ']' or '}' at depth 0.
    private static int ValueEnd(string text, int start)
    {
        int depth = 0;
        bool inString = false;
        for (int i = start; i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}' or ',')
            {
                if (depth == 0)
                {
                    return i;
                }

                if (c != ',')
                {
                    depth--;
                }
            }
        }

        return text.Length;
    }

    private static bool IsJson(string value)
    {
        try
        {
            JsonNode.Parse(value);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            Collect(child, nodes);
        }
    }

    private static void Detach(JsonNode node)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o.Remove(o.First(p => ReferenceEquals(p.Value, node)).Key);
                break;
            case JsonArray a:
                a.Remove(node);
                break;
        }
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject o:
                o[o.First(p => ReferenceEquals(p.Value, node)).Key] = replacement;
                break;
            case JsonArray a:
                a[a.IndexOf(node)] = replacement;
                break;
        }
    }

    [GeneratedRegex(@"-?\d+(\.\d+)?([eE][+-]?\d+)?")]
    private static partial Regex NumberToken();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringToken();

    [GeneratedRegex(@"[:\[,]\s*")]
    private static partial Regex ValueStart();

    [GeneratedRegex(@"[\]}]")]
    private static partial Regex Closers();
}
