using System.Runtime.CompilerServices;
using Routes.Geo.Routing;

namespace Routes.Geo.TestSupport;

/// <summary>
/// One <see cref="Router"/> per network for the tests, so a test that prepares a graph and then queries through the
/// network gets the same graph, as a caller holding one router does.
/// </summary>
public static class TestRouters
{
    private static readonly ConditionalWeakTable<RoadNetwork, Router> Routers = new();

    /// <summary>The tests' router on <paramref name="network"/>.</summary>
    public static Router Router(this RoadNetwork network) => Routers.GetValue(network, n => new Router(n));

    /// <summary>The graph of <paramref name="profile"/> from the tests' router on <paramref name="network"/>.</summary>
    public static RoutingGraph GraphFor(this RoadNetwork network, Profile profile) => network.Router().GraphFor(profile);

    /// <summary>A route query from the tests' router on <paramref name="network"/>.</summary>
    public static RouteRequest Route(this RoadNetwork network, Profile profile) => network.Router().Route(profile);
}
