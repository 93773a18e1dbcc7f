using System.Xml.Linq;
using Routes.Geo.Encirclement;
using Routes.Geo.Tours;

namespace Routes.Geo.Maps.Tests;

public class TourMapTests
{
    [Fact]
    public void A_tour_map_draws_the_roads_under_its_legs_and_names_the_streets()
    {
        // Three memorials of central Lille (OSM historic points of the Lille extract), walked in this order.
        IReadOnlyList<Site> lille = OsmSites.DiscoverGeoJson(RealData.PathOf("lille", "historic_point.json"));
        Site[] stops = [.. new[] { "Monument aux fusillés", "Statue de Léon Trulin", "Monument aux Morts" }.Select(n => lille.First(s => s.Name == n))];
        var plan = new TourPlan([0, 1, 2], 0, ReturnToStart: false, IsProvenOptimal: true);
        Route[] legs = [.. plan.Order.Zip(plan.Order.Skip(1), (i, j) =>
        {
            (GeoPoint a, GeoPoint b) = (stops[i].Coordinate.Verified!.Value, stops[j].Coordinate.Verified!.Value);
            return RealData.Walk(RealData.Lille, a.Latitude, a.Longitude, b.Latitude, b.Longitude);
        })];
        MapImage map = StaticMaps.Tour(stops, plan, legs, new MapOptions { Roads = RealData.Lille });
        RealData.Keep(map, "lille-tour");

        XDocument svg = XDocument.Parse(map.ToSvg());
        Assert.Contains(Pictures.Groups(svg, "roads"), g => g.Elements(Pictures.Svg + "path").Any());
        string[] ids = [.. svg.Root!.Elements(Pictures.Svg + "g").Select(g => (string)g.Attribute("id")!)];
        Assert.True(Array.IndexOf(ids, "roads-casing") < Array.IndexOf(ids, "route-1"), "roads are painted under the tour");
        Assert.NotEmpty(svg.Descendants(Pictures.Svg + "g").Single(g => (string?)g.Attribute("id") == "street-names").Elements());
        Assert.All(stops, s => Assert.Contains(s.Name, Pictures.Text(svg.Root), StringComparison.Ordinal));
        LabelTests.AssertNoOverlap(svg);
    }
}
