using System.Globalization;
using System.Text.Json;
using Routes.Geo.Matrices;
using Routes.Geo.Routing;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests;

/// <summary>The server's answers equal the library's for the same request: distance, duration, geometry, table cells.</summary>
public sealed class LibraryAgreementTests(MonacoServer monaco) : IClassFixture<MonacoServer>
{
    public static TheoryData<string, TravelMode> Profiles => new()
    {
        { "driving", TravelMode.Driving },
        { "walking", TravelMode.Walking },
        { "cycling", TravelMode.Cycling },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task RandomMonacoPairs_ServerRouteEqualsLibraryRoute(string profile, TravelMode mode)
    {
        var random = new Random(14);
        RoutingGraph graph = monaco.Engine.GraphOf(mode);
        int found = 0;
        for (int pair = 0; pair < 60; pair++)
        {
            GeoPoint a = RandomPoint(random), b = RandomPoint(random);
            RouteResult? library = null;
            try
            {
                library = graph.Route().From(a).To(b).Calculate();
            }
            catch (SnapTooFarException)
            {
            }

            (int status, JsonElement body) = await monaco.GetAsync($"/route/v1/{profile}/{Coordinates(a, b)}?overview=full&geometries=geojson");

            if (library is null || !library.IsFound)
            {
                Assert.Equal(400, status);
                Assert.Equal(library is null ? "NoSegment" : "NoRoute", body.GetProperty("code").GetString());
                continue;
            }

            found++;
            Route route = library.Route;
            Assert.Equal(200, status);
            JsonElement served = body.GetProperty("routes")[0];
            Assert.Equal(route.LengthMetres, served.GetProperty("distance").GetDouble(), 0.051);
            Assert.Equal(route.DurationSeconds, served.GetProperty("duration").GetDouble(), 0.051);
            JsonElement coordinates = served.GetProperty("geometry").GetProperty("coordinates");
            Assert.Equal(route.Geometry.Count, coordinates.GetArrayLength());
            for (int i = 0; i < route.Geometry.Count; i++)
            {
                Assert.Equal(route.Geometry[i].Longitude, coordinates[i][0].GetDouble(), 0.00000051);
                Assert.Equal(route.Geometry[i].Latitude, coordinates[i][1].GetDouble(), 0.00000051);
            }

            JsonElement waypoints = body.GetProperty("waypoints");
            Assert.Equal(route.Waypoints[0].DistanceMetres, waypoints[0].GetProperty("distance").GetDouble(), 0.000001);
            Assert.Equal(route.To.Longitude, waypoints[1].GetProperty("location")[0].GetDouble(), 0.00000051);
        }

        Assert.True(found >= 30, $"only {found} of 60 random pairs had a {profile} route");
    }

    [Fact]
    public async Task Table_EqualsTheLibrarysTravelMatrix()
    {
        var random = new Random(7);
        GeoPoint[] points = [.. Enumerable.Range(0, 3).Select(_ => RandomRoadPoint(random, monaco.Engine.GraphOf(TravelMode.Walking)))];
        TravelMatrix matrix = TravelMatrix.Compute(monaco.Engine.GraphOf(TravelMode.Walking), points);

        (int status, JsonElement body) = await monaco.GetAsync($"/table/v1/foot/{Coordinates(points)}?annotations=duration,distance");

        Assert.Equal(200, status);
        for (int s = 0; s < 3; s++)
        {
            for (int t = 0; t < 3; t++)
            {
                Assert.Equal(matrix[s, t].DurationSeconds, body.GetProperty("durations")[s][t].GetDouble(), 0.051);
                Assert.Equal(matrix[s, t].LengthMetres, body.GetProperty("distances")[s][t].GetDouble(), 0.051);
            }
        }
    }

    [Fact]
    public async Task Steps_AddUpToTheirLegAndJoinIntoTheRouteGeometry()
    {
        (int status, JsonElement body) = await monaco.GetAsync("/route/v1/driving/7.4197,43.7311;7.4246,43.7384;7.4200,43.7350?steps=true&overview=full&geometries=geojson&annotations=true");

        Assert.Equal(200, status);
        JsonElement route = body.GetProperty("routes")[0];
        int points = 0;
        foreach (JsonElement leg in route.GetProperty("legs").EnumerateArray())
        {
            JsonElement[] steps = [.. leg.GetProperty("steps").EnumerateArray()];
            Assert.Equal("depart", steps[0].GetProperty("maneuver").GetProperty("type").GetString());
            Assert.Equal("arrive", steps[^1].GetProperty("maneuver").GetProperty("type").GetString());
            Assert.Equal(leg.GetProperty("distance").GetDouble(), steps.Sum(s => s.GetProperty("distance").GetDouble()), 0.5);
            Assert.Equal(leg.GetProperty("duration").GetDouble(), steps.Sum(s => s.GetProperty("duration").GetDouble()), 0.5);
            JsonElement annotation = leg.GetProperty("annotation");
            Assert.Equal(leg.GetProperty("distance").GetDouble(), annotation.GetProperty("distance").EnumerateArray().Sum(d => d.GetDouble()), 0.5);
            Assert.Equal(leg.GetProperty("duration").GetDouble(), annotation.GetProperty("duration").EnumerateArray().Sum(d => d.GetDouble()), 0.5);
            for (int i = 0; i + 1 < steps.Length; i++)
            {
                JsonElement line = steps[i].GetProperty("geometry").GetProperty("coordinates");
                Assert.Equal(line[line.GetArrayLength() - 1].ToString(), steps[i + 1].GetProperty("geometry").GetProperty("coordinates")[0].ToString());
                Assert.Equal(line[0].ToString(), steps[i].GetProperty("maneuver").GetProperty("location").ToString());
                points += line.GetArrayLength() - 1;
            }

            points++;
            Assert.False(string.IsNullOrEmpty(steps[0].GetProperty("routes_geo_instruction").GetString()));
        }

        // Legs share their join point: the overview has one point fewer per extra leg.
        Assert.Equal(points - 1, route.GetProperty("geometry").GetProperty("coordinates").GetArrayLength());
    }

    [Fact]
    public async Task Trip_VisitsEveryPointOnceAndNumbersTheWaypointsInTripOrder()
    {
        (int status, JsonElement body) = await monaco.GetAsync("/trip/v1/foot/7.4197,43.7311;7.4246,43.7384;7.4200,43.7350;7.4150,43.7320?overview=false");

        Assert.Equal(200, status);
        int[] order = [.. body.GetProperty("waypoints").EnumerateArray().Select(w => w.GetProperty("waypoint_index").GetInt32())];
        Assert.Equal([0, 1, 2, 3], order.Order());
        Assert.Equal(0, order[0]);
        Assert.Equal(4, body.GetProperty("trips")[0].GetProperty("legs").GetArrayLength());
    }

    [Fact]
    public async Task SimplifiedOverview_KeepsTheEndsAndDropsPoints()
    {
        string url = "/route/v1/walking/7.4160,43.7270;7.4330,43.7480";
        (_, JsonElement full) = await monaco.GetAsync(url + "?overview=full&geometries=geojson");
        (_, JsonElement simplified) = await monaco.GetAsync(url + "?geometries=geojson");

        JsonElement all = full.GetProperty("routes")[0].GetProperty("geometry").GetProperty("coordinates");
        JsonElement some = simplified.GetProperty("routes")[0].GetProperty("geometry").GetProperty("coordinates");
        Assert.InRange(some.GetArrayLength(), 2, all.GetArrayLength() - 1);
        Assert.Equal(all[0].ToString(), some[0].ToString());
        Assert.Equal(all[all.GetArrayLength() - 1].ToString(), some[some.GetArrayLength() - 1].ToString());
    }

    // Six decimals, as the URL carries them, so that the library and the server route from the same input.
    private static GeoPoint RandomPoint(Random random) => new(Math.Round(43.725 + (random.NextDouble() * 0.025), 6), Math.Round(7.410 + (random.NextDouble() * 0.028), 6));

    private static GeoPoint RandomRoadPoint(Random random, RoutingGraph graph)
    {
        while (true)
        {
            try
            {
                GeoPoint snapped = graph.Snap(RandomPoint(random), 50).Snapped;
                return new GeoPoint(Math.Round(snapped.Latitude, 6), Math.Round(snapped.Longitude, 6));
            }
            catch (SnapTooFarException)
            {
            }
        }
    }

    internal static string Coordinates(params GeoPoint[] points) =>
        string.Join(';', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Longitude:0.######},{p.Latitude:0.######}")));
}
