using System.Collections.Concurrent;
using Routes.Geo.Osm;

namespace Routes.Geo.IntegrationTests.Routing;

/// <summary>The real networks, loaded once per test run and shared (a network is immutable and thread-safe).</summary>
internal static class ExtractNetworks
{
    private static readonly ConcurrentDictionary<string, Lazy<RoadNetwork>> Cache = new();

    public static RoadNetwork Osm(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<RoadNetwork>(() => OsmNetwork.Load(SharedData.PathOf("osm", n + ".osm.pbf")))).Value;

    public static RoadNetwork Lille() =>
        Cache.GetOrAdd("lille", _ => new Lazy<RoadNetwork>(() => GeoJsonRoads.Load(SharedData.PathOf("lille", "highway_line.json")))).Value;
}
