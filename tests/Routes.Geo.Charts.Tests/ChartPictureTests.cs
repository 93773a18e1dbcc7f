using System.Xml.Linq;
using SkiaSharp;

namespace Routes.Geo.Charts.Tests;

/// <summary>What a written chart shows: every series named in the legend, axes that say their scale and units, a picture that is not blank.</summary>
public sealed class ChartPictureTests : IDisposable
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Figure[] Figures =
    [
        new("Routes.Geo CH (in process, whole query), car", 2812, 29.2),
        new("Routes.Geo CH (in process, whole query), car", 7947, 56.9),
        new("Routino (one process per query), car", 2812, 3100),
        new("Routino (one process per query), car", 7947, 4440),
        new("pgRouting pgr_dijkstra (SQL round trip), car", 2812, 3360),
        new("pgRouting pgr_dijkstra (SQL round trip), car", 7947, 9800),
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("charts-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Svg_IsWellFormed_AndItsLegendNamesEverySeriesOnce()
    {
        string[] texts = SvgTexts(Write());

        foreach (string series in Figures.Select(f => f.Series).Distinct())
        {
            Assert.Single(texts, t => t == series);
        }
    }

    [Fact]
    public void AxisTitles_StateLogScaleAndUnits()
    {
        string[] texts = SvgTexts(Write());

        Assert.Contains("Network size (edges, log scale)", texts);
        Assert.Contains("Time per query (log scale; ticks in µs, ms, s)", texts);
    }

    [Fact]
    public void TimeTicks_CarryTheirUnit_AcrossDecades()
    {
        string[] texts = SvgTexts(Write());

        // The figures run from 29 µs to 9.8 ms: whole decades from 10 µs to 10 ms are ticked.
        Assert.Contains("10 µs", texts);
        Assert.Contains("1 ms", texts);
        Assert.Contains("10 ms", texts);
    }

    [Fact]
    public void Png_IsNotUniform_AndHasTheChartSize()
    {
        using SKBitmap png = SKBitmap.Decode(Write()[0]) ?? throw new InvalidOperationException("not a PNG");

        Assert.Equal((ChartWriter.Width, ChartWriter.Height), (png.Width, png.Height));
        SKColor background = png.GetPixel(0, 0);
        int drawn = 0, total = 0;
        for (int y = 0; y < png.Height; y += 3)
        {
            for (int x = 0; x < png.Width; x += 3)
            {
                total++;
                drawn += png.GetPixel(x, y) != background ? 1 : 0;
            }
        }

        // Axes, ticks, lines, markers and text: some of the picture, but far from all of it.
        Assert.InRange((double)drawn / total, 0.02, 0.5);
    }

    private string[] Write() => ChartWriter.Write(Path.Combine(_folder, "record.query-time"), "Query time", "Time per query", Figures);

    private static string[] SvgTexts(string[] written)
    {
        XDocument svg = XDocument.Load(written.Single(p => p.EndsWith(".svg", StringComparison.Ordinal)));
        return [.. svg.Descendants(Svg + "text").Select(t => t.Value.Trim())];
    }
}
