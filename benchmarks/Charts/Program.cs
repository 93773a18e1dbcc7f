using Routes.Geo.Charts;

// routes-geo-charts: charts of our recorded benchmark figures (benchmarks/results/*.md), written next to
// each write-up as <name>.query-time.png/.svg and <name>.preparation-time.png/.svg.
string folder = args.Length > 0 ? args[0] : Path.Combine("benchmarks", "results");
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"error: results folder '{folder}' does not exist (run from the repository root, or pass the folder).");
    return 2;
}

try
{
    string[] files = [.. Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)];
    var all = files.ToDictionary(f => f, MarkdownTables.Read);
    Dictionary<string, double> sizes = Figures.Sizes(all.Values.SelectMany(t => t));
    int written = 0;
    foreach ((string file, List<MarkdownTable> tables) in all)
    {
        var charts = ResultsCharts.Of(tables, sizes);
        written += charts.Write(Path.Combine(folder, Path.GetFileNameWithoutExtension(file))).Count;
        Console.WriteLine($"{Path.GetFileName(file)}: {charts.Queries.Count} query figures, {charts.Preparation.Count} preparation figures");
    }

    Console.WriteLine($"Wrote {written} chart files to {folder}");
    return 0;
}
catch (ResultsFormatException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}
