using System.Text.Json;
using Routes.Geo.Instructions;
using Routes.Geo.Routing;
using static Routes.Geo.Tests.Instructions.InstructionScenarios;

namespace Routes.Geo.Tests.Instructions;

public sealed class InstructionGeoJsonTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-instructions-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static RouteGeoJson.Entry LeftTurnEntry(string language)
    {
        (Route route, RoutingGraph graph) = Route(Crossroads(), TravelProfiles.Car, Streets.At(0, 0), Streets.At(1, 1));
        return new RouteGeoJson.Entry(route, "A", "B") { Instructions = RouteInstructions.For(route, language) };
    }

    [Fact]
    public void Instructions_AreWrittenAsPointFeaturesAfterTheirRoute()
    {
        using JsonDocument json = JsonDocument.Parse(RouteGeoJson.ToGeoJson([LeftTurnEntry("fr")]));
        JsonElement[] features = [.. json.RootElement.GetProperty("features").EnumerateArray()];

        Assert.Equal(4, features.Length);
        Assert.Equal("LineString", features[0].GetProperty("geometry").GetProperty("type").GetString());
        JsonElement turn = features[2];
        Assert.Equal("Point", turn.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(Streets.At(0, 1).Longitude, turn.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 7);
        JsonElement properties = turn.GetProperty("properties");
        Assert.Equal("left", properties.GetProperty("kind").GetString());
        Assert.Equal("Tournez à gauche sur la Rue Solférino", properties.GetProperty("text").GetString());
        Assert.Equal(1, properties.GetProperty("step").GetInt32());
        Assert.Equal(0, properties.GetProperty("route").GetInt32());
        Assert.True(properties.GetProperty("distance_m").GetDouble() > 100);
    }

    [Fact]
    public void EntryWithoutInstructions_WritesTheRouteAlone()
    {
        RouteGeoJson.Entry entry = LeftTurnEntry("en") with { Instructions = null };

        using JsonDocument json = JsonDocument.Parse(RouteGeoJson.ToGeoJson([entry]));

        Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
    }

    [Fact]
    public void GdalOpensTheRouteWithItsInstructions_AndConvertsThemToGeoPackage()
    {
        string path = Path.Combine(_folder, "route.geojson");
        RouteGeoJson.Write(path, [LeftTurnEntry("nl")]);

        Gdal.Layer layer = Assert.Single(Gdal.Layers(path).Values);
        Assert.Equal(4, layer.FeatureCount);
        Assert.Equal(3, Gdal.Count(path, layer.Name, "OGR_GEOMETRY = 'POINT'"));
        Assert.Equal("String", layer.Fields["text"]);
        Assert.Equal("Real", layer.Fields["distance_m"]);
        Assert.Equal(4, Assert.Single(Gdal.Layers(Gdal.ToGeoPackage(path)).Values).FeatureCount);
    }
}
