namespace Routes.Geo.Charts.Tests;

/// <summary>Small results files written in the tests themselves, read as the chart tool reads a file.</summary>
internal static class Markdown
{
    public static string[] Lines(string text) => text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    public static List<MarkdownTable> Tables(string file, string text) => MarkdownTables.Parse(file, Lines(text));
}
