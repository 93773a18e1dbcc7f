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

    private RoutingEngine(RoutingGraph driving, RoutingGraph walking, RoutingGraph cycling)
    {
        _graphs = [driving, walking, cycling];
        Source = driving.Network.Source;
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
    /// hierarchy, and the customizable hierarchy that exclusions and alternatives use, are prepared here when they are not
    /// already.
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
            // exclude= and alternatives= run on the customizable hierarchy: build it and the plain fastest metric now.
            _ = graph.Customized(RouteMetric.Fastest, RoadClassSet.None);
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
