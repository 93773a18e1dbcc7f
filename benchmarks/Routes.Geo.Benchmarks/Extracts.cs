using System.Collections.Concurrent;
using Routes.Geo.Osm;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks;

/// <summary>The real extracts of the shared data, loaded once per process and profile.</summary>
internal static class Extracts
{
    public static readonly string[] Names = ["monaco", "andorra", "liechtenstein"];

    private static readonly ConcurrentDictionary<string, RoadNetwork> Networks = new();

    public static string PbfPath(string extract) => SharedData.PathOf("osm", extract + ".osm.pbf");

    public static RoadNetwork Network(string extract) => Networks.GetOrAdd(extract, e => OsmNetwork.Load(PbfPath(e)));

    private static readonly ConcurrentDictionary<string, Router> Routers = new();

    public static Router Router(string extract) => Routers.GetOrAdd(extract, e => new Router(Network(e)));

    public static RoutingGraph Graph(string extract, string profile) => Router(extract).GraphFor(TravelProfiles.ByName(profile));
}
