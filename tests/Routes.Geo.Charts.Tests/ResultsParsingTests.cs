namespace Routes.Geo.Charts.Tests;

/// <summary>What the chart tool reads out of a results file: sizes, series and points.</summary>
public class ResultsParsingTests
{
    private const string Peers = """
        # Peers — a small record

        | Extract | network vertices / edges |
        |---|---|
        | alpha | 1,000 / 2,500 |
        | beta | 20,000 / 40,000 |

        | Extract | router | found | per query (median / p90 / p99) |
        |---|---|---:|---:|
        | alpha | ours CH | 50/50 | 31.4 / 40.0 / 50.0 µs |

        | Extract | Profile | Router | Per query |
        |---|---|---|---:|
        | alpha | car | Routes.Geo CH | 12.5 µs |
        | beta | car | Routes.Geo CH | 1,250.0 µs |
        | alpha | car | pgRouting pgr_dijkstra (SQL round trip) | 2.50 ms |
        | beta | car | pgRouting pgr_dijkstra (SQL round trip) | — |
        | gamma | car | Routino | 3.00 ms |
        """;

    [Fact]
    public void QueryTable_GivesOneSeriesPerRouterAndProfile_AtTheRecordedSizes_AndSkipsPercentileTriples()
    {
        ResultsCharts charts = ResultsCharts.Of(Markdown.Tables("peers.md", Peers), new Dictionary<string, double>());

        Assert.Equal(
            [
                new Figure("Routes.Geo CH, car", 2500, 12.5),
                new Figure("Routes.Geo CH, car", 40000, 1250),
                new Figure("pgRouting pgr_dijkstra (SQL round trip), car", 2500, 2500),
            ],
            charts.Queries);
        Assert.Empty(charts.Preparation);
    }

    [Fact]
    public void SizesOfTheSameFile_WinOverThoseOfOtherFiles()
    {
        var others = new Dictionary<string, double> { ["alpha"] = 999, ["gamma"] = 7000 };

        ResultsCharts charts = ResultsCharts.Of(Markdown.Tables("peers.md", Peers), others);

        Assert.Equal(2500, charts.Queries.First(f => f.Series.StartsWith("Routes.Geo", StringComparison.Ordinal)).Edges);
        Assert.Contains(new Figure("Routino, car", 7000, 3000), charts.Queries);
    }

    [Fact]
    public void PreparationTable_IsChartedApart_AndNamedAsCH()
    {
        const string Record = """
            ## Sizes
            | Extract | vertices / edges |
            |---|---|
            | alpha | 10 / 100 |

            ## CH preparation (fastest metric)
            | Extract | Profile | Mean | Allocated |
            |---|---|---:|---:|
            | alpha | foot | 1.5 s | 16 MB |
            """;

        ResultsCharts charts = ResultsCharts.Of(Markdown.Tables("prep.md", Record), new Dictionary<string, double>());

        Assert.Equal([new Figure("Routes.Geo CH preparation, foot", 100, 1.5e6)], charts.Preparation);
        Assert.Empty(charts.Queries);
    }

    [Theory]
    [InlineData("9.3 µs", 9.3)]
    [InlineData("1,202.9 us", 1202.9)]
    [InlineData("87.3 ms", 87300)]
    [InlineData("2.1 s", 2.1e6)]
    [InlineData("500 ns", 0.5)]
    public void DurationCells_AreReadInMicroseconds(string cell, double microseconds) =>
        Assert.Equal(microseconds, MarkdownTables.Microseconds(cell)!.Value, 9);

    [Fact]
    public void RowsAndHeadings_KeepTheirFileLines()
    {
        List<MarkdownTable> tables = Markdown.Tables("peers.md", Peers);

        Assert.Equal(["Peers — a small record"], tables.Select(t => t.Heading).Distinct());
        Assert.Equal([5, 6], tables[0].Rows.Select(r => r.Line));
        Assert.Equal("gamma", tables[2].Rows.Single(r => r.Line == 18)[0]);
    }
}
