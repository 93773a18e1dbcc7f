using System.Collections.Concurrent;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo;

/// <summary>
/// The routing entry point: a <see cref="RoadNetwork"/> and the <see cref="RoutingGraph"/> of each profile asked for,
/// built on first use and kept (<c>new Router(network).Route(TravelProfiles.Foot).From(a).To(b).Calculate()</c>).
/// Profiles are told apart by <see cref="Profile.Name"/>; a second profile object with a name already in use must
/// decide the same as the first (see <see cref="Profile"/>). Safe to share between threads.
/// </summary>
public sealed class Router
{
    private readonly ConcurrentDictionary<string, Lazy<RoutingGraph>> _graphs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Profile, object> _sameDecisions = new();

    /// <summary>A router on <paramref name="network"/>, with no graph built yet.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public Router(RoadNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        Network = network;
    }

    /// <summary>A router on the network of <paramref name="graph"/> (a loaded or prepared one), which it keeps for the graph's profile.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="graph"/> is null.</exception>
    public Router(RoutingGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Network = graph.Network;
        _graphs[graph.Profile.Name] = new Lazy<RoutingGraph>(graph);
    }

    /// <summary>The network routed on.</summary>
    public RoadNetwork Network { get; }

    /// <summary>
    /// A router on the saved network at <paramref name="path"/> (see <see cref="SavedNetwork.Load"/>), its graph for
    /// <paramref name="profile"/> ready with the hierarchies saved in the file.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="SavedNetworkException">The file is not a saved network for this profile, or is damaged.</exception>
    public static Router Load(string path, Profile profile) => new(SavedNetwork.Load(path, profile));

    /// <summary>
    /// The network seen through <paramref name="profile"/>: built on first use (reading every edge once), then kept
    /// for every later call with a profile of the same name.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">Another profile of the same name, deciding differently on this network, was used before.</exception>
    public RoutingGraph GraphFor(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        RoutingGraph graph = _graphs.GetOrAdd(profile.Name, _ => new Lazy<RoutingGraph>(() => new RoutingGraph(Network, profile))).Value;
        if (!ReferenceEquals(graph.Profile, profile) && !_sameDecisions.TryGetValue(profile, out _) && !SameDecisions(graph, profile))
        {
            throw new ArgumentException(
                $"A profile named '{profile.Name}' that decides differently (access, speeds or restrictions) is already in use on this router; give this one another name.",
                nameof(profile));
        }

        return graph;
    }

    /// <summary>Starts a route query with <paramref name="profile"/>: <c>router.Route(TravelProfiles.Foot).From(a).To(b).Calculate()</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">Another profile of the same name, deciding differently on this network, was used before.</exception>
    public RouteRequest Route(Profile profile) => GraphFor(profile).Route();

    private bool SameDecisions(RoutingGraph kept, Profile other)
    {
        string keptFingerprint = _fingerprints.GetOrAdd(kept.Profile.Name, _ => kept.Fingerprint());
        bool same = string.Equals(keptFingerprint, new RoutingGraph(Network, other).Fingerprint(), StringComparison.Ordinal);
        if (same)
        {
            // A profile object found to decide alike is not checked again: the check builds a whole graph.
            _sameDecisions.AddOrUpdate(other, other);
        }

        return same;
    }
}
