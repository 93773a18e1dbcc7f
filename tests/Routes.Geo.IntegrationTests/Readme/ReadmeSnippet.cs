using System.Text.RegularExpressions;

namespace Routes.Geo.IntegrationTests.Readme;

/// <summary>
/// One ```csharp block of the README, with what the HTML comment on the line before it declares for a deliberately
/// partial snippet: <c>&lt;!-- snippet: usings="A B" given="Route route; RoutingGraph foot" --&gt;</c>.
/// </summary>
internal sealed partial record ReadmeSnippet(int Line, string Code, IReadOnlyList<string> Usings, string Given)
{
    /// <summary>Every ```csharp block of <paramref name="markdown"/>, in order, with its 1-based opening line.</summary>
    public static IReadOnlyList<ReadmeSnippet> All(string markdown)
    {
        string[] lines = markdown.Split('\n');
        var snippets = new List<ReadmeSnippet>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```csharp")
            {
                continue;
            }

            int end = Array.FindIndex(lines, i + 1, l => l.TrimEnd() == "```");
            if (end < 0)
            {
                throw new InvalidOperationException($"README line {i + 1}: a ```csharp block is never closed.");
            }

            Match marker = i > 0 ? Marker().Match(lines[i - 1]) : Match.Empty;
            IReadOnlyList<string> usings = marker.Success && marker.Groups["usings"].Success
                ? marker.Groups["usings"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : [];
            string given = marker.Success && marker.Groups["given"].Success ? marker.Groups["given"].Value : "";
            snippets.Add(new ReadmeSnippet(i + 1, string.Join('\n', lines[(i + 1)..end]), usings, given));
            i = end;
        }

        return snippets;
    }

    /// <summary>
    /// The snippet as a compilation unit: its own using directives and the declared ones at the top, its statements
    /// in an async method whose parameters are the declared givens (so <c>await</c> and the givens are in scope).
    /// </summary>
    public string ToCompilationUnit()
    {
        var directives = new List<string>(Usings.Select(u => $"using {u};"));
        var body = new List<string>();
        foreach (string line in Code.Split('\n'))
        {
            (UsingDirective().IsMatch(line) ? directives : body).Add(line);
        }

        string parameters = string.Join(", ", Given.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"""
            {string.Join('\n', directives)}

            internal static class ReadmeSnippetAtLine{Line}
            {"{"}
                internal static async System.Threading.Tasks.Task Run({parameters})
                {"{"}
                    await System.Threading.Tasks.Task.CompletedTask;
            {string.Join('\n', body)}
                {"}"}
            {"}"}
            """;
    }

    [GeneratedRegex("""^<!--\s*snippet:(\s+usings="(?<usings>[^"]*)")?(\s+given="(?<given>[^"]*)")?\s*-->""")]
    private static partial Regex Marker();

    // A using directive (not a `using var` declaration).
    [GeneratedRegex(@"^using\s+(static\s+)?[\w.]+\s*;")]
    private static partial Regex UsingDirective();
}
