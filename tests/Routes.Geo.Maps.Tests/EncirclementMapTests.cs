using System.Globalization;
using System.Xml.Linq;
using Routes.Geo.Encirclement;
using SkiaSharp;

namespace Routes.Geo.Maps.Tests;

public class EncirclementMapTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();
    private static readonly DateOnly Sep17 = new(1944, 9, 17);

    [Fact]
    public void Svg_is_well_formed_and_has_one_group_per_position_site_and_port()
    {
        MapImage map = StaticMaps.Encirclement(Model, Sep17);
        XDocument svg = XDocument.Parse(map.ToSvg());

        EncirclementState state = Model.StateOn(Sep17);
        var positions = Pictures.Groups(svg, "position");
        Assert.Equal(state.PositionsHeld.Select(p => "position-" + p.Id).Order(), positions.Select(g => (string)g.Attribute("id")!).Order());

        var portIds = Model.Ports.Select(p => p.SiteId).ToHashSet();
        string[] expectedSites = [.. Model.Sites
            .Where(s => s.Coordinate.Verified is { } v && MapExtent.ChannelPorts.Contains(v) && !portIds.Contains(s.Id))
            .Select(s => "site-" + s.Id)];
        Assert.Equal(expectedSites.Order(), Pictures.Groups(svg, "site").Select(g => (string)g.Attribute("id")!).Order());
        Assert.Equal(3, Pictures.Groups(svg, "port").Length);
        Assert.Equal(positions.Length + expectedSites.Length + 3, map.FeatureIds.Count);
    }

    [Theory]
    [InlineData("1944-09-04", "boulogne", "german-held")]
    [InlineData("1944-09-17", "boulogne", "besieged")]
    [InlineData("1944-09-22", "boulogne", "liberated")]
    [InlineData("1944-09-30", "calais", "besieged")]
    [InlineData("1944-10-01", "calais", "liberated")]
    [InlineData("1944-09-12", "dunkirk", "encircled")]
    [InlineData("1944-10-01", "dunkirk", "besieged")]
    public void Each_port_is_marked_with_its_state_on_the_day(string day, string port, string state)
    {
        XDocument svg = XDocument.Parse(StaticMaps.Encirclement(Model, DateOnly.Parse(day, CultureInfo.InvariantCulture)).ToSvg());
        XElement group = svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "port-" + port);
        Assert.Contains(state, ((string)group.Attribute("class")!).Split(' '));
        Assert.Contains(state.Replace('-', ' ').Replace("german held", "German-held", StringComparison.Ordinal), Pictures.Text(group), StringComparison.Ordinal);
    }

    [Fact]
    public void Legend_caption_scale_north_and_attribution_are_drawn()
    {
        XDocument svg = XDocument.Parse(StaticMaps.Encirclement(Model, Sep17).ToSvg());
        string Text(string id) => Pictures.Text(svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == id));

        Assert.Contains("Legend", Text("legend"), StringComparison.Ordinal);
        Assert.Contains("Port liberated", Text("legend"), StringComparison.Ordinal);
        Assert.Contains("German outpost line, approximate", Text("legend"), StringComparison.Ordinal);
        Assert.Contains("Sunday 17 September 1944", Text("title"), StringComparison.Ordinal);
        Assert.Contains("Natural Earth", Text("attribution"), StringComparison.Ordinal);
        Assert.Contains("EPSG:3857", Text("attribution"), StringComparison.Ordinal);
        Assert.Contains("km", Text("scale-bar"), StringComparison.Ordinal);
        Assert.Equal("N", Text("north-arrow"));
    }

    [Fact]
    public void Approximate_positions_are_dashed_and_their_areas_hatched()
    {
        XDocument svg = XDocument.Parse(StaticMaps.Encirclement(Model, new DateOnly(1944, 9, 12)).ToSvg());
        XElement pocket = svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "position-dunkirk-pocket-september");
        XElement path = pocket.Element(Pictures.Svg + "path")!;
        Assert.Contains("approximate", (string)pocket.Attribute("class")!, StringComparison.Ordinal);
        Assert.StartsWith("url(#hatch-", (string)path.Attribute("fill")!, StringComparison.Ordinal);
        Assert.NotNull(path.Attribute("stroke-dasharray"));
    }

    [Theory]
    [InlineData(MapProjection.WebMercator)]
    [InlineData(MapProjection.Lambert93)]
    public void A_known_site_is_drawn_at_the_pixel_its_projection_gives(MapProjection projection)
    {
        const double Lat = 50.8443, Lon = 1.5999; // Batterie Todt (en.wikipedia), a square symbol
        var options = new MapOptions { Width = 1000, Height = 700, Projection = projection };
        MapImage map = StaticMaps.Encirclement(Model, Sep17, options);
        Func<double, double, (double, double)> formula = projection == MapProjection.Lambert93 ? Expected.Lambert93 : Expected.WebMercator;
        (double ex, double ey) = Expected.Pixel(formula, MapExtent.ChannelPorts, 1000, 700, Lat, Lon);

        XDocument svg = XDocument.Parse(map.ToSvg());
        XElement symbol = svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "site-batterie-todt").Element(Pictures.Svg + "path")!;
        double[][] vertices = [.. ((string)symbol.Attribute("d")!).Split(['M', 'L', 'Z'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray())];
        Assert.Equal(ex, vertices.Average(v => v[0]), 0.5);
        Assert.Equal(ey, vertices.Average(v => v[1]), 0.5);

        using SKBitmap png = Pictures.Decode(map.ToPng());
        Assert.True(Pictures.HasColourNear(png, ex, ey, 1, Pictures.Hex("#4a4a4a")), $"battery grey expected at ({ex:0.0}, {ey:0.0})");
    }

    [Fact]
    public void Png_has_the_asked_size_and_is_not_uniform()
    {
        using SKBitmap png = Pictures.Decode(StaticMaps.Encirclement(Model, Sep17, new MapOptions { Width = 640, Height = 480 }).ToPng());
        Assert.Equal((640, 480), (png.Width, png.Height));
        Assert.True(Pictures.LuminanceVariance(png) > 100, "the picture should show sea, land and features, not one colour");
    }

    [Fact]
    public void Scale_bar_uses_ground_metres_at_the_centre_not_projected_metres()
    {
        MapImage map = StaticMaps.Encirclement(Model, Sep17);
        MapFrame f = map.Frame;
        double lat = f.ToGeo(f.Width / 2.0, f.Height / 2.0).Latitude * Math.PI / 180;
        const double A = 6378137, E2 = 0.00669437999014;
        // Along a parallel, ground metres per radian are N cos(lat); Web Mercator gives a per radian.
        double expected = A / Math.Sqrt(1 - (E2 * Math.Sin(lat) * Math.Sin(lat))) * Math.Cos(lat) / A / f.Scale;
        Assert.Equal(expected, f.GroundMetresPerPixelAtCentre(), expected * 1e-4);
    }

    [Fact]
    public void Lambert93_north_arrow_leans_by_the_meridian_convergence()
    {
        MapFrame f = StaticMaps.Encirclement(Model, Sep17, new MapOptions { Projection = MapProjection.Lambert93 }).Frame;
        GeoPoint c = f.ToGeo(f.Width / 2.0, f.Height / 2.0);
        // Grid convergence of a Lambert conic is n (lon - lon0), n = sin 46.52°; true north is turned
        // the other way from grid north, clockwise west of 3°E (towards the cone's apex).
        double expected = Math.Sin(46.519943 * Math.PI / 180) * (3 - c.Longitude);
        Assert.Equal(expected, f.NorthAngleDegrees(), 0.02);
    }
}
