using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using Routes.Geo.Encirclement;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests.Story;

/// <summary>The own endpoints under /api/v1 on Lille: what they answer, checked against the model and the library, and their errors.</summary>
public sealed class OwnEndpointTests(LilleServer lille) : IClassFixture<LilleServer>
{
    private const string ThreeSites = "lille-monument-aux-fusilles,lille-monument-aux-morts,lille-statue-leon-trulin";

    [Fact]
    public async Task OpenApiDocument_DescribesEveryOwnEndpointWithItsParameters()
    {
        (int status, JsonElement doc) = await lille.GetAsync("/openapi/v1.json");

        Assert.Equal(200, status);
        JsonElement paths = doc.GetProperty("paths");
        var expected = new Dictionary<string, string[]>
        {
            ["/api/v1/network"] = [],
            ["/api/v1/sites"] = [],
            ["/api/v1/sites/{id}"] = ["id"],
            ["/api/v1/encirclement"] = ["date"],
            ["/api/v1/tour"] = ["sites", "order", "mode", "day_hours", "visit_minutes", "return"],
            ["/api/v1/tour.geojson"] = ["sites", "order", "mode", "day_hours"],
            ["/api/v1/tour.gpx"] = ["sites", "order", "mode", "day_hours"],
            ["/api/v1/route.geojson"] = ["from", "to", "mode", "language", "exclude"],
            ["/api/v1/route.gpx"] = ["from", "to", "mode", "language", "exclude"],
            ["/api/v1/isochrone"] = ["point", "minutes", "mode"],
            ["/api/v1/roads/{z}/{x}/{y}"] = ["z", "x", "y"],
            ["/api/v1/ground"] = [],
        };
        foreach ((string path, string[] parameters) in expected)
        {
            Assert.True(paths.TryGetProperty(path, out JsonElement item), $"{path} is not in the OpenAPI document");
            JsonElement get = item.GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()), $"{path} has no summary");
            Assert.True(get.GetProperty("responses").TryGetProperty("400", out _), $"{path} does not describe its 400 answer");
            string[] named = get.TryGetProperty("parameters", out JsonElement ps) ? [.. ps.EnumerateArray().Select(p => p.GetProperty("name").GetString()!)] : [];
            Assert.Subset(named.ToHashSet(), parameters.ToHashSet());
        }

        string[] own = [.. paths.EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api/", StringComparison.Ordinal))];
        Assert.Equal(expected.Keys.Order(), own.Order());
    }

    [Fact]
    public async Task Ground_OfAServerGivenNone_IsAnEmptyCollection_SoThePageKeepsItsOwnLand()
    {
        (int status, JsonElement body) = await lille.GetAsync("/api/v1/ground");

        Assert.Equal(200, status);
        Assert.Equal("FeatureCollection", body.GetProperty("type").GetString());
        Assert.Equal(0, body.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task Sites_AreTheModelsWithTheirStoryAndOnlyTheLilleOnesOnThisNetwork()
    {
        (int status, JsonElement body) = await lille.GetAsync("/api/v1/sites");

        Assert.Equal(200, status);
        EncirclementModel model = EncirclementModel.Load();
        JsonElement[] sites = [.. body.GetProperty("sites").EnumerateArray()];
        Assert.Equal(model.Sites.Select(s => s.Id), sites.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(LilleServer.Sites.Order(), sites.Where(s => s.GetProperty("on_network").GetBoolean()).Select(s => s.GetProperty("id").GetString()!).Order());
        JsonElement calais = sites.Single(s => s.GetProperty("id").GetString() == "calais");
        Assert.Equal(model.EventsAt(model.FindSite("Calais")).Count, calais.GetProperty("events").GetArrayLength());
        Assert.True(calais.GetProperty("events")[0].GetProperty("sources").GetArrayLength() > 0);

        // A Lille memorial has no story of its own: its context is the key event of the city its data places it with.
        JsonElement morts = sites.Single(s => s.GetProperty("id").GetString() == "lille-monument-aux-morts");
        Assert.Equal(0, morts.GetProperty("events").GetArrayLength());
        Assert.Equal("Lille", morts.GetProperty("context").GetProperty("place").GetString());
        Assert.Equal(model.FindSite("Lille").Chronology.EventId, morts.GetProperty("context").GetProperty("event").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Encirclement_OnADate_GivesEachPortTheModelsState()
    {
        (int status, JsonElement body) = await lille.GetAsync("/api/v1/encirclement?date=1944-09-25");

        Assert.Equal(200, status);
        EncirclementState state = EncirclementModel.Load().StateOn(new DateOnly(1944, 9, 25));
        var ports = body.GetProperty("features").EnumerateArray().Where(f => f.GetProperty("properties").TryGetProperty("port_state", out _))
            .ToDictionary(f => f.GetProperty("properties").GetProperty("site_id").GetString()!, f => f.GetProperty("properties").GetProperty("port_state").GetString()!);
        Assert.NotEmpty(ports);
        foreach ((string id, string portState) in ports)
        {
            Assert.Equal(OutputName.Of(state.Ports[id]), portState);
        }

        Assert.Equal(state.PositionsHeld.Count, body.GetProperty("features").GetArrayLength() - ports.Count);
    }

    [Fact]
    public async Task Tour_OfThreeLilleSites_IsTheLibrarysRouteThroughItsOrder()
    {
        (int status, JsonElement tour) = await lille.GetAsync($"/api/v1/tour?sites={ThreeSites}&mode=foot&order=best");

        Assert.Equal(200, status);
        string[] order = [.. tour.GetProperty("stops").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
        Assert.Equal(ThreeSites.Split(',').Order(), order.Order());
        EncirclementModel model = EncirclementModel.Load();
        GeoPoint[] points = [.. order.Select(id => model.Sites.Single(s => s.Id == id).Coordinate.Verified!.Value)];
        var graph = LilleServer.LilleEngine.Value.GraphOf(TravelMode.Walking);
        Route route = graph.Route().From(points[0]).Via(points[1]).To(points[2]).Calculate().Route;
        Assert.Equal(Math.Round(route.LengthMetres, 1), tour.GetProperty("length_m").GetDouble());
        // The best open order is no longer than either other order's route.
        foreach (int[] other in (int[][])[[1, 0, 2], [0, 2, 1]])
        {
            double length = graph.Route().From(points[other[0]]).Via(points[other[1]]).To(points[other[2]]).Calculate().Route.DurationSeconds;
            Assert.True(route.DurationSeconds <= length + 1e-6, $"order {string.Join(",", other)} is faster ({length} s) than the answer ({route.DurationSeconds} s)");
        }
    }

    [Fact]
    public async Task Tour_SplitIntoShortDays_NumbersTheLegsByDayAndAddsUpToTheTour()
    {
        (int status, JsonElement tour) = await lille.GetAsync($"/api/v1/tour?sites={ThreeSites}&mode=foot&day_hours=0.5&visit_minutes=10");

        Assert.Equal(200, status);
        JsonElement[] days = [.. tour.GetProperty("days").EnumerateArray()];
        int[] legDays = [.. tour.GetProperty("legs").EnumerateArray().Select(l => l.GetProperty("day").GetInt32())];
        Assert.True(days.Length >= 2, $"{days.Length} day(s) for about 20 minutes of walking and 30 of visits in days of 30 minutes");
        Assert.Equal(legDays.Order(), legDays);
        Assert.All(days, d => Assert.True(d.GetProperty("travel_s").GetDouble() + d.GetProperty("visit_s").GetDouble() <= (0.5 * 3600) + 0.1));
        Assert.Equal(tour.GetProperty("duration_s").GetDouble(), days.Sum(d => d.GetProperty("travel_s").GetDouble()), 0.5);
    }

    [Fact]
    public async Task Tour_InChronologicalOrder_ReportsWhatHistorysOrderCosts()
    {
        (int status, JsonElement tour) = await lille.GetAsync($"/api/v1/tour?sites={ThreeSites}&mode=car&order=chronological");

        Assert.Equal(200, status);
        Assert.Equal("chronological", tour.GetProperty("order").GetString());
        Assert.True(tour.GetProperty("chronological_s").GetDouble() >= tour.GetProperty("best_order_s").GetDouble() - 1e-6);
        Assert.True(tour.GetProperty("history_extra_percent").GetDouble() >= 0);
    }

    [Fact]
    public async Task TourGpx_IsGpxWithATrackAndAWaypointPerSite()
    {
        using HttpResponseMessage response = await lille.Client.GetAsync(new Uri($"/api/v1/tour.gpx?sites={ThreeSites}&mode=bike", UriKind.Relative));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("tour.gpx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        XDocument gpx = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.topografix.com/GPX/1/1";
        Assert.Equal(3, gpx.Root!.Elements(ns + "wpt").Count());
        Assert.True(gpx.Root.Descendants(ns + "trkpt").Count() > 10);
    }

    [Fact]
    public async Task RouteGeoJson_CarriesTheRouteAndFrenchInstructions()
    {
        (int status, JsonElement body) = await lille.GetAsync("/api/v1/route.geojson?from=3.0516,50.6377&to=3.0657,50.6375&mode=foot&language=fr");

        Assert.Equal(200, status);
        JsonElement[] features = [.. body.GetProperty("features").EnumerateArray()];
        Assert.Equal("LineString", features[0].GetProperty("geometry").GetProperty("type").GetString());
        JsonElement arrive = features.Single(f => f.GetProperty("properties").TryGetProperty("kind", out JsonElement k) && k.GetString() == "arrive");
        Assert.StartsWith("Vous avez atteint", arrive.GetProperty("properties").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Isochrone_OfTenMinutesOnFoot_IsAPolygonAroundThePoint()
    {
        (int status, JsonElement body) = await lille.GetAsync("/api/v1/isochrone?point=3.0622,50.6356&minutes=10&mode=foot");

        Assert.Equal(200, status);
        Assert.Contains(body.GetProperty("features").EnumerateArray(), f => f.GetProperty("geometry").GetProperty("type").GetString()!.EndsWith("Polygon", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/v1/encirclement?date=17-09-1944", "InvalidValue", "date")]
    [InlineData("/api/v1/encirclement?date=1946-01-01", "InvalidValue", "date")]
    [InlineData("/api/v1/encirclement?date=1944-09-17&date=1944-09-18", "InvalidQuery", "date")]
    [InlineData("/api/v1/encirclement?when=1944-09-17", "InvalidQuery", "when")]
    [InlineData("/api/v1/sites/no-such-site", "InvalidValue", "id")]
    [InlineData("/api/v1/tour?sites=lille-monument-aux-morts", "InvalidValue", "sites")]
    [InlineData("/api/v1/tour?sites=lille-monument-aux-morts,calais", "NoSegment", "sites")]
    [InlineData("/api/v1/tour?sites=lille-monument-aux-morts,lille-monument-aux-fusilles&mode=plane", "InvalidValue", "mode")]
    [InlineData("/api/v1/tour?sites=lille-monument-aux-morts,lille-monument-aux-fusilles&order=alphabetical", "InvalidValue", "order")]
    [InlineData("/api/v1/tour?sites=lille-monument-aux-morts,lille-monument-aux-fusilles&day_hours=0", "InvalidValue", "day_hours")]
    [InlineData("/api/v1/tour?sites=lille-monument-aux-morts,lille-statue-leon-trulin&day_hours=0.25&visit_minutes=10", "InvalidValue", "day_hours")]
    [InlineData("/api/v1/tour?sites=a,b,c,d,e", "TooBig", "sites")]
    [InlineData("/api/v1/isochrone?point=3.06,50.63&minutes=31", "TooBig", "minutes")]
    [InlineData("/api/v1/isochrone?point=50.63,3.06", "NoSegment", "point")]
    [InlineData("/api/v1/isochrone?point=3.06", "InvalidValue", "point")]
    [InlineData("/api/v1/route.gpx?from=3.0516,50.6377&to=200,50", "InvalidValue", "to")]
    [InlineData("/api/v1/route.geojson?from=3.0516,50.6377&to=3.0657,50.6375&language=de", "InvalidValue", "language")]
    [InlineData("/api/v1/roads/7/64/42", "InvalidValue", "z")]
    [InlineData("/api/v1/route.geojson?from=3.0516,50.6377&to=3.0657,50.6375&exclude=tunnel,highways", "InvalidValue", "exclude")]
    public async Task BadInput_Is400WithACodeAndAMessageNamingTheParameter(string url, string code, string parameter)
    {
        (int status, JsonElement body) = await lille.GetAsync(url);

        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Equal(parameter, body.GetProperty("parameter").GetString());
        Assert.Contains(parameter, body.GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoadTile_OverCentralLille_HasItsNamedMainRoads()
    {
        // Tile 15/17046/10997 covers central Lille (3.0 .. 3.05 E, 50.62 .. 50.65 N at zoom 15).
        (int x, int y) = Tile(50.6365, 3.0600, 15);
        (int status, JsonElement body) = await lille.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/v1/roads/15/{x}/{y}"));

        Assert.Equal(200, status);
        JsonElement[] roads = [.. body.GetProperty("features").EnumerateArray()];
        Assert.True(roads.Length > 50, $"only {roads.Length} roads");
        Assert.Contains(roads, r => r.GetProperty("properties").GetProperty("name").ValueKind == JsonValueKind.String);
    }

    private static (int X, int Y) Tile(double lat, double lon, int z)
    {
        double n = Math.Pow(2, z), r = lat * Math.PI / 180;
        return ((int)((lon + 180) / 360 * n), (int)((1 - (Math.Log(Math.Tan(r) + (1 / Math.Cos(r))) / Math.PI)) / 2 * n));
    }
}
