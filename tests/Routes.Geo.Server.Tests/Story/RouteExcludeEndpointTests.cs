using System.Globalization;
using System.Text.Json;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests.Story;

/// <summary>The page's own route download with <c>exclude=</c>, against the library's route with the same exclusion, on Lille.</summary>
public sealed class RouteExcludeEndpointTests(LilleServer lille) : IClassFixture<LilleServer>
{
    [Fact]
    public async Task RouteGeoJson_WithExcludeBridgeAndTunnel_IsTheLibrarysExcludingRoute()
    {
        RoutingGraph graph = lille.Engine.GraphOf(TravelMode.Driving);
        var random = new Random(44);
        int compared = 0, changed = 0;
        for (int pair = 0; pair < 60 && changed < 3; pair++)
        {
            GeoPoint a = RandomPoint(random), b = RandomPoint(random);
            RouteResult plain, excluding;
            try
            {
                plain = graph.Route().From(a).To(b).Calculate();
                excluding = graph.Route().From(a).To(b).Excluding(RoadClass.Bridge, RoadClass.Tunnel).Calculate();
            }
            catch (SnapTooFarException)
            {
                continue;
            }

            if (!plain.IsFound || !excluding.IsFound)
            {
                continue;
            }

            string query = string.Create(CultureInfo.InvariantCulture, $"from={a.Longitude},{a.Latitude}&to={b.Longitude},{b.Latitude}&mode=car&exclude=bridge,tunnel");
            (int status, JsonElement body) = await lille.GetAsync($"/api/v1/route.geojson?{query}");

            Assert.Equal(200, status);
            JsonElement line = body.GetProperty("features").EnumerateArray().First(f => f.GetProperty("geometry").GetProperty("type").GetString() == "LineString");
            Assert.Equal(excluding.Route.LengthMetres, line.GetProperty("properties").GetProperty("length_m").GetDouble(), 0.51);
            compared++;
            changed += Math.Abs(plain.Route.LengthMetres - excluding.Route.LengthMetres) > 1 ? 1 : 0;
        }

        Assert.True(changed >= 1, $"none of {compared} Lille car pairs changed when bridges and tunnels were left out");
    }

    private static GeoPoint RandomPoint(Random random) => new(Math.Round(50.625 + (random.NextDouble() * 0.025), 6), Math.Round(3.04 + (random.NextDouble() * 0.04), 6));
}
