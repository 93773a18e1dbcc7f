using System.Globalization;
using System.Text.Json;
using Xunit.Abstractions;

namespace Routes.Geo.Server.Tests.Clients;

/// <summary>Clients no one here wrote, from npm, reading the server's answers.</summary>
public sealed class NpmClientTests(MonacoServer monaco, ITestOutputHelper output) : IClassFixture<MonacoServer>
{
    private static readonly string[] Profiles = ["driving", "walking", "cycling"];

    [Fact]
    public async Task MapboxPolyline_DecodesPolylineAndPolyline6ToOurCoordinatesWithinTheirPrecision()
    {
        var cases = new List<Dictionary<string, string>>();
        var truth = new List<JsonElement>();
        foreach ((string a, string b) in RandomPairs(new Random(5), 20))
        {
            string url = $"/route/v1/walking/{a};{b}?overview=full";
            (int s1, JsonElement p5) = await monaco.GetAsync(url + "&geometries=polyline");
            (int s2, JsonElement p6) = await monaco.GetAsync(url + "&geometries=polyline6");
            (int s3, JsonElement geojson) = await monaco.GetAsync(url + "&geometries=geojson");
            if (s1 != 200 || s2 != 200 || s3 != 200)
            {
                continue;
            }

            cases.Add(new()
            {
                ["polyline"] = p5.GetProperty("routes")[0].GetProperty("geometry").GetString()!,
                ["polyline6"] = p6.GetProperty("routes")[0].GetProperty("geometry").GetString()!,
            });
            truth.Add(geojson.GetProperty("routes")[0].GetProperty("geometry").GetProperty("coordinates"));
        }

        string file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(cases));
        using JsonDocument decoded = JsonDocument.Parse(Node.Run("decode-polylines.js", file));
        File.Delete(file);

