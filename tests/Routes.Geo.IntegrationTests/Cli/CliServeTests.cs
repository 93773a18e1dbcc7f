using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Routes.Geo.Storage;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>'routes-geo serve' as a user starts it: a free port, readiness, an OSRM route, the three prepared networks cached.</summary>
public sealed partial class CliServeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("routes-geo-cli-serve-").FullName;

    [Fact]
    public async Task Serve_BecomesReadyAnswersAnOsrmRouteAndCachesCarFootAndBicycle()
    {
        string network = Path.Combine(_dir, "roads.geojson");
        File.WriteAllText(network, TestRoads.Chain(3, 0.001));
        string cache = Path.Combine(_dir, "cache");
        using Process server = Start("serve", "--network", network, "--port", "0", "--cache", cache);
        try
        {
            int port = await PortOf(server);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilReady(client);
            string a = string.Create(CultureInfo.InvariantCulture, $"{TestRoads.StartLongitude},{TestRoads.Latitude}");
            string b = string.Create(CultureInfo.InvariantCulture, $"{TestRoads.StartLongitude + 0.002},{TestRoads.Latitude}");

            using JsonDocument route = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/route/v1/walking/{a};{b}?steps=true", UriKind.Relative)));

            Assert.Equal("Ok", route.RootElement.GetProperty("code").GetString());
            // 0.002° of longitude at 50.6°N.
            Assert.InRange(route.RootElement.GetProperty("routes")[0].GetProperty("distance").GetDouble(), 140, 143);
            Assert.Equal(["bicycle", "car", "foot"], Directory.GetFiles(cache, "*.rgnet").Select(f => f.Split('-')[^2]).Order());
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    // The server builds the customizable hierarchies after start-up; each profile's cache entry then stores its own.
    [Fact]
    public async Task Serve_StoresEachProfilesCustomizableHierarchyInItsCacheEntry()
    {
        string network = Path.Combine(_dir, "roads.geojson");
        File.WriteAllText(network, TestRoads.Chain(3, 0.001));
        string cache = Path.Combine(_dir, "cache");
        using Process server = Start("serve", "--network", network, "--port", "0", "--cache", cache);
        try
        {
            int port = await PortOf(server);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilReady(client);
            var clock = Stopwatch.StartNew();
            string[] entries = [];
            while (clock.Elapsed < TimeSpan.FromMinutes(1) && (entries.Length < 3 || entries.Any(e => SavedNetwork.ReadHeader(e).Customizable is null)))
            {
                await Task.Delay(200);
                entries = Directory.GetFiles(cache, "*.rgnet");
            }

            Assert.Equal(3, entries.Length);
            Assert.All(entries, e => Assert.NotNull(SavedNetwork.ReadHeader(e).Customizable));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Serve_WithElevation_AnswersTheClimbThatTheRouteCommandPrints()
    {
        // Palace to Casino on Monaco with its SRTM tile, served and computed by 'route': the same climb both ways.
        string monaco = SharedData.PathOf("osm", "monaco.osm.pbf"), tiles = SharedData.PathOf("elevation");
        CliRun printed = CliProcess.Run("route", "--network", monaco, "--elevation", tiles, "--no-cache", "--mode", "foot", "--from", "43.7314,7.4199", "--to", "43.7394,7.4276");
        Assert.True(printed.ExitCode == 0, printed.Error);
        Match climb = Regex.Match(printed.Out, @"Ascent (\d+) m, descent (\d+) m\.");
        Assert.True(climb.Success, printed.Out);
        using Process server = Start("serve", "--network", monaco, "--elevation", tiles, "--no-cache", "--port", "0");
        try
        {
            int port = await PortOf(server);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilReady(client);

            using JsonDocument answer = JsonDocument.Parse(await client.GetStringAsync(new Uri("/route/v1/walking/7.4199,43.7314;7.4276,43.7394?overview=false", UriKind.Relative)));

            JsonElement route = answer.RootElement.GetProperty("routes")[0];
            double ascent = route.GetProperty("ascent").GetDouble(), descent = route.GetProperty("descent").GetDouble();
            Assert.True(ascent > 10 && descent > 10, $"ascent {ascent} m, descent {descent} m");
            Assert.Equal(double.Parse(climb.Groups[1].Value, CultureInfo.InvariantCulture), ascent, 0.51);
            Assert.Equal(double.Parse(climb.Groups[2].Value, CultureInfo.InvariantCulture), descent, 0.51);
            Assert.Equal(ascent, route.GetProperty("legs")[0].GetProperty("ascent").GetDouble(), 0.051);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    [Theory]
    [InlineData("--host", "localhost:80", "--host 'localhost:80' is not an IP address")]
    [InlineData("--max-table-size", "0", "--max-table-size must be a positive number")]
    [InlineData("--port", "70000", "--port must be 0..65535")]
    public void Serve_WithABadOption_SaysWhichAndExits2(string option, string value, string message)
    {
        string network = Path.Combine(_dir, "roads.geojson");
        File.WriteAllText(network, TestRoads.Chain(3, 0.001));

        CliRun run = CliProcess.Run("serve", "--network", network, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.True(run.HasNoStackTrace, run.Error);
    }

    [Fact]
    public void Serve_WithAMissingNetwork_SaysSoAndExits2()
    {
        CliRun run = CliProcess.Run("serve", "--network", Path.Combine(_dir, "missing.osm.pbf"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, true);

    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = CliProcess.RepositoryRoot(), RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["XDG_CACHE_HOME"] = Path.Combine(_dir, "user-cache");
        start.ArgumentList.Add(CliProcess.ToolPath());
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }

        return Process.Start(start)!;
    }

    // The tool prints "routes-geo serve: http://127.0.0.1:PORT/ ..." on standard error once it listens.
    private static async Task<int> PortOf(Process server)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (await server.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
            {
                _ = server.StandardError.ReadToEndAsync(CancellationToken.None);
                return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        throw new InvalidOperationException("routes-geo serve ended without saying where it listens");
    }

    private static async Task WaitUntilReady(HttpClient client)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            using HttpResponseMessage ready = await client.GetAsync(new Uri("/ready", UriKind.Relative));
            if (ready.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail("routes-geo serve was not ready within 2 minutes");
    }

    [GeneratedRegex(@"routes-geo serve: http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex Listening();
}
