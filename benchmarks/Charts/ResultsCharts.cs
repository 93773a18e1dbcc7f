namespace Routes.Geo.Charts;

/// <summary>What one results file charts: its query and preparation figures, placed by network size.</summary>
internal sealed record ResultsCharts(List<Figure> Queries, List<Figure> Preparation)
{
    /// <summary>The figures of one file's tables; sizes recorded in the same file win over <paramref name="otherSizes"/>.</summary>
    public static ResultsCharts Of(IReadOnlyList<MarkdownTable> tables, IReadOnlyDictionary<string, double> otherSizes)
    {
        var sizes = new Dictionary<string, double>(otherSizes, StringComparer.OrdinalIgnoreCase);
        foreach ((string name, double edges) in Figures.Sizes(tables))
        {
            sizes[name] = edges;
        }

        return new ResultsCharts(Figures.Queries(tables, sizes), Figures.Preparation(tables, sizes));
    }

    /// <summary>Writes <paramref name="stem"/>.query-time and .preparation-time as PNG and SVG, each when it has figures; returns the paths.</summary>
    public List<string> Write(string stem)
    {
        var written = new List<string>();
        if (Queries.Count > 0)
        {
            written.AddRange(ChartWriter.Write(stem + ".query-time", "Point-to-point query time against network size", "Time per query", Queries));
        }

        if (Preparation.Count > 0)
        {
            written.AddRange(ChartWriter.Write(stem + ".preparation-time", "Preparation time against network size", "Preparation time", Preparation));
        }

        return written;
    }
}
