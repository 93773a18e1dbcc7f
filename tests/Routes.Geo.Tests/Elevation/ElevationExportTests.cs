using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Routes.Geo.Elevation;
using Routes.Geo.Export;

namespace Routes.Geo.Tests.Elevation;

/// <summary>What the heights add to a route's exports: a third GeoJSON position value (RFC 7946 §3.1.1) and GPX &lt;ele&gt;.</summary>
public sealed class ElevationExportTests
{
    // A street over rows 0..3 on a DEM rising 7.5 m a row from 100 m: every height is known in closed form.
    private static Route Walk(bool withHeights)
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 1), (2, 1), (3, 1));
        RoadNetwork network = tiny.Build();
        if (withHeights)
        {
            network = network.WithElevation(new ElevationOptions(new SlopeDem(7.5)));
        }

        return network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0.2, 0)).To(TinyNetwork.At(2.8, 1)).Calculate().Route;
    }

    private static double SlopeHeight(double latitude) => 100 + ((latitude - 50.6) / 0.001 * 7.5);

    [Fact]
    public void GeoJson_PositionsCarryTheGroundHeight_AndTheFeatureItsClimb()
    {
        Route route = Walk(withHeights: true);

        using JsonDocument json = JsonDocument.Parse(RouteGeoJson.ToGeoJson([new RouteGeoJson.Entry(route, "A", "B")]));

        JsonElement feature = json.RootElement.GetProperty("features")[0];
        List<JsonElement> positions = [.. feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()];
        Assert.Equal(route.Geometry.Count, positions.Count);
        foreach (JsonElement p in positions)
        {
            Assert.Equal(3, p.GetArrayLength());
            Assert.Equal(SlopeHeight(p[1].GetDouble()), p[2].GetDouble(), 0.051);
        }

        JsonElement properties = feature.GetProperty("properties");
        // Up from row 0.2 to row 2.8 only: 2.6 rows of 7.5 m, no descent.
        Assert.Equal(19.5, properties.GetProperty("ascent_m").GetDouble(), 0.051);
        Assert.Equal(0, properties.GetProperty("descent_m").GetDouble());
        Assert.Equal(1, properties.GetProperty("elevation_coverage").GetDouble());
    }

    [Fact]
    public void Gpx_TrackPointsCarryTheirEle_InMetres()
    {
        Route route = Walk(withHeights: true);

        XDocument gpx = XDocument.Parse(RouteGpx.ToGpx(route, "walk", []));

        XNamespace ns = gpx.Root!.Name.Namespace;
        List<XElement> points = [.. gpx.Descendants(ns + "trkpt")];
        Assert.Equal(route.Geometry.Count, points.Count);
        foreach (XElement p in points)
        {
            double latitude = double.Parse(p.Attribute("lat")!.Value, CultureInfo.InvariantCulture);
            double ele = double.Parse(p.Element(ns + "ele")!.Value, CultureInfo.InvariantCulture);
            Assert.Equal(SlopeHeight(latitude), ele, 0.051);
        }
    }

    [Fact]
    public void FlatNetwork_WritesTwoValuePositions_NoClimbProperties_AndNoEle()
    {
        Route route = Walk(withHeights: false);

        using JsonDocument json = JsonDocument.Parse(RouteGeoJson.ToGeoJson([new RouteGeoJson.Entry(route, "A", "B")]));
        XDocument gpx = XDocument.Parse(RouteGpx.ToGpx(route, "walk", []));

        JsonElement feature = json.RootElement.GetProperty("features")[0];
        Assert.All(feature.GetProperty("geometry").GetProperty("coordinates").EnumerateArray(), p => Assert.Equal(2, p.GetArrayLength()));
        Assert.False(feature.GetProperty("properties").TryGetProperty("ascent_m", out _));
        Assert.False(feature.GetProperty("properties").TryGetProperty("elevation_coverage", out _));
        Assert.DoesNotContain(gpx.Descendants(), e => e.Name.LocalName == "ele");
    }
}
