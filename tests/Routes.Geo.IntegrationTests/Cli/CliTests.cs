using System.Text.Json;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>The routes-geo tool run as a process: exit codes, messages without stack traces, and the files it writes.</summary>
public sealed class CliTests : IDisposable
{
    private const string Lille = LilleData.Network;
    private const string LilleSites = "Monument aux fusillés;Monument aux Morts;Statue de Léon Trulin;parvis des justes";
    private readonly string _out = Directory.CreateTempSubdirectory("routes-geo-cli-").FullName;

    [Fact]
    public void The_readme_demo_exits_0_and_writes_two_routes()
    {
        CliRun run = CliProcess.Run("demo", "--out", Path.Combine(_out, "demo.geojson"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("foot     Monument aux fusillés -> Monument aux Morts", run.Out, StringComparison.Ordinal);
        Assert.Equal(2, Features(Path.Combine(_out, "demo.geojson")).Count(f => Type(f) == "LineString"));
    }

    [Fact]
    public void The_demo_tells_Lilles_1944_event_with_its_source_and_no_story_for_the_memorials()
    {
        CliRun run = CliProcess.Run("demo", "--out", Path.Combine(_out, "demo.geojson"));

        Assert.Equal(0, run.ExitCode);
        string context = run.Out.Split('\n').Single(l => l.StartsWith("In 1944: ", StringComparison.Ordinal));
        Assert.Contains("Lille, 3 Sep 1944: Reached by the British.", context, StringComparison.Ordinal);
        Assert.Contains("Source: https://www.liberationroute.com/pois/2482", context, StringComparison.Ordinal);
        Assert.Contains("no 1944 story is attached", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("No event of the model happened here", run.Out, StringComparison.Ordinal);
        Assert.True(run.Out.IndexOf("In 1944: ", StringComparison.Ordinal) < run.Out.IndexOf("foot     ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tour_writes_a_line_per_leg_a_point_per_site_and_a_gpx_track()
    {
        string geojson = Path.Combine(_out, "tour.geojson");
        string gpx = Path.Combine(_out, "tour.gpx");

        CliRun run = CliProcess.Run("tour", "--network", Lille, "--sites", LilleSites, "--return", "--out", geojson, "--gpx", gpx);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("proven optimal", run.Out, StringComparison.Ordinal);
        List<JsonElement> features = Features(geojson);
        Assert.Equal(4, features.Count(f => Type(f) == "LineString"));
        Assert.Equal(4, features.Count(f => Type(f) == "Point"));
        string track = File.ReadAllText(gpx);
        Assert.Contains("<trk>", track, StringComparison.Ordinal);
        Assert.Equal(4, track.Split("<wpt ").Length - 1);
    }

    [Fact]
    public void A_day_limit_numbers_every_leg_with_its_day_and_days_never_go_backwards()
    {
        string geojson = Path.Combine(_out, "days.geojson");

        CliRun run = CliProcess.Run("tour", "--network", Lille, "--sites", LilleSites, "--max-per-day", "20m", "--visit", "5m",
            "--out", geojson, "--gpx", Path.Combine(_out, "days.gpx"));

        Assert.Equal(0, run.ExitCode);
        int[] days = [.. Features(geojson).Where(f => Type(f) == "LineString").Select(f => f.GetProperty("properties").GetProperty("day").GetInt32())];
        Assert.Equal(3, days.Length);
        Assert.Equal(days.Order(), days);
        Assert.True(days[^1] > 1);
    }

    [Fact]
    public void An_unknown_site_exits_2_with_the_nearest_names_and_no_stack_trace()
    {
        CliRun run = CliProcess.Run("route", "--network", Lille, "--from", "Monument aux Mort", "--to", "parvis des justes");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Nearest names: Monument aux Morts", run.Error, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace, run.Error);
    }

    [Fact]
    public void A_missing_network_file_exits_2_and_says_how_to_get_one()
    {
        CliRun run = CliProcess.Run("tour", "--network", "no-such-region.osm.pbf", "--sites", LilleSites);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-region.osm.pbf' does not exist", run.Error, StringComparison.Ordinal);
        Assert.Contains("routes-geo download", run.Error, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace, run.Error);
    }

    [Fact]
    public void A_site_off_the_network_exits_2_naming_it_and_its_distance_to_a_road()
    {
        CliRun run = CliProcess.Run("tour", "--network", Lille, "--sites", "Monument aux fusillés;Batterie Todt", "--out", Path.Combine(_out, "x.geojson"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Batterie Todt", run.Error, StringComparison.Ordinal);
        Assert.Contains(" m away", run.Error, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace, run.Error);
        Assert.False(File.Exists(Path.Combine(_out, "x.geojson")));
    }

    [Fact]
    public void Contradicting_tour_options_exit_2()
    {
        CliRun both = CliProcess.Run("tour", "--network", Lille, "--sites", LilleSites, "--all-of-kind", "memorial");
        CliRun chronoWithStart = CliProcess.Run("tour", "--network", Lille, "--sites", LilleSites, "--chronological", "--start", "Monument aux Morts");
        CliRun badDuration = CliProcess.Run("tour", "--network", Lille, "--sites", LilleSites, "--max-per-day", "a while");

        Assert.All([both, chronoWithStart, badDuration], r => Assert.Equal(2, r.ExitCode));
        Assert.Contains("6h", badDuration.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_route_between_coordinates_on_an_osm_extract_prints_its_legs_and_writes_geojson()
    {
        string geojson = Path.Combine(_out, "monaco.geojson");

        CliRun run = CliProcess.Run("route", "--network", "../shared/data/osm/monaco.osm.pbf", "--from", "43.7314,7.4199",
            "--via", "43.7360,7.4210", "--to", "43.7394,7.4276", "--mode", "car", "--out", geojson);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 legs", run.Out, StringComparison.Ordinal);
        Assert.Single(Features(geojson));
    }

    [Fact]
    public void Sites_filtered_by_kind_lists_only_that_kind()
    {
        CliRun run = CliProcess.Run("sites", "--kind", "cemetery");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Boulogne Eastern", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Batterie Todt", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_the_three_qgis_layers()
    {
        CliRun run = CliProcess.Run("export", "--out-dir", _out);

        Assert.Equal(0, run.ExitCode);
        Assert.All(["sites", "events", "positions"], layer => Assert.NotEmpty(Features(Path.Combine(_out, layer + ".geojson"))));
    }

    [Fact]
    public void A_download_from_an_unreachable_server_exits_4_and_leaves_no_file()
    {
        int port = FreeLoopbackPort();
        string cache = Path.Combine(_out, "cache");

        CliRun run = CliProcess.Run("download", "--server", $"http://127.0.0.1:{port}/", "--cache", cache, "--extract", "europe/monaco-latest.osm.pbf");

        Assert.Equal(4, run.ExitCode);
        Assert.Contains($"127.0.0.1:{port}", run.Error, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace, run.Error);
        Assert.False(Directory.Exists(cache) && Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public void Every_command_help_gives_an_example()
    {
        Assert.All(["route", "tour", "export", "download", "sites", "demo"], name =>
        {
            CliRun run = CliProcess.Run(name, "--help");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("routes-geo " + name, run.Out, StringComparison.Ordinal);
        });
    }

    public void Dispose() => Directory.Delete(_out, recursive: true);

    private static List<JsonElement> Features(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("features").EnumerateArray().Select(f => f.Clone())];
    }

    private static string? Type(JsonElement feature) =>
        feature.GetProperty("geometry") is { ValueKind: JsonValueKind.Object } g ? g.GetProperty("type").GetString() : null;

    private static int FreeLoopbackPort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        int port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
