using Routes.Geo.Storage;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>The prepared-network cache: made on the first call, reused after, rebuilt when damaged or when the network changes, never written beside read-only data.</summary>
public sealed class CliNetworkCacheTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("routes-geo-cli-cache-").FullName;

    [Fact]
    public void A_second_call_reuses_the_cached_network_and_prints_the_same_route()
    {
        string network = Network("roads.geojson", 3);
        string cache = Path.Combine(_dir, "cache");

        CliRun first = Route(network, "--cache", cache);
        string entry = Assert.Single(Directory.GetFiles(cache, "*-foot-*.rgnet"));
        DateTime written = File.GetLastWriteTimeUtc(entry);
        CliRun second = Route(network, "--cache", cache);

        Assert.Equal([0, 0], [first.ExitCode, second.ExitCode]);
        Assert.Contains("prepared network cached", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cached", second.Error, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(entry));
        Assert.Equal(first.Out, second.Out);
        Assert.Equal([RouteMetric.Fastest], SavedNetwork.ReadHeader(entry).PreparedMetrics);
    }

    [Fact]
    public void A_damaged_cache_entry_is_rebuilt_not_trusted()
    {
        string network = Network("roads.geojson", 3);
        string cache = Path.Combine(_dir, "cache");
        CliRun first = Route(network, "--cache", cache);
        string entry = Assert.Single(Directory.GetFiles(cache, "*.rgnet"));
        byte[] bytes = File.ReadAllBytes(entry);
        bytes[^10] ^= 0xFF;
        File.WriteAllBytes(entry, bytes);

        CliRun damaged = Route(network, "--cache", cache);
        CliRun after = Route(network, "--cache", cache);

        Assert.Equal([0, 0, 0], [first.ExitCode, damaged.ExitCode, after.ExitCode]);
        Assert.Contains("is not usable", damaged.Error, StringComparison.Ordinal);
        Assert.Contains("damaged", damaged.Error, StringComparison.Ordinal);
        Assert.Equal(first.Out, damaged.Out);
        Assert.DoesNotContain("not usable", after.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_network_file_is_not_answered_from_the_old_entry()
    {
        string network = Network("roads.geojson", 2);
        string cache = Path.Combine(_dir, "cache");
        CliRun before = Route(network, "--cache", cache, "--to", TestRoads.Point(0.008));
        File.WriteAllText(network, TestRoads.Chain(10, 0.001));

        CliRun after = Route(network, "--cache", cache, "--to", TestRoads.Point(0.008));

        Assert.Equal(2, before.ExitCode);
        Assert.Contains("Cannot snap the to point", before.Error, StringComparison.Ordinal);
        Assert.Equal(0, after.ExitCode);
        Assert.Contains("in 1 leg", after.Out, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(cache, "*.rgnet").Length);
    }

    [Fact]
    public void A_second_metric_is_added_to_the_profile_entry()
    {
        string network = Network("roads.geojson", 3);
        string cache = Path.Combine(_dir, "cache");

        Route(network, "--cache", cache);
        CliRun shortest = Route(network, "--cache", cache, "--shortest");

        Assert.Equal(0, shortest.ExitCode);
        string entry = Assert.Single(Directory.GetFiles(cache, "*.rgnet"));
        Assert.Equal([RouteMetric.Fastest, RouteMetric.Shortest], SavedNetwork.ReadHeader(entry).PreparedMetrics);
    }

    [Fact]
    public void A_call_that_used_the_customizable_hierarchy_stores_it_in_the_entry_for_the_next_call()
    {
        string network = Network("roads.geojson", 3);
        string cache = Path.Combine(_dir, "cache");
        Route(network, "--cache", cache);
        string entry = Assert.Single(Directory.GetFiles(cache, "*.rgnet"));
        SavedCustomizableHeader? before = SavedNetwork.ReadHeader(entry).Customizable;

        CliRun first = Route(network, "--cache", cache, "--exclude", "motorway");
        DateTime written = File.GetLastWriteTimeUtc(entry);
        CliRun second = Route(network, "--cache", cache, "--exclude", "motorway");

        Assert.Equal([0, 0], [first.ExitCode, second.ExitCode]);
        Assert.Null(before);
        Assert.NotNull(SavedNetwork.ReadHeader(entry).Customizable);
        Assert.Contains("prepared network cached", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cached", second.Error, StringComparison.Ordinal);
        Assert.Equal(written, File.GetLastWriteTimeUtc(entry));
        Assert.Equal(first.Out, second.Out);
        Assert.Equal([RouteMetric.Fastest], SavedNetwork.ReadHeader(entry).PreparedMetrics);
    }

    [Fact]
    public void No_cache_neither_reads_nor_writes_prepared_networks()
    {
        string network = Network("roads.geojson", 3);
        string cache = Path.Combine(_dir, "cache");

        CliRun run = Route(network, "--cache", cache, "--no-cache");

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(cache));
        Assert.False(Directory.Exists(network + ".routes-geo-cache"));
    }

    [Fact]
    public void By_default_the_cache_sits_beside_a_network_in_a_writable_folder()
    {
        string network = Network("roads.geojson", 3);

        CliRun run = Route(network);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Directory.GetFiles(network + ".routes-geo-cache", "*-foot-*.rgnet"));
    }

    [Fact]
    public void Beside_a_read_only_extract_the_cache_falls_back_to_the_user_cache_folder()
    {
        string userCache = Path.Combine(_dir, "user-cache");

        CliRun run = CliProcess.RunWithUserCache(userCache, "route", "--network", "../shared/data/osm/monaco.osm.pbf",
            "--from", "43.7314,7.4199", "--to", "43.7394,7.4276", "--mode", "car");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Directory.GetFiles(Path.Combine(userCache, "routes-geo", "networks"), "*-car-*.rgnet"));
        Assert.False(Directory.Exists(SharedData.PathOf("osm", "monaco.osm.pbf.routes-geo-cache")));
    }

    [Fact]
    public void Every_command_that_reads_roads_uses_the_cache()
    {
        string cache = Path.Combine(_dir, "cache");
        const string Lille = LilleData.Network;

        CliRun tour = CliProcess.Run("tour", "--network", Lille, "--sites", "Monument aux fusillés;Monument aux Morts", "--cache", cache,
            "--out", Path.Combine(_dir, "t.geojson"), "--gpx", Path.Combine(_dir, "t.gpx"));
        CliRun map = CliProcess.Run("map", "route", "--network", Lille, "--from", "Monument aux fusillés", "--to", "Monument aux Morts",
            "--cache", cache, "--out", Path.Combine(_dir, "r.svg"));

        Assert.Equal([0, 0], [tour.ExitCode, map.ExitCode]);
        Assert.Contains("prepared network cached", tour.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("cached", map.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(cache, "*-foot-*.rgnet"));
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_written_exits_2()
    {
        string network = Network("roads.geojson", 3);

        CliRun run = Route(network, "--cache", "../shared/data/cache");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --cache", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(SharedData.PathOf("cache")));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Network(string name, int streets)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, TestRoads.Chain(streets, 0.001));
        return path;
    }

    private static CliRun Route(string network, params string[] more) =>
        CliProcess.Run(["route", "--network", network, "--from", TestRoads.Point(0), .. more.Contains("--to") ? [] : new[] { "--to", TestRoads.Point(0.002) }, .. more]);
}