        Assert.True(cases.Count >= 10, $"only {cases.Count} routes");
        for (int r = 0; r < cases.Count; r++)
        {
            JsonElement five = decoded.RootElement[r].GetProperty("polyline"), six = decoded.RootElement[r].GetProperty("polyline6");
            Assert.Equal(truth[r].GetArrayLength(), five.GetArrayLength());
            Assert.Equal(truth[r].GetArrayLength(), six.GetArrayLength());
            for (int i = 0; i < truth[r].GetArrayLength(); i++)
            {
                double lon = truth[r][i][0].GetDouble(), lat = truth[r][i][1].GetDouble();
                Assert.Equal(lat, five[i][0].GetDouble(), 0.5e-5 + 1e-9);
                Assert.Equal(lon, five[i][1].GetDouble(), 0.5e-5 + 1e-9);
                Assert.Equal(lat, six[i][0].GetDouble(), 0.5e-6 + 1e-9);
                Assert.Equal(lon, six[i][1].GetDouble(), 0.5e-6 + 1e-9);
            }
        }
    }

    [Fact]
    public async Task OsrmTextInstructions_TurnsEveryStepOf100MonacoRoutesIntoText()
    {
        var responses = new List<JsonElement>();
        var random = new Random(100);
        // Drives between Monaco and the A8 above it (La Turbie by the A500 tunnel, Roquebrune), so ramps, merges and forks are among the steps.
        (string, string)[] motorway = [.. MotorwayEnds.SelectMany(end => new[] { (Centre, end), (end, Centre) })];
        foreach ((string a, string b) in motorway.Concat(RandomPairs(random, 1000)))
        {
            string profile = responses.Count < motorway.Length ? "driving" : Profiles[responses.Count % 3];
            (int status, JsonElement body) = await monaco.GetAsync($"/route/v1/{profile}/{a};{b}?steps=true&overview=false");
            if (status == 200)
            {
                responses.Add(body);
            }

            if (responses.Count == 100)
            {
                break;
            }
        }

        string file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(responses));
        using JsonDocument result = JsonDocument.Parse(Node.Run("text-instructions.js", file));
        File.Delete(file);

        Assert.Equal(100, responses.Count);
        Assert.Empty(result.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()));
        int steps = result.RootElement.GetProperty("steps").GetInt32();
        Assert.True(steps >= 400, $"only {steps} steps in 100 routes");
        Assert.Equal(steps, result.RootElement.GetProperty("texts").GetArrayLength());
        string[] types = [.. result.RootElement.GetProperty("types").EnumerateObject().Select(t => $"{t.Name}: {t.Value.GetInt32()}")];
        output.WriteLine(string.Join(Environment.NewLine, types));
        foreach (string type in (string[])["off ramp", "on ramp", "merge", "fork"])
        {
            Assert.True(types.Any(t => t.StartsWith(type + " ", StringComparison.Ordinal)), $"no '{type}' step in 100 routes: {string.Join(", ", types)}");
        }

        // Our turn kinds and their modifiers come from one angle, also where two close maneuvers were read as one.
        Assert.DoesNotContain(types, t => t.StartsWith("turn straight:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task LeafletRoutingMachine_InChromium_DrawsTheRouteListsItsInstructionsAndShowsOurDistance()
    {
        Chromium.Require();
        (double fromLat, double fromLon, double toLat, double toLon) = (43.7311, 7.4197, 43.7384, 7.4246);
        (int status, JsonElement ours) = await monaco.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/route/v1/driving/{fromLon},{fromLat};{toLon},{toLat}?overview=false"));
        Assert.Equal(200, status);
        double distance = ours.GetProperty("routes")[0].GetProperty("distance").GetDouble();

        string modules = new Uri(Path.Combine(SharedData.ProjectFolder(), "node_modules")).AbsoluteUri;
        string page = (await File.ReadAllTextAsync(Path.Combine(SharedData.ProjectFolder(), "Clients", "routing-machine.html")))
            .Replace("{{modules}}", modules, StringComparison.Ordinal)
            .Replace("{{server}}", monaco.BaseAddress.AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal)
            .Replace("{{fromLat}}", fromLat.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{fromLon}}", fromLon.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{toLat}}", toLat.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{{toLon}}", toLon.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        string folder = Directory.CreateTempSubdirectory("lrm-").FullName;
        string html = Path.Combine(folder, "routing-machine.html");
        await File.WriteAllTextAsync(html, page);
        string url = new Uri(html).AbsoluteUri;

        (string dom, string stderr) = Chromium.Run(url, "--dump-dom", "--allow-file-access-from-files");
        string png = Path.Combine(SharedData.RepositoryRoot(), "out", "server", "leaflet-routing-machine.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        Chromium.Run(url, $"--screenshot={png}", "--window-size=1200,800", "--allow-file-access-from-files");

        int start = dom.IndexOf("<pre id=\"result\">", StringComparison.Ordinal) + "<pre id=\"result\">".Length;
        string json = System.Net.WebUtility.HtmlDecode(dom[start..dom.IndexOf("</pre>", start, StringComparison.Ordinal)]);
        Assert.True(json.StartsWith('{'), $"leaflet-routing-machine gave no route: '{json}'; Chromium said: {string.Join('\n', Chromium.PageErrors(stderr))}");
        using JsonDocument shown = JsonDocument.Parse(json);
        Assert.False(shown.RootElement.TryGetProperty("error", out JsonElement error), $"routing error: {error}");
        Assert.Equal(distance, shown.RootElement.GetProperty("totalDistance").GetDouble());
        Assert.StartsWith((distance / 1000).ToString("0.000", CultureInfo.InvariantCulture) + " km", shown.RootElement.GetProperty("shown").GetString(), StringComparison.Ordinal);
        string[] instructions = [.. shown.RootElement.GetProperty("instructions").EnumerateArray().Select(i => i.GetString()!)];
        Assert.True(instructions.Length >= 3, $"only {instructions.Length} instructions listed");
        Assert.Contains(instructions, i => i.Contains("Boulevard Albert 1er", StringComparison.Ordinal));
        Assert.Contains(instructions, i => i.StartsWith("You have arrived", StringComparison.Ordinal));
        Assert.Empty(Chromium.PageErrors(stderr));
        Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is (nearly) empty");
        Directory.Delete(folder, true);
    }

    private const string Centre = "7.4246,43.7384";

    private static readonly string[] MotorwayEnds = ["7.3600,43.7443", "7.4480,43.7650", "7.3950,43.7520"];

    private static IEnumerable<(string A, string B)> RandomPairs(Random random, int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return (Point(random), Point(random));
        }

        static string Point(Random random) => string.Create(CultureInfo.InvariantCulture,
            $"{7.410 + (random.NextDouble() * 0.028):0.######},{43.725 + (random.NextDouble() * 0.025):0.######}");
    }
}
