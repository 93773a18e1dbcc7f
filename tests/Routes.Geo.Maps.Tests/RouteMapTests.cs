using System.Globalization;
using System.Xml.Linq;
using Routes.Geo.Encirclement;
using Routes.Geo.Tours;

namespace Routes.Geo.Maps.Tests;

public class RouteMapTests
{
    private static readonly EncirclementModel Model = EncirclementModel.Load();

    [Fact]
    public void Route_map_draws_the_line_numbered_stops_at_their_pixels_and_the_sites_beside_it()
    {
        Route route = MapsTestData.Line(50.95, 1.86, 50.86, 1.74);
        MapImage map = StaticMaps.Route(route, Model.Sites, new MapOptions { Width = 800, Height = 600 });
        XDocument svg = XDocument.Parse(map.ToSvg());

        Assert.Single(Pictures.Groups(svg, "route"));
        XElement[] stops = Pictures.Groups(svg, "stop");
        Assert.Equal(["1", "2"], stops.Select(Pictures.Text));
        XElement start = stops[0].Element(Pictures.Svg + "circle")!;
        (double ex, double ey) = Expected.Pixel(Expected.WebMercator, map.Frame.Extent, 800, 600, 50.95, 1.86);
        Assert.Equal(ex, double.Parse((string)start.Attribute("cx")!, CultureInfo.InvariantCulture), 0.5);
        Assert.Equal(ey, double.Parse((string)start.Attribute("cy")!, CultureInfo.InvariantCulture), 0.5);

        Assert.Contains(Pictures.Groups(svg, "site"), g => (string?)g.Attribute("id") == "site-calais-canadian-war-cemetery");
        Assert.Contains("Calais Canadian War Cemetery", Pictures.Text(svg.Root!), StringComparison.Ordinal);
        string attribution = Pictures.Text(svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "attribution"));
        Assert.Contains("© OpenStreetMap contributors", attribution, StringComparison.Ordinal);
    }

    [Fact]
    public void Tour_map_numbers_stops_in_the_plan_order_with_one_line_per_leg()
    {
        Site[] stops = [Model.FindSite("calais"), Model.FindSite("boulogne"), Model.FindSite("batterie-todt")];
        var plan = new TourPlan([0, 2, 1], 0, ReturnToStart: true, IsProvenOptimal: true);
        Route[] legs =
        [
            MapsTestData.Line(50.948, 1.856, 50.844, 1.600),
            MapsTestData.Line(50.844, 1.600, 50.726, 1.615),
            MapsTestData.Line(50.726, 1.615, 50.948, 1.856),
        ];
        XDocument svg = XDocument.Parse(StaticMaps.Tour(stops, plan, legs).ToSvg());

        Assert.Equal(3, Pictures.Groups(svg, "route").Length);
        Assert.Equal(["1. Calais", "2. Batterie Todt", "3. Boulogne"],
            Pictures.Groups(svg, "stop").Select(g => g.Element(Pictures.Svg + "title")!.Value));
    }

    [Fact]
    public void Stops_without_a_verified_coordinate_cannot_be_placed()
    {
        Site unverified = Model.FindSite("batterie-lindemann");
        var plan = new TourPlan([0, 1], 0, ReturnToStart: false, IsProvenOptimal: true);
        var e = Assert.Throws<MapInputException>(() => StaticMaps.Tour([Model.FindSite("calais"), unverified], plan, [MapsTestData.Line(50.9, 1.8, 50.9, 1.7)]));
        Assert.Contains("no verified coordinate", e.Message, StringComparison.Ordinal);
    }
}
