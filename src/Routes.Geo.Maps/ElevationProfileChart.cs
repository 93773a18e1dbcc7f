using System.Globalization;
using System.Text;
using Routes.Geo.Export;
using Routes.Geo.Geodesy;
using Routes.Geo.Maps.Rendering;
using Routes.Geo.Maps.Scene;

namespace Routes.Geo.Maps;

/// <summary>
/// The elevation profile of a route as a chart: height (m) against distance along the route (km), the ground filled
/// below the line, gaps where the DEM had no height, legs' ends marked, and a title with length, ascent and descent.
/// SVG 1.1 or PNG, from one drawing.
/// </summary>
public static class ElevationProfileChart
{
    private const double Left = 64, Right = 24, Top = 48, Bottom = 52;

    /// <summary>The chart as an SVG 1.1 document.</summary>
    /// <exception cref="MapInputException">The route has no heights (a network imported without elevation), or none is known.</exception>
    public static string ToSvg(Route route, int width = 900, int height = 320)
    {
        using var stream = new MemoryStream();
        SvgRenderer.Write(Compose(route, width, height), stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The chart as PNG bytes.</summary>
    /// <exception cref="MapInputException">As <see cref="ToSvg"/>.</exception>
    public static byte[] ToPng(Route route, int width = 900, int height = 320, string? fontFile = null) =>
        PngRenderer.Render(Compose(route, width, height), fontFile);

    /// <summary>Writes SVG or PNG by the extension of <paramref name="path"/> (.svg or .png), atomically.</summary>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    /// <exception cref="MapInputException">As <see cref="ToSvg"/>.</exception>
    /// <exception cref="ExportException">The file cannot be written.</exception>
    public static void Write(string path, Route route, int width = 900, int height = 320)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".SVG" or ".PNG"))
        {
            throw new ArgumentException($"'{path}': an elevation chart is written as .svg or .png.", nameof(path));
        }

