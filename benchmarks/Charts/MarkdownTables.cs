using System.Globalization;
using System.Text.RegularExpressions;

namespace Routes.Geo.Charts;

/// <summary>A pipe table of a Markdown file, with the heading it stands under.</summary>
internal sealed record MarkdownTable(string File, string Heading, IReadOnlyList<string> Columns, IReadOnlyList<MarkdownRow> Rows)
{
    /// <summary>Index of the first column whose name contains <paramref name="part"/> (any case), or -1.</summary>
    public int Column(string part) => Columns.ToList().FindIndex(c => c.Contains(part, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One body row of a table: its 1-based line in the file and its cells.</summary>
internal sealed record MarkdownRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell in column <paramref name="column"/>, or "" where the row is short.</summary>
    public string this[int column] => column < Cells.Count ? Cells[column] : "";
}

/// <summary>Reads the pipe tables of our benchmark write-ups and the figures in their cells.</summary>
internal static partial class MarkdownTables
{
    /// <summary>The tables of a results file; throws <see cref="ResultsFormatException"/> when it has none.</summary>
    public static List<MarkdownTable> Read(string path) => Parse(Path.GetFileName(path), File.ReadAllLines(path));

    /// <summary>The tables of <paramref name="lines"/>, errors naming <paramref name="file"/>.</summary>
    public static List<MarkdownTable> Parse(string file, IReadOnlyList<string> lines)
    {
        var tables = new List<MarkdownTable>();
        string heading = "";
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith('#'))
            {
                heading = lines[i].TrimStart('#').Trim();
            }

            if (IsRow(lines[i]) && i + 1 < lines.Count && Separator().IsMatch(lines[i + 1]))
            {
                string[] columns = Cells(lines[i]);
                var rows = new List<MarkdownRow>();
                for (i += 2; i < lines.Count && IsRow(lines[i]); i++)
                {
                    rows.Add(new MarkdownRow(i + 1, Cells(lines[i])));
                }

                tables.Add(new MarkdownTable(file, heading, columns, rows));
            }
        }

        return tables.Count > 0 ? tables
            : throw new ResultsFormatException(file, Math.Max(lines.Count, 1), $"no Markdown table in its {lines.Count} lines (a header row of | cells, then a |---| separator line)");
    }

    /// <summary>A cell that says "not measured" ("", "—", "–", "-", "n/a") rather than holding a bad figure.</summary>
    public static bool IsBlank(string cell) => cell is "" or "—" or "–" or "-" || cell.Equals("n/a", StringComparison.OrdinalIgnoreCase);

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
