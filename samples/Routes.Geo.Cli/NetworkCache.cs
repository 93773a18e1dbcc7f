using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Routes.Geo.Export;
using Routes.Geo.Osm;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.Cli;

/// <summary>
/// Prepared networks (roads and contraction hierarchies, <see cref="SavedNetwork"/>) kept between calls,
/// one file per extract content (SHA-256) and profile, so that a call loads in one read instead of importing.
/// A damaged or stale entry is rebuilt; an entry that cannot be written only costs the next call its speed.
/// </summary>
internal sealed class NetworkCache
{
    // The entry each graph of this process came from or was saved to, for StoreCustomizable.
    private static readonly ConditionalWeakTable<RoutingGraph, string> Entries = new();

    private readonly string _folder;

    private NetworkCache(string folder) => _folder = folder;

    // A saved network checks its format and profile rules, not how the importers read the file: their builds
    // (deterministic, so the module id changes only with their code) are part of the entry's name.
    private static string ImporterBuild { get; } = Convert.ToHexStringLower(SHA256.HashData(
        [.. typeof(OsmNetwork).Assembly.ManifestModule.ModuleVersionId.ToByteArray(), .. typeof(GeoJsonRoads).Assembly.ManifestModule.ModuleVersionId.ToByteArray()]))[..12];

    /// <summary>
    /// The cache for <paramref name="extract"/>: <paramref name="folder"/> when given (it must be writable),
    /// else <c>&lt;extract&gt;.routes-geo-cache/</c> beside it, else the user's cache folder when the extract's folder is read-only;
    /// null (no cache) when that cannot be made either.
    /// </summary>
    /// <exception cref="UsageException">The given folder cannot be written.</exception>
    public static NetworkCache? For(string extract, string? folder)
    {
        if (folder is not null)
        {
            return new NetworkCache(OutputPath.Folder(folder, "--cache"));
        }

        string beside = Path.GetFullPath(extract) + ".routes-geo-cache";
        bool usable = WritableFolder.WhyNot(Directory.Exists(beside) ? beside : Path.GetDirectoryName(beside)!) is null;
        try
        {
            return new NetworkCache(Directory.CreateDirectory(usable ? beside : UserFolder()).FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"note: no folder for prepared networks ({e.Message}); importing without a cache.");
            return null;
        }
    }

    /// <summary>The user's cache folder for prepared networks ($XDG_CACHE_HOME or ~/.cache, then routes-geo/networks).</summary>
    public static string UserFolder()
    {
        string root = OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify)
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "routes-geo", "networks");
    }

    /// <summary>
    /// The graph of <paramref name="extract"/> for <paramref name="profile"/>, with the hierarchy for
    /// <paramref name="metric"/> (when given) prepared: from the cache when an entry is there and sound, else
    /// from <paramref name="import"/>, then saved.
    /// </summary>
    public RoutingGraph Load(string extract, Profile profile, RouteMetric? metric, Func<RoadNetwork> import, string variant = "")
    {
        // The variant tells entries of one extract apart that were imported differently (with heights from given tiles).
        string entry = Path.Combine(_folder, $"{ContentHash(extract)}-{profile.Name}-{ImporterBuild}{variant}.rgnet");
        RouteMetric[] wanted = metric is { } m ? [m] : [];
        if (TryLoad(entry, profile) is { } cached)
        {
            IReadOnlyList<RouteMetric> saved = SavedMetrics(entry);
            if (wanted.Except(saved).Any())
            {
                Save(entry, cached, [.. saved.Union(wanted)]);
            }

            Entries.AddOrUpdate(cached, entry);
            return cached;
        }

        RoutingGraph graph = new Router(import()).GraphFor(profile);
        Save(entry, graph, wanted);
        Entries.AddOrUpdate(graph, entry);
        return graph;
    }

    /// <summary>
    /// After a command used <paramref name="graph"/>'s customizable hierarchy (exclusions, alternatives, avoided areas, custom
    /// weights, a server's background build): stores it in the graph's cache entry, when it came from one that lacks it, so
    /// the next call does not order the network again. <paramref name="spin"/>: show a spinner meanwhile (not from a server's background thread).
    /// </summary>
    public static void StoreCustomizable(RoutingGraph graph, bool spin = true)
    {
        if (!Entries.TryGetValue(graph, out string? entry) || !File.Exists(entry))
        {
            return;
        }

        SavedNetworkHeader header;
        try
        {
            header = SavedNetwork.ReadHeader(entry);
        }
        catch (Exception e) when (e is SavedNetworkException or IOException)
        {
            return;
        }

        if (header.Customizable is null)
        {
            Save(entry, graph, [.. header.PreparedMetrics], CustomizableSaving.Prepare, spin);
        }
    }

    private static RoutingGraph? TryLoad(string entry, Profile profile)
    {
        if (!File.Exists(entry))
        {
            return null;
        }

        try
        {
            return Ui.Spin("Loading the prepared network from the cache", () => SavedNetworkOpener.Open(entry, profile));
        }
        catch (Exception e) when (e is SavedNetworkException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"note: the cached network {entry} is not usable ({e.Message}); rebuilding it.");
            return null;
        }
    }

    private static IReadOnlyList<RouteMetric> SavedMetrics(string entry)
    {
        try
        {
            return SavedNetwork.ReadHeader(entry).PreparedMetrics;
        }
        catch (Exception e) when (e is SavedNetworkException or IOException)
        {
            return [];
        }
    }

    private static void Save(string entry, RoutingGraph graph, RouteMetric[] metrics, CustomizableSaving customizable = CustomizableSaving.IfPrepared, bool spin = true)
    {
        try
        {
            Func<string> save = () =>
            {
                SavedNetwork.Save(entry, graph, customizable, metrics);
                return entry;
            };
            _ = spin ? Ui.Spin("Preparing the network for the next calls", save) : save();
            Console.Error.WriteLine($"note: prepared network cached as {entry} (--no-cache skips the cache).");
        }
        catch (ExportException e)
        {
            Console.Error.WriteLine($"note: the prepared network could not be cached ({e.Message}); the next call imports again.");
        }
    }

    /// <summary>The SHA-256 of the extract's content; a record of size and modification time beside the entries saves reading it again.</summary>
    private string ContentHash(string extract)
    {
        var file = new FileInfo(extract);
        string stamp = string.Create(CultureInfo.InvariantCulture, $"{file.Length} {file.LastWriteTimeUtc.Ticks}");
        string pathKey = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(file.FullName)))[..16];
        string record = Path.Combine(_folder, $"{file.Name}.{pathKey}.source");
        if (File.Exists(record) && File.ReadAllText(record).Split(' ') is [var length, var ticks, var known]
            && $"{length} {ticks}" == stamp && known.Length == 64)
        {
            return known;
        }

        string hash;
        using (FileStream stream = file.OpenRead())
        {
            hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        try
        {
            AtomicFile.Write(record, s => s.Write(System.Text.Encoding.UTF8.GetBytes($"{stamp} {hash}")));
        }
        catch (ExportException)
        {
            // Without the record the next call hashes the file again: slower, still right.
        }

        return hash;
    }
}
