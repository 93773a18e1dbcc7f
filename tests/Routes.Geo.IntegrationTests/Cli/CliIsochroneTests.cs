using System.Text.Json;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>The isochrone command and the tour's GPX waypoints, run as a process.</summary>
public sealed class CliIsochroneTests : IDisposable
{
    private readonly string _out = Directory.CreateTempSubdirectory("routes-geo-cli-iso-").FullName;

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Isochrone_WritesOnePolygonPerBand_WithDurationAreaAndMode()
    {
        string path = Path.Combine(_out, "monaco.geojson");
        CliRun run = CliProcess.Run("isochrone", "--network", SharedData.PathOf("osm", "monaco.osm.pbf"), "--from", "43.7314,7.4199", "--mode", "foot", "--minutes", "5,10,15", "--out", path, "--no-cache");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("10 min", run.Out, StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(path));
        var properties = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.Equal([900.0, 600.0, 300.0], properties.Select(p => p.GetProperty("duration_s").GetDouble()));
        Assert.All(properties, p => Assert.Equal("foot", p.GetProperty("mode").GetString()));
        Assert.True(properties[0].GetProperty("area_m2").GetDouble() > properties[2].GetProperty("area_m2").GetDouble());
        Gdal.Layer layer = Assert.Single(Gdal.Layers(path).Values);
        Assert.Equal(3, layer.FeatureCount);
    }

    [Theory]
    [InlineData("--minutes", "0")]
    [InlineData("--minutes", "5,x")]
    [InlineData("--minutes", "2000")]
    public void Isochrone_BadMinutes_ExitWith2_InOneLine(string option, string value)
    {
        CliRun run = CliProcess.Run("isochrone", "--network", SharedData.PathOf("osm", "monaco.osm.pbf"), "--from", "43.7314,7.4199", option, value, "--out", Path.Combine(_out, "x.geojson"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--minutes", run.Error, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace);
    }

    [Fact]
    public void Tour_Gpx_WithSitesWithin_CarriesTheTourSitesAndTheNearOnes_NotTheCoast()
    {
        string gpx = Path.Combine(_out, "walk.gpx");
        CliRun run = CliProcess.Run("tour", "--network", LilleData.Network, "--sites", "Monument aux fusillés;Monument aux Morts", "--sites-within", "500",
            "--out", Path.Combine(_out, "walk.geojson"), "--gpx", gpx);

        Assert.Equal(0, run.ExitCode);
        string[] names = [.. Gdal.Run("ogrinfo", "-q", gpx, "waypoints").Split('\n')
            .Where(l => l.TrimStart().StartsWith("name (String) = ", StringComparison.Ordinal)).Select(l => l.Trim()["name (String) = ".Length..])];
        Assert.Contains("Monument aux fusillés", names);
        Assert.Contains("Monument aux Morts", names);
        Assert.InRange(names.Length, 3, 8);
        Assert.DoesNotContain(names, n => n.Contains("Calais", StringComparison.Ordinal) || n.Contains("Dunkirk", StringComparison.Ordinal) || n.Contains("Gris-Nez", StringComparison.Ordinal));
    }
}
