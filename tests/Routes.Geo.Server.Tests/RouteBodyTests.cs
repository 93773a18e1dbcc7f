using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests;

/// <summary>Our extension of /route: a POST body with avoid_areas and custom_weights, against the library's route with the same request, on Monaco.</summary>
public sealed class RouteBodyTests(MonacoServer monaco) : IClassFixture<MonacoServer>
{
    private static readonly GeoPoint From = new(43.7311, 7.4197), To = new(43.7384, 7.4246);

    [Fact]
    public async Task AvoidAreas_TheRouteNeverEntersTheSquare_AndEqualsTheLibrarysAvoidingRoute()
    {
        (int plainStatus, JsonElement plain) = await monaco.GetAsync($"/route/v1/driving/{LibraryAgreementTests.Coordinates(From, To)}?overview=full&geometries=geojson");
        Assert.Equal(200, plainStatus);
        JsonElement[] line = [.. plain.GetProperty("routes")[0].GetProperty("geometry").GetProperty("coordinates").EnumerateArray()];
        // A square of about 70 m around the middle of the unrestricted route, which therefore crosses it.
        (double lon, double lat) = (line[line.Length / 2][0].GetDouble(), line[line.Length / 2][1].GetDouble());
        const double Half = 0.0004;
        string square = string.Create(CultureInfo.InvariantCulture,
            $$"""{"type":"Polygon","coordinates":[[[{{lon - Half}},{{lat - Half}}],[{{lon + Half}},{{lat - Half}}],[{{lon + Half}},{{lat + Half}}],[{{lon - Half}},{{lat + Half}}],[{{lon - Half}},{{lat - Half}}]]]}""");
        bool Inside(JsonElement p) => Math.Abs(p[0].GetDouble() - lon) < Half && Math.Abs(p[1].GetDouble() - lat) < Half;
        Assert.Contains(line, Inside);

        (int status, JsonElement body) = await PostAsync($"/route/v1/driving/{LibraryAgreementTests.Coordinates(From, To)}?overview=full&geometries=geojson", $$"""{"avoid_areas": {{square}}}""");

        Assert.Equal(200, status);
        JsonElement served = body.GetProperty("routes")[0];
        Assert.DoesNotContain(served.GetProperty("geometry").GetProperty("coordinates").EnumerateArray(), Inside);
        Route library = monaco.Engine.GraphOf(TravelMode.Driving).Route().From(From).To(To).Avoiding(AvoidArea.FromGeoJson(square)).Calculate().Route;
        Assert.Equal(library.LengthMetres, served.GetProperty("distance").GetDouble(), 0.051);
        Assert.True(library.LengthMetres > plain.GetProperty("routes")[0].GetProperty("distance").GetDouble(), "the way round is no longer than the way through");
    }

    [Fact]
    public async Task CustomWeights_ServedRoutesEqualTheLibrarysWithTheSameRules_AndSomeDifferFromThePlainOnes()
    {
        const string Rules = """{"priority": [{"if": "highway == primary", "multiply_by": 0.05}]}""";
        CustomWeights weights = CustomWeights.FromJson(Rules);
        RoutingGraph graph = monaco.Engine.GraphOf(TravelMode.Driving);
        GeoPoint[] points = [From, To, new(43.7275, 7.4150), new(43.7440, 7.4300), new(43.7330, 7.4235)];
        int differ = 0;
        foreach (GeoPoint a in points)
        {
            foreach (GeoPoint b in points.Where(b => b != a))
            {
                (int status, JsonElement body) = await PostAsync($"/route/v1/driving/{LibraryAgreementTests.Coordinates(a, b)}?overview=false", $$"""{"custom_weights": {{Rules}}}""");
                Route library = graph.Route().From(a).To(b).WithCustomWeights(weights).Calculate().Route;
                Route plain = graph.Route().From(a).To(b).Calculate().Route;
                Assert.Equal(200, status);
                Assert.Equal(library.LengthMetres, body.GetProperty("routes")[0].GetProperty("distance").GetDouble(), 0.051);
                differ += Math.Abs(library.LengthMetres - plain.LengthMetres) > 1 ? 1 : 0;
            }
        }

        Assert.True(differ >= 3, $"only {differ} of 20 routes changed when primary roads were made 20 times less attractive");
    }

    [Theory]
    [InlineData("not json", "InvalidOptions", "not JSON")]
    [InlineData("[1, 2]", "InvalidOptions", "must be a JSON object")]
    [InlineData("""{"avoid": {}}""", "InvalidOptions", "member 'avoid' is unknown")]
    [InlineData("""{"avoid_areas": {"type": "Polygon", "coordinates": [[[7.42, 43.73], [7.43, 43.73], [7.43, 43.74]]]}}""", "InvalidValue", "avoid_areas")]
    [InlineData("""{"avoid_areas": {"type": "Polygon", "coordinates": [[[7.42, 43.73], [7.43, 43.74], [7.43, 43.73], [7.42, 43.74], [7.42, 43.73]]]}}""", "InvalidValue", "avoid_areas")]
    [InlineData("""{"custom_weights": {"priority": [{"if": "highway == primary", "multiply_by": -1}]}}""", "InvalidValue", "custom_weights")]
    [InlineData("""{"custom_weights": {"priority": [{"if": "class = = primary", "multiply_by": 0.5}]}}""", "InvalidValue", "custom_weights")]
    public async Task BadBody_IsHttp400WithTheCodeAndAMessageNamingTheProblem(string bodyText, string code, string fragment)
    {
        (int status, JsonElement body) = await PostAsync($"/route/v1/driving/{LibraryAgreementTests.Coordinates(From, To)}", bodyText);

        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Contains(fragment, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostToAnotherService_IsRefusedAsNotServed()
    {
        (int status, JsonElement body) = await PostAsync($"/table/v1/driving/{LibraryAgreementTests.Coordinates(From, To)}", "{}");

        Assert.Equal(405, status);
        Assert.Equal("InvalidUrl", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task BodyOverTheLimit_IsTooBig()
    {
        string padding = new(' ', 20 * 1024);
        (int status, JsonElement body) = await PostAsync($"/route/v1/driving/{LibraryAgreementTests.Coordinates(From, To)}", "{" + padding + "}");

        Assert.Equal(400, status);
        Assert.Equal("TooBig", body.GetProperty("code").GetString());
    }

    private async Task<(int Status, JsonElement Body)> PostAsync(string url, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await monaco.Client.PostAsync(new Uri(url, UriKind.Relative), content);
        return ((int)response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>());
    }
}
