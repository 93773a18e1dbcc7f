using System.Globalization;
using System.Text.RegularExpressions;

namespace Routes.Geo.Charts;

/// <summary>A pipe table of a Markdown file, with the heading it stands under.</summary>
internal sealed record MarkdownTable(string File, string Heading, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Index of the first column whose name contains <paramref name="part"/> (any case), or -1.</summary>
    public int Column(string part) => Columns.ToList().FindIndex(c => c.Contains(part, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Reads the pipe tables of our benchmark write-ups and the figures in their cells.</summary>
internal static partial class MarkdownTables
{
    public static List<MarkdownTable> Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        var tables = new List<MarkdownTable>();
        string heading = "";
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#').Trim();
            }

            if (IsRow(lines[i]) && i + 1 < lines.Length && Separator().IsMatch(lines[i + 1]))
            {
                string[] columns = Cells(lines[i]);
                var rows = new List<IReadOnlyList<string>>();
                for (i += 2; i < lines.Length && IsRow(lines[i]); i++)
                {
                    rows.Add(Cells(lines[i]));
                }

                tables.Add(new MarkdownTable(Path.GetFileName(path), heading, columns, rows));
            }
        }

        return tables;
    }

    /// <summary>A duration cell ("9.3 µs", "87.3 ms", "1,202.9 us", "2.1 s") in microseconds; null if it is none.</summary>
    public static double? Microseconds(string cell)
    {
        Match m = Duration().Match(cell);
        if (!m.Success)
        {
            return null;
        }

        double value = double.Parse(m.Groups["v"].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return m.Groups["u"].Value switch
        {
            "ns" => value / 1000,
            "µs" or "us" or "μs" => value,
            "ms" => value * 1000,
            "s" => value * 1e6,
            "min" => value * 6e7,
            _ => null,
        };
    }

    /// <summary>The last integer of a cell ("4,218 / 5,479" gives 5479: edges after vertices), or null.</summary>
    public static double? LastInteger(string cell)
    {
        MatchCollection all = Integer().Matches(cell);
        return all.Count == 0 ? null : double.Parse(all[^1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
    }

    private static bool IsRow(string line) => line.TrimStart().StartsWith('|');

    private static string[] Cells(string line) => [.. line.Trim().Trim('|').Split('|').Select(c => c.Trim().Trim('*', '`'))];

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}")]
    private static partial Regex Separator();

    [GeneratedRegex(@"(?<v>\d[\d,]*(?:\.\d+)?)\s*(?<u>ns|µs|μs|us|ms|s|min)\b")]
    private static partial Regex Duration();

    [GeneratedRegex(@"\d[\d,]*")]
    private static partial Regex Integer();
}
