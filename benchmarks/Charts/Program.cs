using Routes.Geo.Charts;

// routes-geo-charts: charts of our recorded benchmark figures (benchmarks/results/*.md), written next to
// each write-up as <name>.query-time.png/.svg and <name>.preparation-time.png/.svg.
string folder = args.Length > 0 ? args[0] : Path.Combine("benchmarks", "results");
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"error: results folder '{folder}' does not exist (run from the repository root, or pass the folder).");
    return 2;
}

string[] files = [.. Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)];
var all = files.ToDictionary(f => f, MarkdownTables.Read);
Dictionary<string, double> sizes = Figures.Sizes(all.Values.SelectMany(t => t));
int written = 0;
foreach ((string file, List<MarkdownTable> tables) in all)
{
    // Sizes recorded in the same write-up win over those of others.
    var local = new Dictionary<string, double>(sizes, StringComparer.OrdinalIgnoreCase);
    foreach ((string name, double edges) in Figures.Sizes(tables))
    {
        local[name] = edges;
    }

    string stem = Path.Combine(folder, Path.GetFileNameWithoutExtension(file));
    List<Figure> queries = Figures.Queries(tables, local), preparation = Figures.Preparation(tables, local);
    if (queries.Count > 0)
    {
        written += ChartWriter.Write(stem + ".query-time", "Point-to-point query time against network size", "Time per query", queries).Length;
    }

    if (preparation.Count > 0)
    {
        written += ChartWriter.Write(stem + ".preparation-time", "Preparation time against network size", "Preparation time", preparation).Length;
    }

    Console.WriteLine($"{Path.GetFileName(file)}: {queries.Count} query figures, {preparation.Count} preparation figures");
}

Console.WriteLine($"Wrote {written} chart files to {folder}");
return 0;
