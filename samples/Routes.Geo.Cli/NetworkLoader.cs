using System.Security.Cryptography;
using System.Text;
using Routes.Geo.Elevation;
using Routes.Geo.Network;
using Routes.Geo.Osm;
using Routes.Geo.Routing;
using Routes.Geo.Storage;
using Spectre.Console;

namespace Routes.Geo.Cli;

/// <summary>Loads a --network file, recognised by its content: OpenStreetMap PBF, GeoJSON road lines or a saved network.</summary>
internal static class NetworkLoader
{
    /// <summary>The road network of <paramref name="path"/>, imported afresh (no cache).</summary>
    /// <exception cref="UsageException">The file is missing, a folder, or of a kind not read (the message says which).</exception>
    public static RoadNetwork Load(string path, bool showProgress = true) => NetworkFile.Sniff(path) switch
    {
        NetworkFileKind.SavedNetwork => LoadSaved(path, null, trusted: false).Network,
        NetworkFileKind kind => Import(path, kind == NetworkFileKind.OsmPbf, showProgress),
    };

    /// <summary>
    /// The graph of <paramref name="path"/> for <paramref name="profile"/> with <paramref name="metric"/>'s hierarchy:
    /// a saved network as it is, an extract through the cache <paramref name="cache"/> gives (none: import afresh).
    /// </summary>
    /// <remarks>
    /// A null <paramref name="profile"/> (roads only) means the saved network's own profile, or foot for an extract.
    /// <paramref name="extraWayKeys"/>: way keys an extract's import keeps beside the profiles' and the library's (custom-weight rules').
    /// <paramref name="trustSaved"/>: a saved network is opened with structure checks only (--trust-network).
    /// </remarks>
    public static RoutingGraph LoadGraph(string path, Profile? profile, RouteMetric? metric, Func<NetworkCache?> cache, ElevationOptions? elevation = null,
        IReadOnlyCollection<string>? extraWayKeys = null, bool trustSaved = false)
    {
        NetworkFileKind kind = NetworkFile.Sniff(path);
        if (kind == NetworkFileKind.SavedNetwork)
        {
            if (elevation is not null)
            {
                throw new UsageException("--elevation applies to an extract or a GeoJSON file: a saved network keeps the heights it was saved with.");
            }

            return LoadSaved(path, profile, trustSaved);
        }

        string[] extra = [.. (extraWayKeys ?? []).Except(WayTagKeys.For(TravelProfiles.All)).Order(StringComparer.Ordinal)];
        Func<RoadNetwork> import = () => ElevationFolder.Apply(Import(path, kind == NetworkFileKind.OsmPbf, showProgress: true, extra), elevation);
        Profile chosen = profile ?? TravelProfiles.Foot;

        // A saved entry does not record its kept way keys: an import with more keys is an entry of its own.
        string keysTag = extra.Length == 0 ? "" : "-keys" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', extra))))[..8];
        return cache() is { } prepared ? prepared.Load(path, chosen, metric, import, ElevationFolder.CacheTag(elevation) + keysTag) : new Router(import()).GraphFor(chosen);
    }

    // Without a profile (roads only), the one the file was prepared for.
    private static RoutingGraph LoadSaved(string path, Profile? profile, bool trusted) =>
        Ui.Spin($"Reading the saved network {Path.GetFileName(path)}",
            () => SavedNetworkOpener.Open(path, profile ?? Commands.ProfileOf(SavedNetwork.ReadHeader(path).Profile), trusted));

    private static RoadNetwork Import(string path, bool pbf, bool showProgress, string[]? extraWayKeys = null)
    {
        if (!showProgress || !Ui.Progress.Profile.Capabilities.Interactive)
        {
            return pbf ? OsmNetwork.Load(path, new OsmImportOptions { ExtraWayKeys = extraWayKeys ?? [] }) : GeoJsonRoads.Load(path);
        }

        if (!pbf)
        {
            return Ui.Spin($"Reading roads from {Path.GetFileName(path)}", () => GeoJsonRoads.Load(path));
        }

        // PBF gives element counts, not a total: one task per import phase, ticking as it reads.
        return Ui.Progress.Progress().Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn()).Start(context =>
        {
            var tasks = new Dictionary<OsmImportPhase, ProgressTask>();
            var progress = new SynchronousProgress<OsmImportProgress>(p =>
            {
                if (!tasks.TryGetValue(p.Phase, out ProgressTask? task))
                {
                    foreach (ProgressTask done in tasks.Values)
                    {
                        done.Value = done.MaxValue;
                        done.StopTask();
                    }

                    task = tasks[p.Phase] = context.AddTask(PhaseName(p.Phase)).IsIndeterminate();
                }

                task.Description = $"{PhaseName(p.Phase)}: {p.ElementsRead:N0} elements";
            });
            RoadNetwork network = OsmNetwork.Load(path, new OsmImportOptions { Progress = progress, ExtraWayKeys = extraWayKeys ?? [] });
            foreach (ProgressTask task in tasks.Values)
            {
                task.IsIndeterminate(false).Value = task.MaxValue;
            }

            return network;
        });
    }

    private static string PhaseName(OsmImportPhase phase) => phase switch
    {
        OsmImportPhase.WaysAndRelations => "Reading ways and relations",
        OsmImportPhase.Nodes => "Reading road nodes",
        _ => "Building the road network",
    };
}
