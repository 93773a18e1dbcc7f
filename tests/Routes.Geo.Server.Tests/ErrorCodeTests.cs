using System.Globalization;
using System.Text.Json;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests;

/// <summary>Every OSRM error code from a crafted request: HTTP 400, the code, and a message naming the problem.</summary>
public sealed class ErrorCodeTests(MonacoServer monaco) : IClassFixture<MonacoServer>
{
    private const string Two = "7.4197,43.7311;7.4246,43.7384";

    [Theory]
    [InlineData("/route/v1/driving", "InvalidUrl", "/{service}/v1/{profile}/{coordinates}")]
    [InlineData("/route/v1/driving/7.4197,43.7311;7.42x,43.73", "InvalidUrl", "Coordinate 1 '7.42x,43.73'")]
    [InlineData("/route/v1/driving/7.4197;7.4246,43.7384", "InvalidUrl", "Coordinate 0 '7.4197'")]
    [InlineData("/route/v1/driving/polyline(_p~iF~ps|)", "InvalidUrl", "encoded polyline")]
    [InlineData("/route/v1/hovercraft/" + Two, "InvalidUrl", "Profile 'hovercraft'")]
    [InlineData("/route/v1/driving/" + Two + ".flatbuffers", "InvalidUrl", "Format 'flatbuffers'")]
    [InlineData("/match/v1/driving/" + Two, "InvalidService", "Service 'match' is not served")]
    [InlineData("/itinerary/v1/driving/" + Two, "InvalidService", "Service 'itinerary' is unknown")]
    [InlineData("/route/v2/driving/" + Two, "InvalidVersion", "Version 'v2'")]
    [InlineData("/nearest/v1/driving/" + Two, "InvalidOptions", "exactly one coordinate; 2 were given")]
    [InlineData("/route/v1/driving/7.4197,43.7311", "InvalidOptions", "at least 2 coordinates; 1 was given")]
    [InlineData("/table/v1/driving/" + Two + "?sources=0&destinations=2", "InvalidOptions", "destinations: index 2 names no coordinate")]
    [InlineData("/route/v1/driving/" + Two + "?steps", "InvalidQuery", "'steps' is not option=value")]
    [InlineData("/route/v1/driving/" + Two + "?speed_limit=fast", "InvalidQuery", "'speed_limit' is not an option of the route service")]
    [InlineData("/route/v1/driving/" + Two + "?steps=true&steps=false", "InvalidQuery", "option 'steps' is given twice")]
    [InlineData("/route/v1/driving/" + Two + "?geometries=wkt", "InvalidValue", "geometries: 'wkt'")]
    [InlineData("/route/v1/driving/" + Two + "?radiuses=10", "InvalidValue", "radiuses: 1 element for 2 coordinates")]
    [InlineData("/route/v1/driving/" + Two + "?radiuses=10;-3", "InvalidValue", "radius of coordinate 1 is -3")]
    [InlineData("/route/v1/driving/" + Two + "?bearings=;400,10", "InvalidValue", "bearings: '400,10' (coordinate 1)")]
    [InlineData("/route/v1/driving/" + Two + "?approaches=curb;kerb", "InvalidValue", "approaches: 'kerb' (coordinate 1)")]
    [InlineData("/route/v1/driving/" + Two + "?steps=yes", "InvalidValue", "steps: 'yes' is not true or false")]
    [InlineData("/route/v1/driving/" + Two + "?language=de", "InvalidValue", "language: 'de'")]
    [InlineData("/route/v1/driving/7.4197,43.7311;43.7384,97.4246", "InvalidValue", "Coordinate 1 has longitude 43.7384 and latitude 97.4246")]
    [InlineData("/table/v1/driving/" + Two + "?annotations=speed", "InvalidValue", "annotations: 'speed'")]
    [InlineData("/nearest/v1/driving/7.4197,43.7311?number=0", "InvalidValue", "number: '0'")]
    [InlineData("/route/v1/driving/7.4197,43.7311;7.4500,43.7000", "NoSegment", "coordinate 1")]
    [InlineData("/nearest/v1/walking/7.4500,43.7000", "NoSegment", "coordinate 0")]
    [InlineData("/table/v1/driving/7.4197,43.7311;7.4500,43.7000", "NoSegment", "coordinate 1")]
    [InlineData("/route/v1/driving/7.4197,43.7311;7.4246,43.7384?radiuses=;0.5", "NoSegment", "coordinate 1")]
    [InlineData("/table/v1/driving/7.4197,43.7311;7.4246,43.7384;7.42,43.735;7.421,43.736", "TooBig", "at most 3x3 cells; this one has 4x4")]
    [InlineData("/nearest/v1/driving/7.4197,43.7311?number=6", "TooBig", "limit of 5 results")]
    public async Task CraftedRequest_IsRefusedWithItsCodeAndAMessageNamingTheProblem(string url, string code, string named)
    {
        (int status, JsonElement body) = await monaco.GetAsync(url);

        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Contains(named, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadPercentEscape_IsInvalidQuery()
    {
        // HttpClient would escape the '%' itself: the request goes out byte for byte.
        (int status, string body) = await monaco.RawGetAsync("/route/v1/driving/" + Two + "?steps=%ZZ");

        Assert.Equal(400, status);
        Assert.Contains("\"code\":\"InvalidQuery\"", body, StringComparison.Ordinal);
        Assert.Contains("two-digit hex escape", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RouteWithMoreCoordinatesThanTheLimit_IsTooBig()
    {
        string coordinates = string.Join(';', Enumerable.Range(0, 11).Select(i => string.Create(CultureInfo.InvariantCulture, $"{7.42 + (i * 0.0005)},43.735")));

        (int status, JsonElement body) = await monaco.GetAsync("/route/v1/foot/" + coordinates);

        Assert.Equal(400, status);
        Assert.Equal("TooBig", body.GetProperty("code").GetString());
        Assert.Contains("at most 10 coordinates; 11 were given", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryStringLongerThanTheLimit_IsTooBig()
    {
        (int status, JsonElement body) = await monaco.GetAsync("/route/v1/foot/" + Two + "?hints=" + new string('A', 40_000) + ";");

        Assert.Equal(400, status);
        Assert.Equal("TooBig", body.GetProperty("code").GetString());
        Assert.Contains("more than the server's limit of 32768", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestLineLongerThanKestrelsLimit_IsRefusedBeforeAnyHandler()
    {
        using HttpResponseMessage response = await monaco.Client.GetAsync(new Uri("/route/v1/foot/" + Two + "?hints=" + new string('A', 70_000), UriKind.Relative));

        Assert.Equal(414, (int)response.StatusCode);
    }

    [Fact]
    public async Task PutAnywhere_AndPostOutsideRoute_AreRefusedWithMethodNotAllowed()
    {
        // POST is served by route only (its body carries avoid_areas and custom_weights, see RouteBodyTests).
        using var content = new StringContent("{}");
        using HttpResponseMessage put = await monaco.Client.PutAsync(new Uri("/route/v1/foot/" + Two, UriKind.Relative), content);
        using HttpResponseMessage post = await monaco.Client.PostAsync(new Uri("/nearest/v1/foot/7.4197,43.7311", UriKind.Relative), content);

        Assert.Equal(405, (int)put.StatusCode);
        Assert.Contains("GET only", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(405, (int)post.StatusCode);
    }
}

/// <summary>The codes that need a network without an answer: two islands of road.</summary>
public sealed class NoAnswerTests(IslandsServer islands) : IClassFixture<IslandsServer>
{
    private static string Pair(GeoPoint a, GeoPoint b) =>
        string.Create(CultureInfo.InvariantCulture, $"{a.Longitude},{a.Latitude};{b.Longitude},{b.Latitude}");

    [Theory]
    [InlineData("route", "", "NoRoute", "no usable road joins")]
    [InlineData("table", "?sources=0&destinations=1", "NoTable", "No route found between any of the 1 sources and 1 destinations")]
    [InlineData("trip", "", "NoTrips", "coordinate 1 cannot be reached from coordinate 0")]
    public async Task PointsOnTwoIslands_HaveNoAnswer(string service, string query, string code, string named)
    {
        (int status, JsonElement body) = await islands.GetAsync($"/{service}/v1/driving/{Pair(IslandsServer.A1, IslandsServer.B1)}{query}");

        Assert.Equal(400, status);
        Assert.Equal(code, body.GetProperty("code").GetString());
        Assert.Contains(named, body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableAcrossIslands_HasNullWhereNoRouteAndNumbersWhereOne()
    {
        string url = string.Create(CultureInfo.InvariantCulture,
            $"/table/v1/driving/{IslandsServer.A1.Longitude},{IslandsServer.A1.Latitude};{IslandsServer.A3.Longitude},{IslandsServer.A3.Latitude};{IslandsServer.B1.Longitude},{IslandsServer.B1.Latitude}?sources=0&annotations=duration,distance");

        (int status, JsonElement body) = await islands.GetAsync(url);

        Assert.Equal(200, status);
        JsonElement row = body.GetProperty("durations")[0];
        Assert.Equal(0, row[0].GetDouble());
        Assert.True(row[1].GetDouble() > 0);
        Assert.Equal(JsonValueKind.Null, row[2].ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("distances")[0][2].ValueKind);
    }

    [Fact]
    public async Task TableFallbackSpeed_FillsTheCellWithoutRouteFromTheStraightLine()
    {
        string url = $"/table/v1/driving/{Pair(IslandsServer.A1, IslandsServer.B1)}?sources=0&destinations=1&fallback_speed=10&annotations=duration,distance";

        (int status, JsonElement body) = await islands.GetAsync(url);

        Assert.Equal(200, status);
        double metres = body.GetProperty("distances")[0][0].GetDouble();
        Assert.InRange(metres, 1110, 1115); // 0.01° of latitude at 50°N is 1,112 m
        Assert.Equal(metres / 10, body.GetProperty("durations")[0][0].GetDouble(), 0.1);
        Assert.Equal(0, body.GetProperty("fallback_speed_cells")[0][0].GetInt32());
    }
}

/// <summary>Health answers at once; readiness and the OSRM endpoints wait for the graphs.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task BeforeTheGraphsArePrepared_HealthIsOkReadyIs503AndRoutesAreNotReady()
    {
        using var release = new ManualResetEventSlim();
        RoutingEngine engine = MonacoServer.MonacoEngine.Value;
        await using RoutesGeoServer server = RoutesGeoServer.Create(new ServerOptions { Port = 0 }, () =>
        {
            release.Wait(TimeSpan.FromMinutes(1));
            return engine;
        }, logging => { });
        await server.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/") };

        using HttpResponseMessage health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        using HttpResponseMessage notReady = await client.GetAsync(new Uri("/ready", UriKind.Relative));
        using HttpResponseMessage route = await client.GetAsync(new Uri("/route/v1/foot/7.4197,43.7311;7.4246,43.7384", UriKind.Relative));
        release.Set();
        await server.Ready.WaitAsync(TimeSpan.FromMinutes(1));
        using HttpResponseMessage ready = await client.GetAsync(new Uri("/ready", UriKind.Relative));

        Assert.Equal(200, (int)health.StatusCode);
        Assert.Equal(503, (int)notReady.StatusCode);
        Assert.Equal(503, (int)route.StatusCode);
        Assert.Contains("\"NotReady\"", await route.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(200, (int)ready.StatusCode);
        await server.StopAsync();
    }
}

/// <summary>The request time limit: work past it is abandoned and answered TooBig.</summary>
public sealed class RequestTimeoutTests
{
    [Fact]
    public async Task TripLongerThanTheTimeLimit_IsAbandonedAndTooBig()
    {
        await using RoutesGeoServer server = RoutesGeoServer.Create(
            new ServerOptions { Port = 0, RequestTimeout = TimeSpan.FromTicks(1) }, () => MonacoServer.MonacoEngine.Value, logging => { });
        await server.StartAsync();
        await server.Ready.WaitAsync(TimeSpan.FromMinutes(2));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}/") };

        using HttpResponseMessage response = await client.GetAsync(new Uri("/trip/v1/foot/7.4197,43.7311;7.4246,43.7384;7.4200,43.7350;7.4150,43.7320", UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("\"code\":\"TooBig\"", body, StringComparison.Ordinal);
        Assert.Contains("longer than the server's limit", body, StringComparison.Ordinal);
        await server.StopAsync();
    }
}
