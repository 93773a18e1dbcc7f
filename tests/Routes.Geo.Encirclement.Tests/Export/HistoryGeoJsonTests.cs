using System.Text.Json;
using Routes.Geo.Export;

namespace Routes.Geo.Encirclement.Tests.Export;

public sealed class HistoryGeoJsonTests : IDisposable
{
    private static readonly EncirclementModel Model = ExportSamples.Model;
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-history-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Sites_AreLongitudeLatitudePoints_WithBboxAndNoCrs()
    {
        using JsonDocument json = JsonDocument.Parse(HistoryGeoJson.SitesToGeoJson(Model.Sites));
        JsonElement root = json.RootElement;

        Assert.False(root.TryGetProperty("crs", out _));
        Assert.Equal(4, root.GetProperty("bbox").GetArrayLength());
        Assert.Equal(Model.Sites.Count, root.GetProperty("features").GetArrayLength());
        JsonElement dunkirk = Feature(root, "dunkirk");
        GeoPoint expected = Model.FindSite("dunkirk").Coordinate.Verified!.Value;
        JsonElement xy = dunkirk.GetProperty("geometry").GetProperty("coordinates");
        Assert.Equal(Math.Round(expected.Longitude, 7), xy[0].GetDouble());
        Assert.Equal(Math.Round(expected.Latitude, 7), xy[1].GetDouble());
        Assert.Equal("verified", dunkirk.GetProperty("properties").GetProperty("status").GetString());
    }

    [Fact]
    public void UnverifiedAndConflictingSites_HaveANullGeometryAndCarryTheirStatus()
    {
        using JsonDocument json = JsonDocument.Parse(HistoryGeoJson.SitesToGeoJson(Model.Sites));

        JsonElement lindemann = Feature(json.RootElement, "batterie-lindemann");
        Assert.Equal(JsonValueKind.Null, lindemann.GetProperty("geometry").ValueKind);
        Assert.False(lindemann.TryGetProperty("bbox", out _));
        Assert.Equal("unverified", lindemann.GetProperty("properties").GetProperty("status").GetString());
        JsonElement citadel = Feature(json.RootElement, "calais-citadel");
        Assert.Equal(JsonValueKind.Null, citadel.GetProperty("geometry").ValueKind);
        Assert.Equal("conflicting", citadel.GetProperty("properties").GetProperty("status").GetString());
        string candidates = citadel.GetProperty("properties").GetProperty("candidates").GetString()!;
        Assert.Contains("festungswelt.de", candidates, StringComparison.Ordinal);
        Assert.Contains("en.wikipedia", candidates, StringComparison.Ordinal);
    }

    [Fact]
    public void OsmDerivedSites_CarryTheOdblAttribution_AndOthersDoNot()
    {
        SiteMerge merge = Model.WithDiscoveredSites(OsmSites.Discover(OsmTestData.MonacoPath));
        using JsonDocument json = JsonDocument.Parse(HistoryGeoJson.SitesToGeoJson(merge.Sites));

        Assert.Equal(Attribution.OpenStreetMap, Property(Feature(json.RootElement, "lille-monument-aux-morts"), "attribution"));
        Assert.Null(Property(Feature(json.RootElement, "calais-citadel"), "attribution"));
        JsonElement fort = Feature(json.RootElement, "osm-way-143229028");
        Assert.Equal(Attribution.OpenStreetMap, Property(fort, "attribution"));
        Assert.Equal("way", Property(fort, "osm_type"));
        Assert.Equal(143229028, fort.GetProperty("properties").GetProperty("osm_id").GetInt64());
    }

    [Fact]
    public void Positions_HaveIsoStartAndInclusiveEnd_PrecisionAndCounterClockwiseRings()
    {
        using JsonDocument json = Written(path => HistoryGeoJson.WritePositions(path, Model));

        JsonElement siege = Feature(json.RootElement, "dunkirk-pocket-static");
        Assert.Equal("1944-09-17", Property(siege, "start"));
        Assert.Equal("1945-05-09", Property(siege, "end"));
        Assert.StartsWith("approximate", Property(siege, "precision"), StringComparison.Ordinal);
        Assert.True(siege.GetProperty("properties").GetProperty("approximate").GetBoolean());
        JsonElement pocket = Feature(json.RootElement, "dunkirk-pocket-september");
        Assert.Equal(126.2, pocket.GetProperty("properties").GetProperty("area_km2").GetDouble(), 0.1);
        foreach (string id in new[] { "dunkirk-pocket-september", "cap-gris-nez-batteries" })
        {
            JsonElement ring = Feature(json.RootElement, id).GetProperty("geometry").GetProperty("coordinates")[0];
            Assert.True(SignedArea(ring) > 0, $"{id}: exterior ring is clockwise");
        }
    }

    [Fact]
    public void Events_HaveIsoDaysAndTheSourcesTime()
    {
        using JsonDocument json = Written(path => HistoryGeoJson.WriteEvents(path, Model));

        JsonElement undergo = Feature(json.RootElement, "ev-1944-09-25-undergo");
        Assert.Equal("1944-09-25", Property(undergo, "start"));
        Assert.Equal("1944-09-25", Property(undergo, "end"));
        Assert.Equal("10:15", Property(undergo, "start_time"));
        Assert.Equal("MultiPoint", undergo.GetProperty("geometry").GetProperty("type").GetString());
        HistoricalEvent longest = Model.Events.Where(e => e.End is not null).MaxBy(e => e.LastDay.DayNumber - e.Start.DayNumber)!;
        Assert.Equal(longest.End!.Value.ToString("yyyy-MM-dd", null), Property(Feature(json.RootElement, longest.Id), "end"));
    }

    [Fact]
    public void EveryCoordinate_IsRoundedToSevenDecimals()
    {
        using JsonDocument json = Written(path => HistoryGeoJson.WritePositions(path, Model));

        foreach (JsonElement feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            foreach (double value in Numbers(feature.GetProperty("geometry").GetProperty("coordinates")))
            {
                Assert.Equal(Math.Round(value, 7), value);
            }
        }
    }

    private JsonDocument Written(Action<string> write)
    {
        string path = Path.Combine(_folder, "out.geojson");
        write(path);
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    private static JsonElement Feature(JsonElement root, string id) =>
        root.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    private static string? Property(JsonElement feature, string name) => feature.GetProperty("properties").GetProperty(name).GetString();

    private static double SignedArea(JsonElement ring)
    {
        double[][] p = [.. ring.EnumerateArray().Select(c => new[] { c[0].GetDouble(), c[1].GetDouble() })];
        return Enumerable.Range(1, p.Length - 1).Sum(i => (p[i - 1][0] * p[i][1]) - (p[i][0] * p[i - 1][1])) / 2;
    }

    private static IEnumerable<double> Numbers(JsonElement element) => element.ValueKind == JsonValueKind.Array
        ? element.EnumerateArray().SelectMany(Numbers)
        : [element.GetDouble()];
}
