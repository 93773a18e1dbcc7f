using System.Text.RegularExpressions;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>What routes-geo prints and which option names it takes: times rounded one way everywhere, every road accounted for, one name per concept.</summary>
public sealed partial class CliReportTests : IDisposable
{
    private const string LilleSites = "Monument aux fusillés;Monument aux Morts;Statue de Léon Trulin";
    private const string Lille = LilleData.Network;
    private const double StepDegrees = 0.0018;
    private readonly string _dir = Directory.CreateTempSubdirectory("routes-geo-cli-report-").FullName;

    [Fact]
    public void A_duration_is_printed_rounded_to_the_nearest_minute()
    {
        string network = Write("chain.geojson", TestRoads.Chain(9, StepDegrees));
        double minutes = LibraryRoute(network).DurationSeconds / 60;
        Assert.True(minutes - Math.Floor(minutes) >= 0.5, $"the test route takes {minutes} min: truncating and rounding would agree");

        CliRun run = RouteOnChain(network);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"foot, fastest: {LibraryRoute(network).LengthMetres / 1000:0.0} km, {Math.Round(minutes):0} min in 1 leg", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_road_of_a_leg_is_shown_or_counted()
    {
        string network = Write("chain.geojson", TestRoads.Chain(9, StepDegrees));

        string table = Flattened(RouteOnChain(network).Out);

        Assert.Contains("Rue 1, Rue 2, Rue 3, Rue 4, Rue 5, Rue 6, +3 more", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_tour_takes_the_option_names_of_tour()
    {
        string svg = Path.Combine(_dir, "tour.svg");

        CliRun run = CliProcess.Run("map", "tour", "--network", Lille, "--sites", LilleSites, "--return", "--out", svg);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<svg", File.ReadAllText(svg), StringComparison.Ordinal);
        Assert.Contains("Monument aux fusillés -> ", run.Out, StringComparison.Ordinal);
        Assert.EndsWith(" -> Monument aux fusillés", run.Out.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Map_tour_still_takes_its_former_option_names()
    {
        string svg = Path.Combine(_dir, "old.svg");

        CliRun run = CliProcess.Run("map", "tour", "--network", Lille, "--stop", "Monument aux fusillés", "--stop", "Monument aux Morts", "--round-trip", "--out", svg);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(svg));
    }

    [Fact]
    public void Map_page_takes_from_and_to_as_route_does()
    {
        string html = Path.Combine(_dir, "page.html");

        CliRun run = CliProcess.Run("map", "page", "--network", Lille, "--from", "Monument aux fusillés", "--to", "Monument aux Morts", "--out", html);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Monument aux Morts", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Route_takes_by_distance_as_tour_does_and_keeps_shortest()
    {
        string[] trip = ["route", "--network", Lille, "--from", "Monument aux fusillés", "--to", "Monument aux Morts"];

        CliRun by = CliProcess.Run([.. trip, "--by", "distance"]);
        CliRun shortest = CliProcess.Run([.. trip, "--shortest"]);
        CliRun contradicting = CliProcess.Run([.. trip, "--by", "time", "--shortest"]);

        Assert.Equal([0, 0, 2], [by.ExitCode, shortest.ExitCode, contradicting.ExitCode]);
        Assert.Contains("foot, shortest:", by.Out, StringComparison.Ordinal);
        Assert.Equal(by.Out, shortest.Out);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Route LibraryRoute(string network) =>
        GeoJsonRoads.Load(network).Route(TravelProfiles.Foot).From(TestRoads.Latitude, TestRoads.StartLongitude)
            .To(TestRoads.Latitude, TestRoads.StartLongitude + (9 * StepDegrees)).Calculate().Route;

    private static CliRun RouteOnChain(string network) =>
        CliProcess.Run("route", "--network", network, "--from", TestRoads.Point(0), "--to", TestRoads.Point(9 * StepDegrees));

    // The table's cells wrap over lines; with one leg the roads cell is the only text on its continuation lines.
    private static string Flattened(string table) => Spaces().Replace(Borders().Replace(table, " "), " ");

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [GeneratedRegex("[│┌┐└┘├┤┬┴┼─]")]
    private static partial Regex Borders();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