        MapScene scene = Compose(route, width, height);
        if (extension == ".SVG")
        {
            AtomicFile.Write(path, stream => SvgRenderer.Write(scene, stream));
        }
        else
        {
            byte[] png = PngRenderer.Render(scene, null);
            AtomicFile.Write(path, stream => stream.Write(png));
        }
    }

    internal static MapScene Compose(Route route, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (width < 300 || height < 160 || width > 8000 || height > 8000)
        {
            throw new MapInputException($"An elevation chart of {width} × {height} pixels: use 300 to 8,000 wide and 160 to 8,000 high.");
        }

        IReadOnlyList<double> heights = route.GeometryElevationMetres
            ?? throw new MapInputException("The route has no heights: import the network with elevation (ElevationOptions, --elevation DIR).");
        double[] distance = Distances(route.Geometry);
        double[] known = [.. heights.Where(h => !double.IsNaN(h))];
        if (known.Length == 0)
        {
            throw new MapInputException("No point of the route has a height: no DEM tile covers it.");
        }

        (double low, double high, double step) = Axis(known.Min(), known.Max());
        double totalKm = Math.Max(distance[^1] / 1000, 0.001);
        double kmStep = NiceStep(totalKm / 6);
        double plotWidth = width - Left - Right, plotHeight = height - Top - Bottom;
        Px At(double metres, double h) => new(Left + metres / 1000 / totalKm * plotWidth, Top + (high - h) / (high - low) * plotHeight);

        var groups = new List<SceneGroup>();
        var grid = new List<SceneItem>();
        var gridStyle = new Style(Stroke: "#d0d0d0", StrokeWidth: 1);
        for (double h = low; h <= high + step / 2; h += step)
        {
            Px y = At(0, h);
            grid.Add(new ScenePath([[new Px(Left, y.Y), new Px(width - Right, y.Y)]], false, gridStyle));
            grid.Add(new SceneText(new Px(Left - 6, y.Y + 4), Number(h) + " m", 11, "#444444", TextAnchor.End));
        }

        for (double km = 0; km <= totalKm + kmStep / 1000; km += kmStep)
        {
            Px x = At(km * 1000, low);
            grid.Add(new ScenePath([[new Px(x.X, Top), new Px(x.X, Top + plotHeight)]], false, gridStyle));
            grid.Add(new SceneText(new Px(x.X, Top + plotHeight + 16), Number(km, kmStep < 1 ? 1 : 0) + " km", 11, "#444444", TextAnchor.Middle));
        }

        groups.Add(new SceneGroup("grid", "furniture grid", grid));
        var ground = new List<SceneItem>();
        var line = new List<IReadOnlyList<Px>>();
        foreach ((int first, int last) in KnownRuns(heights))
        {
            var run = new List<Px>();
            for (int i = first; i <= last; i++)
            {
                run.Add(At(distance[i], heights[i]));
            }

            line.Add(run);
            ground.Add(new ScenePath([[At(distance[first], low), .. run, At(distance[last], low)]], true, new Style(Fill: "#c9dcb3", FillOpacity: 0.85)));
        }

        groups.Add(new SceneGroup("ground", "feature ground", ground));
        groups.Add(new SceneGroup("profile", "feature profile", [new ScenePath(line, false, new Style(Stroke: "#6b3e26", StrokeWidth: 2))]));
        groups.Add(new SceneGroup("legs", "feature legs", LegMarks(route, distance, At, low, high)));
        var frame = new Style(Stroke: "#555555", StrokeWidth: 1);
        string title = FormattableString.Invariant(
            $"Elevation profile: {route.LengthMetres / 1000:0.0} km, ascent {route.AscentMetres:0} m, descent {route.DescentMetres:0} m ({route.Profile})");
        string coverage = route.ElevationCoverage is < 0.999 ? FormattableString.Invariant($"; heights known on {route.ElevationCoverage:P0} of the way, the rest routed flat") : "";
        groups.Add(new SceneGroup("furniture", "furniture frame", [
            new ScenePath([[new Px(Left, Top), new Px(width - Right, Top), new Px(width - Right, Top + plotHeight), new Px(Left, Top + plotHeight)]], true, frame),
            new SceneText(new Px(Left, 28), title, 15, "#222222", Bold: true),
            new SceneText(new Px(Left, height - 12), "Distance along the route; heights from the DEM given at import" + coverage + ". Roads © OpenStreetMap contributors, ODbL 1.0.", 10, "#666666"),
        ]));
        return new MapScene(width, height, "#ffffff", groups, title);
    }

    private static List<SceneItem> LegMarks(Route route, double[] distance, Func<double, double, Px> at, double low, double high)
    {
        var items = new List<SceneItem>();
        double along = 0;
        for (int i = 0; i < route.Legs.Count - 1; i++)
        {
            along += route.Legs[i].LengthMetres;
            Px bottom = at(Math.Min(along, distance[^1]), low), top = at(Math.Min(along, distance[^1]), high);
            items.Add(new ScenePath([[bottom, top]], false, new Style(Stroke: "#1f5fa8", StrokeWidth: 1, Dash: [4, 3])));
        }

        return items;
    }

    private static double[] Distances(IReadOnlyList<GeoPoint> points)
    {
        var distance = new double[points.Count];
        for (int i = 1; i < points.Count; i++)
        {
            distance[i] = distance[i - 1] + Geodesic.Wgs84.Distance(points[i - 1], points[i]);
        }

        return distance;
    }

    private static IEnumerable<(int First, int Last)> KnownRuns(IReadOnlyList<double> heights)
    {
        for (int i = 0; i < heights.Count;)
        {
            if (double.IsNaN(heights[i]))
            {
                i++;
                continue;
            }

            int first = i;
            while (i + 1 < heights.Count && !double.IsNaN(heights[i + 1]))
            {
                i++;
            }

            yield return (first, i);
            i++;
        }
    }

    // Round bounds around the heights, at least 20 m apart so a level route does not look like a mountain.
    private static (double Low, double High, double Step) Axis(double min, double max)
    {
        double span = Math.Max(max - min, 20);
        double step = NiceStep(span / 4);
        double low = Math.Floor(min / step) * step, high = Math.Ceiling(Math.Max(max, min + span) / step) * step;
        return (low, high == low ? low + step : high, step);
    }

    private static double NiceStep(double raw)
    {
        double power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double fraction = raw / power;
        return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
    }

    private static string Number(double value, int decimals = 0) => value.ToString("N" + decimals, CultureInfo.InvariantCulture);
}
