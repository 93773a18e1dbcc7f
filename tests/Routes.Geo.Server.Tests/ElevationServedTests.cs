using System.Text.Json;
using Routes.Geo.Elevation;
using Routes.Geo.Osm;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Tests;

/// <summary>Monaco imported with its SRTM3 tile (as <c>serve --elevation</c> loads it), served.</summary>
public sealed class HillyMonacoServer : RunningServer
{
    public static readonly Lazy<RoadNetwork> Hilly = new(() =>
        OsmNetwork.Load(SharedData.PathOf("osm", "monaco.osm.pbf"), ElevationOptions.FromFolder(SharedData.PathOf("elevation"))));

    protected override RoadNetwork Network() => Hilly.Value;
}

/// <summary>Routes served from a network with heights carry ascent and descent; without heights they carry none.</summary>
public sealed class ElevationServedTests(HillyMonacoServer hilly, MonacoServer flat) : IClassFixture<HillyMonacoServer>, IClassFixture<MonacoServer>
{
    private const string PalaceToCasino = "7.4199,43.7314;7.4250,43.7360;7.4276,43.7394";

    [Fact]
    public async Task WalkingRoute_OnAHillyNetwork_CarriesTheLibrarysAscentAndDescent_PerRouteAndLeg()
    {
        (int status, JsonElement body) = await hilly.GetAsync($"/route/v1/walking/{PalaceToCasino}");
        Assert.Equal(200, status);
        JsonElement served = body.GetProperty("routes")[0];

        Route route = hilly.Engine.GraphOf(TravelMode.Walking).Route()
            .From(43.7314, 7.4199).Via(new GeoPoint(43.7360, 7.4250)).To(43.7394, 7.4276).Calculate().Route;
        Assert.True(route.AscentMetres > 20, $"the walk climbs {route.AscentMetres:0.0} m");
        Assert.Equal(route.AscentMetres, served.GetProperty("ascent").GetDouble(), 0.051);
        Assert.Equal(route.DescentMetres, served.GetProperty("descent").GetDouble(), 0.051);
        JsonElement legs = served.GetProperty("legs");
        Assert.Equal(2, legs.GetArrayLength());
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(route.Legs[i].AscentMetres, legs[i].GetProperty("ascent").GetDouble(), 0.051);
            Assert.Equal(route.Legs[i].DescentMetres, legs[i].GetProperty("descent").GetDouble(), 0.051);
        }
    }

    [Fact]
    public async Task Route_OnAFlatNetwork_HasNoAscentOrDescentField()
    {
        (int status, JsonElement body) = await flat.GetAsync($"/route/v1/walking/{PalaceToCasino}");
        Assert.Equal(200, status);
        JsonElement served = body.GetProperty("routes")[0];
        Assert.False(served.TryGetProperty("ascent", out _));
        Assert.False(served.GetProperty("legs")[0].TryGetProperty("descent", out _));
    }
}
