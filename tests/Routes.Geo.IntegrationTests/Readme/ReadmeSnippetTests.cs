using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Routes.Geo.IntegrationTests.Readme;

/// <summary>
/// The README's C# examples compile against the packages as built, so they cannot drift from the API. Each block is
/// compiled by Roslyn with the SDK's implicit usings only, plus what an HTML comment before a partial block declares.
/// </summary>
public sealed class ReadmeSnippetTests
{
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    public static TheoryData<int> SnippetLines()
    {
        var lines = new TheoryData<int>();
        foreach (ReadmeSnippet snippet in Snippets())
        {
            lines.Add(snippet.Line);
        }

        return lines;
    }

    [Fact]
    public void Readme_HasTheApiExamples()
    {
        // The main job's example, which must need no declared usings or givens: it stands alone.
        ReadmeSnippet main = Assert.Single(Snippets(), s => s.Code.Contains("using Routes.Geo;", StringComparison.Ordinal));
        Assert.Empty(main.Usings);
        Assert.Empty(main.Given);
        Assert.True(Snippets().Count >= 8, $"found {Snippets().Count} ```csharp blocks");
    }

    [Theory]
    [MemberData(nameof(SnippetLines))]
    public void ReadmeSnippet_Compiles(int line)
    {
        ReadmeSnippet snippet = Snippets().Single(s => s.Line == line);
        string source = string.Join('\n', ImplicitUsings.Select(u => $"global using {u};")) + "\n" + snippet.ToCompilationUnit();
        CSharpCompilation compilation = CSharpCompilation.Create(
            $"ReadmeSnippet{line}",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        string[] errors = [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
        Assert.True(errors.Length == 0, $"README line {line} does not compile:\n{string.Join('\n', errors)}\n--- as compiled:\n{source}");
    }

    [Fact]
    public void BrokenSnippet_IsReported()
    {
        // The check itself can fail: a call to a member that does not exist is an error.
        ReadmeSnippet broken = Assert.Single(ReadmeSnippet.All("```csharp\nusing Routes.Geo;\nRouter.NoSuchMethod();\n```\n"));
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Broken", [CSharpSyntaxTree.ParseText(broken.ToCompilationUnit())], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "CS0117");
    }

    private static IReadOnlyList<ReadmeSnippet> Snippets() =>
        ReadmeSnippet.All(File.ReadAllText(Path.Combine(SharedData.RepositoryRoot(), "README.md")));

    // The runtime's assemblies and the test's own dependencies (the five packages among them), one per name.
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        string platform = (string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "";
        IEnumerable<string> paths = platform.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"));
        return [.. paths.Where(File.Exists).DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(p => MetadataReference.CreateFromFile(p))];
    }
}
