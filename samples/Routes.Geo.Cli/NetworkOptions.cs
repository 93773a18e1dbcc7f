using System.CommandLine;
using Routes.Geo.Routing;

namespace Routes.Geo.Cli;

/// <summary>The options every command that reads roads takes: --network, the prepared-network cache (--cache, --no-cache), --elevation and --trust-network.</summary>
internal sealed class NetworkOptions
{
    public NetworkOptions(bool required = true, string description = "Road network: an OpenStreetMap .osm.pbf file (see 'download') or a GeoJSON file of road lines.")
    {
        Network = new Option<string?>("--network") { Description = description, Required = required };
    }

    public Option<string?> Network { get; }

    public Option<string?> Cache { get; } = new("--cache")
    {
        Description = "Folder for prepared networks, reused by later calls (default: <network>.routes-geo-cache beside the file, or ~/.cache/routes-geo/networks when its folder is read-only).",
    };

    public Option<bool> NoCache { get; } = new("--no-cache") { Description = "Import the network afresh: neither read nor write prepared networks." };

    public Option<string?> Elevation { get; } = new("--elevation") { Description = ElevationFolder.Description };

    public Option<bool> TrustNetwork { get; } = new("--trust-network")
    {
        Description = "A saved --network (.rgnet) already verified once: check only its header and structure, not its checksum and every element, so a large file opens in milliseconds (a file damaged in place may then fail later or answer wrongly).",
    };

    /// <summary>Adds the five options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Network);
        command.Options.Add(Cache);
        command.Options.Add(NoCache);
        command.Options.Add(Elevation);
        command.Options.Add(TrustNetwork);
    }

    /// <summary>The --network path, or null when the option was left out.</summary>
    public string? PathIn(ParseResult result) => result.GetValue(Network);

    /// <summary>
    /// The network's graph for <paramref name="profile"/>, with <paramref name="metric"/>'s hierarchy when given, through the cache unless --no-cache;
    /// an extract's import keeps <paramref name="extraWayKeys"/> too (the way keys of --custom rules).
    /// </summary>
    public RoutingGraph Load(ParseResult result, Profile? profile, RouteMetric? metric, IReadOnlyCollection<string>? extraWayKeys = null)
    {
        string path = PathIn(result) ?? throw new UsageException("--network is required here: give an .osm.pbf extract or a GeoJSON file of road lines.");
        string? folder = result.GetValue(Cache);
        return NetworkLoader.LoadGraph(path, profile, metric, () => result.GetValue(NoCache) ? null : NetworkCache.For(path, folder),
            ElevationFolder.Open(result.GetValue(Elevation)), extraWayKeys, result.GetValue(TrustNetwork));
    }

    /// <summary>The road network alone (to draw it), through the cache (an extract's foot entry, a saved network's own profile).</summary>
    public RoadNetwork LoadRoads(ParseResult result) => Load(result, null, null).Network;
}
