using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Server.Engine;

/// <summary>
/// The prepared graphs the server answers from: car, foot and bicycle, each with its fastest-route contraction
/// hierarchy and its customizable hierarchy (for exclusions and alternatives). This folder (Engine/) is the only place
/// the server calls into the routing library.
/// Safe to share between threads once made.
/// </summary>
public sealed partial class RoutingEngine
{
    private readonly RoutingGraph[] _graphs;
    private readonly string[] _customizableStates = ["waiting", "waiting", "waiting"];

    private RoutingEngine(RoutingGraph driving, RoutingGraph walking, RoutingGraph cycling)
    {
        _graphs = [driving, walking, cycling];
        Source = driving.Network.Source;
        // exclude= and alternatives= run on the customizable hierarchy (0.2–5 s per profile): built after start-up, in the
        // background and one profile at a time; a request that needs one sooner builds it itself (the build runs once).
        CustomizableReady = Task.Factory.StartNew(PrepareCustomizable, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Completes when the customizable hierarchies of all three profiles are built (see <see cref="CustomizableState"/>).</summary>
    public Task CustomizableReady { get; }

    /// <summary>Where <paramref name="mode"/>'s customizable hierarchy stands: "waiting", "preparing", "ready" or "failed: why".</summary>
    public string CustomizableState(TravelMode mode) => Volatile.Read(ref _customizableStates[(int)mode]);

    private void PrepareCustomizable()
    {
        for (int mode = 0; mode < _graphs.Length; mode++)
        {
            Volatile.Write(ref _customizableStates[mode], "preparing");
            try
            {
                _ = _graphs[mode].Customized(RouteMetric.Fastest, RoadClassSet.None);
                Volatile.Write(ref _customizableStates[mode], "ready");
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Volatile.Write(ref _customizableStates[mode], "failed: " + e.Message);
            }
        }
    }

    /// <summary>Where the network came from (its file name), for logs and readiness.</summary>
    public string Source { get; }

    /// <summary>
    /// Builds the car, foot and bicycle graphs of <paramref name="network"/> and prepares their fastest-route hierarchies
    /// (the whole preparation happens here, once, so that no request pays for it).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> is null.</exception>
    public static RoutingEngine Prepare(RoadNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var router = new Router(network);
        return FromGraphs(router.GraphFor(TravelProfiles.Car), router.GraphFor(TravelProfiles.Foot), router.GraphFor(TravelProfiles.Bicycle));
    }

    /// <summary>
    /// The engine over three graphs already made (for instance loaded from saved networks); each one's fastest-route
    /// hierarchy is prepared here when it is not already, and the customizable hierarchy that exclusions and alternatives
    /// use is built afterwards in the background (<see cref="CustomizableReady"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A graph is not of the car, foot or bicycle profile its place says.</exception>
    public static RoutingEngine FromGraphs(RoutingGraph driving, RoutingGraph walking, RoutingGraph cycling)
    {
        ArgumentNullException.ThrowIfNull(driving);
        ArgumentNullException.ThrowIfNull(walking);
        ArgumentNullException.ThrowIfNull(cycling);
        Check(driving, TravelProfiles.Car, nameof(driving));
        Check(walking, TravelProfiles.Foot, nameof(walking));
        Check(cycling, TravelProfiles.Bicycle, nameof(cycling));
        foreach (RoutingGraph graph in (RoutingGraph[])[driving, walking, cycling])
        {
            graph.Prepare(RouteMetric.Fastest);
        }

        return new RoutingEngine(driving, walking, cycling);
    }

    /// <summary>The built-in profile each mode is answered with.</summary>
    public static Profile ProfileOf(TravelMode mode) => mode switch
    {
        TravelMode.Driving => TravelProfiles.Car,
        TravelMode.Walking => TravelProfiles.Foot,
        _ => TravelProfiles.Bicycle,
    };

    /// <summary>The graph answering for <paramref name="mode"/>.</summary>
    public RoutingGraph GraphOf(TravelMode mode) => _graphs[(int)mode];

    private static void Check(RoutingGraph graph, Profile expected, string parameter)
    {
        if (graph.Profile.Name != expected.Name)
        {
            throw new ArgumentException($"The {parameter} graph must be of profile '{expected.Name}', not '{graph.Profile.Name}'.", parameter);
        }
    }
}
