using System.Runtime.CompilerServices;
using Routes.Geo.Routing;

namespace Routes.Geo.TestSupport;

/// <summary>
/// One <see cref="Router"/> per network and profile object for the tests, so a test that prepares a graph and then
/// queries through the network gets the same graph, while variants of a profile sharing its name stay apart.
/// </summary>
public static class TestRouters
{
    private static readonly ConditionalWeakTable<RoadNetwork, ConditionalWeakTable<Profile, Router>> ProfileRouters = new();

    /// <summary>The graph of <paramref name="profile"/> from the tests' router on <paramref name="network"/> for that profile object.</summary>
    public static RoutingGraph GraphFor(this RoadNetwork network, Profile profile) => RouterFor(network, profile).GraphFor(profile);

    /// <summary>A route query from the tests' router on <paramref name="network"/> for that profile object.</summary>
    public static RouteRequest Route(this RoadNetwork network, Profile profile) => RouterFor(network, profile).Route(profile);

    private static Router RouterFor(RoadNetwork network, Profile profile) =>
        ProfileRouters.GetValue(network, _ => new ConditionalWeakTable<Profile, Router>())
            .GetValue(profile, _ => new Router(network));
}
