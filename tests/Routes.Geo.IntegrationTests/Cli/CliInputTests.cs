namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>Bad input to routes-geo: each mistake exits 2 with one line of our own words, before any long work.</summary>
public sealed class CliInputTests : IDisposable
{
    private const string Lille = LilleData.Network;
    private const string LilleSites = "Monument aux fusillés;Monument aux Morts";
    private readonly string _dir = Directory.CreateTempSubdirectory("routes-geo-cli-input-").FullName;

    [Theory]
    [InlineData("--max-per-day", "99999999999999999999h")]
    [InlineData("--max-per-day", "25h")]
    [InlineData("--visit", "99999999999999999999m")]
    public void A_duration_out_of_range_exits_2_naming_the_option_and_its_range(string option, string value)
    {
        CliRun run = CliProcess.Run("tour", "--network", Lille, "--sites", LilleSites, option, value, "--out", Out("t.geojson"), "--gpx", Out("t.gpx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{option} '{value}' is out of range", run.Error, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace, run.Error);
    }

    [Theory]
    [InlineData("route", "--bogus")]
    [InlineData("route", "--network", Lille, "--from", "50.63,3.06")]
    [InlineData("map", "encirclement", "--out", "x.svg", "--width", "wide")]
    [InlineData("map", "tour", "--network", Lille)]
    public void Usage_errors_exit_2_as_the_readme_says(params string[] args)
    {
        CliRun run = CliProcess.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_number_of_pixels_is_named_in_our_words()
    {
        CliRun run = CliProcess.Run("map", "encirclement", "--out", Out("x.svg"), "--width", "wide");

        Assert.Contains("--width 'wide' is not a whole number of pixels", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("route", "--network", Lille, "--from", "50.63,3.06", "--to", "50.64,3.07", "--mode", "plane")]
    [InlineData("tour", "--network", Lille, "--sites", LilleSites, "--start", "Monument aux Morts", "--end", "Monument aux Morts")]
    [InlineData("tour", "--network", Lille, "--sites", LilleSites, "--return", "--end", "Monument aux Morts")]
    [InlineData("map", "tour", "--network", Lille, "--sites", LilleSites, "--out", "out/x.pdf")]
    [InlineData("map", "sequence", "--out-dir", "out/frames", "--from", "1944-09-20", "--to", "1944-09-10")]
    public void Errors_are_told_in_our_words_without_dotnet_parameter_names(params string[] args)
    {
        CliRun run = CliProcess.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ReturnToStart", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_that_is_a_folder_is_refused_before_the_network_is_read()
    {
        string cache = Out("cache");

        CliRun run = CliProcess.RunWithUserCache(cache, "route", "--network", Lille, "--from", "50.63,3.06", "--to", "50.64,3.07", "--out", _dir);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--out '{_dir}' is a folder", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cache), "the network was read (its cache made) before the output was checked");
    }

    [Theory]
    [InlineData("--out", "")]
    [InlineData("--out", "/dev/null")]
    [InlineData("--gpx", "../shared/data/tour.gpx")]
    public void A_tour_output_that_cannot_be_written_exits_2_before_the_network_is_read(string option, string path)
    {
        string cache = Out("cache");
        string[] outputs = option == "--out" ? ["--out", path, "--gpx", Out("t.gpx")] : ["--out", Out("t.geojson"), "--gpx", path];

        CliRun run = CliProcess.RunWithUserCache(cache, ["tour", "--network", Lille, "--sites", LilleSites, .. outputs]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {option}", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(cache), "the network was read (its cache made) before the output was checked");
        Assert.False(File.Exists("../shared/data/tour.gpx"));
    }

    [Fact]
    public void An_output_folder_under_a_file_is_refused_naming_the_file()
    {
        string file = Out("plain.txt");
        File.WriteAllText(file, "x");

        CliRun run = CliProcess.Run("export", "--out-dir", Path.Combine(file, "qgis"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{file}' is a file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_as_network_is_called_a_folder_and_the_expected_file_named()
    {
        CliRun run = CliProcess.Run("route", "--network", "../shared/data/lille", "--from", "50.63,3.06", "--to", "50.64,3.07");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'../shared/data/lille' is a folder", run.Error, StringComparison.Ordinal);
        Assert.Contains(".osm.pbf", run.Error, StringComparison.Ordinal);
        Assert.Contains("highway_line.json", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Osm_xml_as_network_is_named_with_the_osmium_command_that_converts_it()
    {
        string osm = Out("region.osm");
        File.WriteAllText(osm, """
            <?xml version="1.0" encoding="UTF-8"?>
            <osm version="0.6"><node id="1" lat="50.6" lon="3.0"/></osm>
            """);

        CliRun run = CliProcess.Run("route", "--network", osm, "--from", "50.6,3.0", "--to", "50.6,3.01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is OpenStreetMap XML", run.Error, StringComparison.Ordinal);
        Assert.Contains($"osmium cat {osm} -o {Out("region.osm.pbf")}", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("not valid JSON", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x1F, 0x8B, 8, 0 }, "compressed with gzip")]
    [InlineData(new byte[] { (byte)'B', (byte)'Z', (byte)'h', (byte)'9' }, "compressed with bzip2")]
    [InlineData(new byte[] { (byte)'i', (byte)'d', (byte)',', (byte)'x' }, "not a road network file")]
    [InlineData(new byte[0], "is empty")]
    public void A_network_file_of_another_kind_is_named_by_its_content(byte[] content, string said)
    {
        string path = Out("region.osm.pbf");
        File.WriteAllBytes(path, content);

        CliRun run = CliProcess.Run("route", "--network", path, "--from", "50.6,3.0", "--to", "50.6,3.01");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(said, run.Error, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace, run.Error);
    }

    [Fact]
    public void A_geojson_network_is_read_by_its_content_whatever_its_name()
    {
        string path = Out("roads.osm.pbf");
        File.WriteAllText(path, TestRoads.Chain(2, 0.001));

        CliRun run = CliProcess.Run("route", "--network", path, "--from", TestRoads.Point(0), "--to", TestRoads.Point(0.002));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rue 2", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_saved_network_as_network_is_read_for_its_own_profile_only()
    {
        string saved = Out("chain.rgnet");
        Routes.Geo.Storage.SavedNetwork.Save(saved, GeoJsonRoads.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TestRoads.Chain(3, 0.001))), "chain.geojson")
            .GraphFor(TravelProfiles.Foot), RouteMetric.Fastest);
        string[] trip = ["route", "--network", saved, "--from", TestRoads.Point(0), "--to", TestRoads.Point(0.003)];

        CliRun foot = CliProcess.Run(trip);
        CliRun car = CliProcess.Run([.. trip, "--mode", "car"]);

        Assert.Equal(0, foot.ExitCode);
        Assert.Contains("Rue 3", foot.Out, StringComparison.Ordinal);
        Assert.Equal(2, car.ExitCode);
        Assert.Contains("prepared for the 'foot' profile", car.Error, StringComparison.Ordinal);
    }

    // --trust-network: structure checks only, so a byte changed inside an array (a vertex's OSM id, which no route shows) is not
    // looked for; without it the checksum refuses the file.
    [Fact]
    public void Trust_network_opens_a_saved_network_without_its_checksum()
    {
        string saved = Out("trusted.rgnet");
        Routes.Geo.Storage.SavedNetwork.Save(saved, GeoJsonRoads.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(TestRoads.Chain(3, 0.001))), "chain.geojson")
            .GraphFor(TravelProfiles.Foot), RouteMetric.Fastest);
        string[] trip = ["route", "--network", saved, "--from", TestRoads.Point(0), "--to", TestRoads.Point(0.003)];
        CliRun sound = CliProcess.Run(trip);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(saved));
        file.Bytes[file.Arrays["vertexOsmId"].At] ^= 0x01;
        file.WriteTo(saved);

        CliRun checkedRun = CliProcess.Run(trip);
        CliRun trusted = CliProcess.Run([.. trip, "--trust-network"]);

        Assert.Equal([0, 2, 0], [sound.ExitCode, checkedRun.ExitCode, trusted.ExitCode]);
        Assert.Contains("checksum", checkedRun.Error, StringComparison.Ordinal);
        Assert.Equal(sound.Out, trusted.Out);
    }

    [Fact]
    public void Swapped_latitude_and_longitude_get_a_hint()
    {
        CliRun run = CliProcess.Run("route", "--network", Lille, "--from", "3.06,50.63", "--to", "50.64,3.07");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Latitude and longitude look swapped: 50.63,3.06 lies inside the network", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_merely_far_from_the_network_gets_no_swap_hint()
    {
        CliRun run = CliProcess.Run("route", "--network", Lille, "--from", "48.85,2.35", "--to", "50.64,3.07");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Cannot snap the from point", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("swapped", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Out(string name) => Path.Combine(_dir, name);
}
