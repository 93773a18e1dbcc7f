using System.Text;
using Routes.Geo.Export;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace Routes.Geo.Charts;

/// <summary>Log-log scatter-and-line charts of time against network size, written as PNG and SVG.</summary>
internal static class ChartWriter
{
    /// <summary>The size axis' title: what is counted, and its scale.</summary>
    public const string XLabel = "Network size (edges, log scale)";

    /// <summary>Appended to the time axis' title: its scale and the units its ticks are labelled in.</summary>
    public const string YUnits = " (log scale; ticks in µs, ms, s)";

    /// <summary>Pixels of the PNG, and of the SVG's canvas.</summary>
    public const int Width = 900, Height = 600;

    private static readonly MarkerShape[] Shapes =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.OpenCircle, MarkerShape.OpenSquare, MarkerShape.OpenTriangleUp, MarkerShape.OpenDiamond];

    /// <summary>Writes <paramref name="stem"/>.png and .svg atomically; returns the paths.</summary>
    public static string[] Write(string stem, string title, string yLabel, IReadOnlyList<Figure> figures)
    {
        var plot = new Plot();
        int index = 0;
        foreach (IGrouping<string, Figure> series in figures.GroupBy(f => f.Series))
        {
            Figure[] points = [.. series.OrderBy(f => f.Edges)];
            var scatter = plot.Add.Scatter(points.Select(p => Math.Log10(p.Edges)).ToArray(), points.Select(p => Math.Log10(p.Microseconds)).ToArray());
            scatter.LegendText = series.Key;
            // Shapes as well as colours, so series stay apart in greyscale and where lines cross.
            scatter.MarkerShape = Shapes[index++ % Shapes.Length];
            scatter.MarkerSize = 9;
            scatter.LineWidth = 1.5f;
        }

        plot.Title(title);
        plot.XLabel(XLabel);
        plot.YLabel(yLabel + YUnits);
        plot.Axes.Bottom.TickGenerator = LogTicks(v => $"{Math.Pow(10, v):N0}");
        plot.Axes.Left.TickGenerator = LogTicks(Duration);
        plot.Grid.MajorLineColor = Colors.Black.WithOpacity(.15);
        plot.Grid.MinorLineColor = Colors.Black.WithOpacity(.05);
        plot.Grid.MinorLineWidth = 1;
        double x0 = Math.Floor(figures.Min(f => Math.Log10(f.Edges))), x1 = Math.Ceiling(figures.Max(f => Math.Log10(f.Edges)) + 1e-9);
        double y0 = Math.Floor(figures.Min(f => Math.Log10(f.Microseconds))), y1 = Math.Ceiling(figures.Max(f => Math.Log10(f.Microseconds)) + 1e-9);
        // A little room past the whole decades so the end tick labels are not cut.
        plot.Axes.SetLimits(x0 - 0.03, x1 + 0.06, y0 - 0.03, y1 + 0.03);
        // Below the data, where long series names cannot hide points.
        plot.ShowLegend(Edge.Bottom);

        byte[] png = plot.GetImageBytes(Width, Height, ImageFormat.Png);
        string svg = plot.GetSvgXml(Width, Height);
        AtomicFile.Write(stem + ".png", s => s.Write(png));
        AtomicFile.Write(stem + ".svg", s => s.Write(new UTF8Encoding(false).GetBytes(svg)));
        return [stem + ".png", stem + ".svg"];
    }

    private static NumericAutomatic LogTicks(Func<double, string> label) => new()
    {
        MinorTickGenerator = new LogMinorTickGenerator(),
        IntegerTicksOnly = true,
        LabelFormatter = label,
    };

    private static string Duration(double log10Microseconds)
    {
        double us = Math.Pow(10, log10Microseconds);
        return us >= 1e6 ? $"{us / 1e6:0.###} s" : us >= 1e3 ? $"{us / 1e3:0.###} ms" : $"{us:0.###} µs";
    }
}
