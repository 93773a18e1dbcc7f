namespace Routes.Geo.Charts;

/// <summary>One measured time against a network size, in a named series (engine and profile).</summary>
internal sealed record Figure(string Series, double Edges, double Microseconds);

/// <summary>
/// Picks our own figures out of the write-ups' tables: network sizes (a "vertices / edges" column),
/// preparation times (import or contraction tables with a Mean or Preparation column) and query times
/// (a "Per query" column). A column named Engine, Router or Peer names the series (Routino, pgRouting);
/// otherwise the series is Routes.Geo; a Profile column adds the profile. A cell of a column read here that
/// is neither a figure nor blank ("", "—", "n/a") is an error naming its file and line.
/// </summary>
internal static class Figures
{
    public static Dictionary<string, double> Sizes(IEnumerable<MarkdownTable> tables)
    {
        var sizes = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (MarkdownTable t in tables)
        {
            // Only a "vertices / edges" column gives a network's size; other columns mention edges too.
            int size = t.Column("vertices / edges");
            if (size < 0)
            {
                continue;
            }

            foreach (MarkdownRow row in t.Rows.Where(r => !MarkdownTables.IsBlank(r[size])))
            {
                sizes[row[0]] = MarkdownTables.LastInteger(row[size]) ?? throw NotA(t, row, size, "a count such as \"4,218 / 5,479\"");
            }
        }

        return sizes;
    }

    public static List<Figure> Preparation(IEnumerable<MarkdownTable> tables, IReadOnlyDictionary<string, double> sizes) =>
        Collect(tables.Where(t => t.Heading.Contains("import", StringComparison.OrdinalIgnoreCase)
                || t.Heading.Contains("prepar", StringComparison.OrdinalIgnoreCase)
                || t.Heading.Contains("contraction", StringComparison.OrdinalIgnoreCase)),
            t => Math.Max(t.Column("Preparation"), t.Column("Mean")), sizes,
            t => t.Heading.Contains("contraction", StringComparison.OrdinalIgnoreCase) || t.Heading.StartsWith("CH ", StringComparison.Ordinal)
                ? "CH preparation" : "import");

    // A "Per query" column holding one figure per cell (not "median / p90 / p99" triples).
    public static List<Figure> Queries(IEnumerable<MarkdownTable> tables, IReadOnlyDictionary<string, double> sizes) =>
        Collect(tables, t => t.Columns.ToList().FindIndex(c => c.StartsWith("Per query", StringComparison.OrdinalIgnoreCase) && !c.Contains('/', StringComparison.Ordinal)), sizes, _ => "");

    private static List<Figure> Collect(IEnumerable<MarkdownTable> tables, Func<MarkdownTable, int> timeColumn,
        IReadOnlyDictionary<string, double> sizes, Func<MarkdownTable, string> what)
    {
        var figures = new List<Figure>();
        foreach (MarkdownTable t in tables)
        {
            int time = timeColumn(t);
            if (time < 0)
            {
                continue;
            }

            int engine = new[] { t.Column("Engine"), t.Column("Router"), t.Column("Peer") }.Max();
            int profile = t.Column("Profile");
            foreach (MarkdownRow row in t.Rows.Where(r => !MarkdownTables.IsBlank(r[time])))
            {
                double us = MarkdownTables.Microseconds(row[time]) ?? throw NotA(t, row, time, "a duration such as \"31.4 µs\" or \"3.20 ms\"");
                // Rows of networks with no recorded size (the synthetic ones of other tables) have no place on the size axis.
                if (!sizes.TryGetValue(row[0], out double edges))
                {
                    continue;
                }

                string name = string.Join(' ', new[] { engine >= 0 ? row[engine] : "Routes.Geo", what(t) }.Where(s => s.Length > 0))
                    + (profile >= 0 && row[profile].Length > 0 ? ", " + row[profile] : "");
                figures.Add(new Figure(name, edges, us));
            }
        }

        return figures;
    }

    private static ResultsFormatException NotA(MarkdownTable table, MarkdownRow row, int column, string expected) =>
        new(table.File, row.Line, $"column \"{table.Columns[column]}\" holds \"{row[column]}\", not {expected}");
}
