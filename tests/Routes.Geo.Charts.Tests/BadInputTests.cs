namespace Routes.Geo.Charts.Tests;

/// <summary>A results file the tool cannot chart fails with a typed error that says where.</summary>
public class BadInputTests
{
    [Fact]
    public void FileWithoutTable_NamesFileAndLine()
    {
        const string Prose = """
            # Notes

            Only prose here, | and a stray pipe, but no table.
            """;

        var e = Assert.Throws<ResultsFormatException>(() => Markdown.Tables("notes.md", Prose));

        Assert.Equal("notes.md", e.File);
        Assert.Equal(3, e.Line);
        Assert.StartsWith("notes.md:3: no Markdown table", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonNumericCell_NamesFileAndLine()
    {
        const string Record = """
            # Peers
            | Extract | vertices / edges |
            |---|---|
            | alpha | 10 / 100 |

            | Extract | Router | Per query |
            |---|---|---:|
            | alpha | Routes.Geo CH | 12.5 µs |
            | alpha | Routino | fast |
            """;

        var e = Assert.Throws<ResultsFormatException>(() => ResultsCharts.Of(Markdown.Tables("bad.md", Record), new Dictionary<string, double>()));

        Assert.Equal(("bad.md", 9), (e.File, e.Line));
        Assert.Contains("\"Per query\"", e.Problem, StringComparison.Ordinal);
        Assert.Contains("\"fast\"", e.Problem, StringComparison.Ordinal);
        Assert.StartsWith("bad.md:9: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonNumericSize_NamesFileAndLine()
    {
        const string Record = """
            | Extract | network vertices / edges |
            |---|---|
            | alpha | 10 / 100 |
            | beta | unknown |
            """;

        var e = Assert.Throws<ResultsFormatException>(() => Figures.Sizes(Markdown.Tables("sizes.md", Record)));

        Assert.Equal(("sizes.md", 4), (e.File, e.Line));
        Assert.Contains("\"unknown\"", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("—")]
    [InlineData("")]
    [InlineData("n/a")]
    public void BlankCell_IsNotMeasured_NotAnError(string cell)
    {
        string record = $"""
            | Extract | vertices / edges | Per query |
            |---|---|---|
            | alpha | 10 / 100 | {cell} |
            | beta | 20 / 200 | 3 ms |
            """;

        ResultsCharts charts = ResultsCharts.Of(Markdown.Tables("blank.md", record), new Dictionary<string, double>());

        Assert.Equal([new Figure("Routes.Geo", 200, 3000)], charts.Queries);
    }

    [Fact]
    public void ChartTool_OnABadFile_ExitsWith2_AndPrintsFileAndLine()
    {
        string folder = Directory.CreateTempSubdirectory("charts-bad-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "bad.md"), ["| Extract | vertices / edges |", "|---|---|", "| alpha | many |"]);
            var error = new StringWriter();
            TextWriter previous = Console.Error;
            Console.SetError(error);
            object? code;
            try
            {
                code = typeof(Figure).Assembly.EntryPoint!.Invoke(null, [new[] { folder }]);
            }
            finally
            {
                Console.SetError(previous);
            }

            Assert.Equal(2, code);
            Assert.StartsWith("error: bad.md:3: ", error.ToString(), StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(folder, "*.png"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
