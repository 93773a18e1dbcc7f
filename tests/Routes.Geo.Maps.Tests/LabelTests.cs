using System.Globalization;
using System.Xml.Linq;
using Routes.Geo.Encirclement;
using Routes.Geo.Maps.Scene;
using SkiaSharp;

namespace Routes.Geo.Maps.Tests;

public class LabelTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    [Theory]
    [InlineData(1200, 900)]
    [InlineData(800, 600)]
    public void No_two_labels_of_the_encirclement_map_overlap(int width, int height)
    {
        MapImage map = StaticMaps.Encirclement(Model, new DateOnly(1944, 9, 17), new MapOptions { Width = width, Height = height });
        RealData.Keep(map, $"encirclement-1944-09-17-{width}");
        AssertNoOverlap(XDocument.Parse(map.ToSvg()));
    }

    [Fact]
    public void Every_site_of_the_encirclement_map_is_labelled_or_listed_as_dropped()
    {
        MapImage map = StaticMaps.Encirclement(Model, new DateOnly(1944, 9, 17));
        XDocument svg = XDocument.Parse(map.ToSvg());
        foreach (XElement site in Pictures.Groups(svg, "site"))
        {
            string title = site.Element(Pictures.Svg + "title")!.Value;
            string name = title[..title.LastIndexOf(" (", StringComparison.Ordinal)];
            bool labelled = site.Elements(Pictures.Svg + "text").Any(t => t.Value == name);
            Assert.True(labelled || map.DroppedLabels.Contains(name), $"{name} has no label and is not listed as dropped");
        }

        // At the default size every label of 17 September finds a place.
        Assert.Empty(map.DroppedLabels);
    }

    [Fact]
    public void The_events_caption_wraps_inside_its_box()
    {
        // 4 September has two long event lines (Hitler's fortress order; Antwerp).
        XDocument svg = XDocument.Parse(StaticMaps.Encirclement(Model, new DateOnly(1944, 9, 4), new MapOptions { Width = 800, Height = 600 }).ToSvg());
        XElement title = svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "title");
        double right = Corners(title.Element(Pictures.Svg + "path")!).Max(c => c.X);
        foreach (XElement text in title.Elements(Pictures.Svg + "text"))
        {
            Quad box = Box(text);
            Assert.True(box.Corners.Max(c => c.X) <= right + 0.5, $"'{text.Value}' runs out of the caption box ({box.Corners.Max(c => c.X):0} > {right:0})");
        }
    }

    [Fact]
    public void A_route_map_in_Lille_draws_Rue_Faidherbe_along_the_route()
    {
        // Gare Lille-Flandres to the Grand Place: the walk goes up Rue Faidherbe (OSM, Lille extract of 2017).
        Route route = RealData.Walk(RealData.Lille, 50.6366, 3.0696, 50.6370, 3.0630);
        Assert.Contains("Rue Faidherbe", route.RoadNames);
        MapImage map = StaticMaps.Route(route, Model.Sites, new MapOptions { Roads = RealData.Lille });
        RealData.Keep(map, "lille-route");
        XDocument svg = XDocument.Parse(map.ToSvg());
        XElement label = svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "street-names")
            .Elements(Pictures.Svg + "text").Single(t => t.Value == "Rue Faidherbe");

        // Its centre lies beside the route's line, and it runs the way the line runs there.
        Quad box = Box(label);
        Px centre = new(box.Corners.Average(c => c.X), box.Corners.Average(c => c.Y));
        Px[] line = [.. route.Geometry.Select(g => { (double x, double y) = map.Frame.ToPixel(g); return new Px(x, y); })];
        (double distance, double direction) = Nearest(line, centre);
        Assert.True(distance < 20, $"Rue Faidherbe's label is {distance:0.0} px from the route");
        double angle = Rotation(label);
        double difference = Math.Abs(((angle - direction + 540) % 180) - 90);
        Assert.True(difference > 80, $"the label turns {angle:0}°, the route runs at {direction:0}° there");
        AssertNoOverlap(svg);
    }

    [Fact]
    public void Roads_are_styled_by_class_major_wider_than_minor()
    {
        Route route = RealData.Walk(RealData.Lille, 50.6366, 3.0696, 50.6370, 3.0630);
        XDocument svg = XDocument.Parse(StaticMaps.Route(route, options: new MapOptions { Roads = RealData.Lille }).ToSvg());
        double Width(string cls) => double.Parse((string)Pictures.Groups(svg, cls).Single().Element(Pictures.Svg + "path")!.Attribute("stroke-width")!, CultureInfo.InvariantCulture);
        Assert.True(Width("primary") > Width("secondary") && Width("secondary") > Width("tertiary") && Width("tertiary") > Width("street"));
        Assert.Equal("#f6dcb8", (string)Pictures.Groups(svg, "primary").Single().Element(Pictures.Svg + "path")!.Attribute("stroke")!);
        string legend = Pictures.Text(svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "legend"));
        Assert.Contains("Primary road", legend, StringComparison.Ordinal);
        Assert.Contains("Footway, path or steps", legend, StringComparison.Ordinal);
    }

    /// <summary>Every label (site, port, street name) measured again with Skia's DejaVu Sans; no two boxes may overlap.</summary>
    internal static void AssertNoOverlap(XDocument svg)
    {
        var labels = svg.Descendants(Pictures.Svg + "g")
            .Where(g => ((string?)g.Attribute("class") ?? "").Split(' ').Intersect(["site", "port", "street-names"]).Any())
            .SelectMany(g => g.Elements(Pictures.Svg + "text")).Select(t => (t.Value, Box: Box(t))).ToList();
        Assert.NotEmpty(labels);
        for (int i = 0; i < labels.Count; i++)
        {
            for (int j = i + 1; j < labels.Count; j++)
            {
                double shared = Polygon(labels[i].Box).Intersection(Polygon(labels[j].Box)).Area;
                Assert.True(shared < 0.01, $"'{labels[i].Value}' overlaps '{labels[j].Value}' ({shared:0.0} px²)");
            }
        }
    }

    // NetTopologySuite's overlay, not the library's own separating-axis test.
    private static NetTopologySuite.Geometries.Polygon Polygon(Quad q) =>
        new NetTopologySuite.Geometries.GeometryFactory().CreatePolygon([.. q.Corners.Append(q.A).Select(c => new NetTopologySuite.Geometries.Coordinate(c.X, c.Y))]);

    private static Quad Box(XElement text)
    {
        double N(string name) => double.Parse((string)text.Attribute(name)!, CultureInfo.InvariantCulture);
        double size = N("font-size");
        using var typeface = SKTypeface.FromFile((string?)text.Attribute("font-weight") == "bold"
            ? "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        using var font = new SKFont(typeface, (float)size);
        double w = font.MeasureText(text.Value);
        // Cap height to baseline: accents and descenders may touch a neighbour's halo, not its letters.
        double top = font.Metrics.CapHeight, bottom = font.Metrics.Descent * 0.5;
        double x = N("x") - ((string?)text.Attribute("text-anchor") switch { "middle" => w / 2, "end" => w, _ => 0 });
        return Quad.Text(new Px(x, N("y")), w, top, bottom, Rotation(text));
    }

    private static double Rotation(XElement text) =>
        (string?)text.Attribute("transform") is { } t ? double.Parse(t["rotate(".Length..].Split(' ')[0], CultureInfo.InvariantCulture) : 0;

    private static IEnumerable<Px> Corners(XElement path) =>
        ((string)path.Attribute("d")!).Split(['M', 'L', 'Z'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).Select(v => new Px(v[0], v[1]));

    private static (double Distance, double DirectionDegrees) Nearest(Px[] line, Px p)
    {
        double best = double.MaxValue, direction = 0;
        for (int i = 1; i < line.Length; i++)
        {
            (Px a, Px b) = (line[i - 1], line[i]);
            double dx = b.X - a.X, dy = b.Y - a.Y, l2 = (dx * dx) + (dy * dy);
            double t = l2 == 0 ? 0 : Math.Clamp((((p.X - a.X) * dx) + ((p.Y - a.Y) * dy)) / l2, 0, 1);
            double d = Math.Sqrt(Math.Pow(a.X + (t * dx) - p.X, 2) + Math.Pow(a.Y + (t * dy) - p.Y, 2));
            if (d < best && l2 > 0)
            {
                (best, direction) = (d, Math.Atan2(dy, dx) * 180 / Math.PI);
            }
        }

        return (best, direction);
    }
}
