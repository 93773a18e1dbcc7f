using System.Text.Json;
using Routes.Geo.Export;

namespace Routes.Geo.Tests.Export;

public sealed class RouteGeoJsonTests
{
    [Fact]
    public void Route_IsAnRfc7946LineStringWithBboxAttributionAndNoCrs()
    {
        string text = RouteGeoJson.ToGeoJson([new RouteGeoJson.Entry(SampleRoutes.Walk, "Monument aux Morts", "Monument aux fusillés")]);
        using JsonDocument json = JsonDocument.Parse(text);
        JsonElement root = json.RootElement;

        Assert.False(root.TryGetProperty("crs", out _));
        Assert.Equal([3.051623, 50.635566, 3.062158, 50.637725], root.GetProperty("bbox").EnumerateArray().Select(v => v.GetDouble()));
        JsonElement feature = Assert.Single(root.GetProperty("features").EnumerateArray());
        Assert.Equal("LineString", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(3.062158, feature.GetProperty("geometry").GetProperty("coordinates")[0][0].GetDouble());
        Assert.Equal(Attribution.OpenStreetMap, feature.GetProperty("properties").GetProperty("attribution").GetString());
        Assert.Equal("Monument aux fusillés", feature.GetProperty("properties").GetProperty("to").GetString());
        Assert.Contains("fusillés", text, StringComparison.Ordinal);
    }
}
