using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>
/// <c>--elevation DIR</c> on <c>route</c>, <c>tour</c>, <c>demo</c> and <c>serve</c> (issue 16): heights read, climb printed,
/// altitudes in the exports, the profile chart, and the stated fallback where no tile covers the way.
/// </summary>
public sealed partial class CliElevationTests : IDisposable
{
    private const string Lille = LilleData.Network;
    private readonly string _out = Directory.CreateTempSubdirectory("routes-geo-cli-elev-").FullName;

    private static string Tiles => SharedData.PathOf("elevation");

    private static string Monaco => SharedData.PathOf("osm", "monaco.osm.pbf");

    public void Dispose() => Directory.Delete(_out, recursive: true);

    [Fact]
    public void Route_WithElevation_PrintsTheClimb_WritesAltitudes_AndDrawsTheProfile_AsSvgAndPng()
    {
        // Palace (about 60 m) down to the harbour and up to the Casino: the climb balances the ends' difference.
        string geojson = Path.Combine(_out, "walk.geojson"), svg = Path.Combine(_out, "walk.svg"), png = Path.Combine(_out, "walk.png");
        CliRun run = CliProcess.Run("route", "--network", Monaco, "--elevation", Tiles, "--no-cache", "--mode", "foot",
            "--from", "43.7314,7.4199", "--to", "43.7394,7.4276", "--out", geojson, "--elevation-chart", svg);
        CliRun pngRun = CliProcess.Run("route", "--network", Monaco, "--elevation", Tiles, "--no-cache", "--mode", "foot",
            "--from", "43.7314,7.4199", "--to", "43.7394,7.4276", "--elevation-chart", png);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(pngRun.ExitCode == 0, pngRun.Error);
        Match climb = ClimbLine().Match(run.Out);
        Assert.True(climb.Success, run.Out);
        Assert.EndsWith(".", climb.Value, StringComparison.Ordinal);
        double ascent = double.Parse(climb.Groups[1].Value, CultureInfo.InvariantCulture);
        double descent = double.Parse(climb.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.True(ascent > 10 && descent > 10, climb.Value);

        using JsonDocument json = JsonDocument.Parse(File.ReadAllText(geojson));
        JsonElement line = json.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("geometry").GetProperty("type").GetString() == "LineString");
        List<JsonElement> positions = [.. line.GetProperty("geometry").GetProperty("coordinates").EnumerateArray()];
        Assert.All(positions, p => Assert.Equal(3, p.GetArrayLength()));
        double first = positions[0][2].GetDouble(), last = positions[^1][2].GetDouble();
        JsonElement properties = line.GetProperty("properties");
        Assert.Equal(ascent, properties.GetProperty("ascent_m").GetDouble(), 0.51);
        Assert.Equal(descent, properties.GetProperty("descent_m").GetDouble(), 0.51);
        Assert.Equal(last - first, properties.GetProperty("ascent_m").GetDouble() - properties.GetProperty("descent_m").GetDouble(), 1.0);
        Assert.Equal(1.0, properties.GetProperty("elevation_coverage").GetDouble());

        XDocument chart = XDocument.Load(svg);
        Assert.Equal("svg", chart.Root!.Name.LocalName);
        Assert.Contains(chart.Descendants(), e => e.Name.LocalName is "path" or "polyline" or "polygon");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
    }

    [Fact]
    public void ElevationChart_WithoutElevation_IsAUsageError()
    {
        CliRun run = CliProcess.Run("route", "--network", Monaco, "--no-cache", "--mode", "foot",
            "--from", "43.7314,7.4199", "--to", "43.7394,7.4276", "--elevation-chart", Path.Combine(_out, "walk.svg"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--elevation", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_out, "walk.svg")));
    }

    [Fact]
    public void Tour_AndDemo_WhereNoTileCovers_AreRoutedFlat_AndSaySo()
    {
        // The shared tiles cover Monaco and Andorra, not Lille: the stated fallback, never a made-up height.
        CliRun tour = CliProcess.Run("tour", "--network", Lille, "--elevation", Tiles, "--no-cache", "--sites", "Monument aux fusillés;Monument aux Morts",
            "--out", Path.Combine(_out, "tour.geojson"), "--gpx", Path.Combine(_out, "tour.gpx"));
        CliRun demo = CliProcess.Run("demo", "--elevation", Tiles, "--out", Path.Combine(_out, "demo.geojson"));

        Assert.True(tour.ExitCode == 0, tour.Error);
        Assert.True(demo.ExitCode == 0, demo.Error);
        Assert.Contains("Ascent 0 m, descent 0 m; no elevation tile for 100% of the way, routed flat there.", tour.Out, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(demo.Out, "Ascent 0 m, descent 0 m; no elevation tile for 100% of the way, routed flat there\\."));
    }

    [Theory]
    [InlineData("route")]
    [InlineData("tour")]
    [InlineData("demo")]
    [InlineData("serve")]
    public void MissingElevationFolder_IsAUsageErrorNamingTheOption(string command)
    {
        string missing = Path.Combine(_out, "no-such-folder");
        string[] args = command switch
        {
            "route" => ["route", "--network", Monaco, "--no-cache", "--from", "43.7314,7.4199", "--to", "43.7394,7.4276", "--elevation", missing],
            "tour" => ["tour", "--network", Lille, "--no-cache", "--sites", "Monument aux fusillés;Monument aux Morts", "--elevation", missing],
            "demo" => ["demo", "--out", Path.Combine(_out, "demo.geojson"), "--elevation", missing],
            _ => ["serve", "--network", Monaco, "--no-cache", "--port", "0", "--elevation", missing],
        };

        CliRun run = CliProcess.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--elevation: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("no-such-folder", run.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Ascent (\d+) m, descent (\d+) m[.;]")]
    private static partial Regex ClimbLine();
}
