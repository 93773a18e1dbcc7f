using System.Collections.Concurrent;
using Routes.Geo.Elevation;
using Routes.Geo.Geodesy;
using Routes.Geo.IntegrationTests.Routing;

namespace Routes.Geo.IntegrationTests.Elevation;

/// <summary>Monaco and Andorra with the heights of their real SRTM3 tiles, loaded once per test run.</summary>
internal static class HillyExtracts
{
    private static readonly ConcurrentDictionary<string, Lazy<RoadNetwork>> Cache = new();

    public static ElevationTiles Tiles { get; } = ElevationTiles.FromFolder(SharedData.PathOf("elevation"));

    public static RoadNetwork Osm(string name) =>
        Cache.GetOrAdd(name, n => new Lazy<RoadNetwork>(() => ExtractNetworks.Osm(n).WithElevation(new ElevationOptions(Tiles)))).Value;

    /// <summary>A point within 30 m of a random geometry point of the network.</summary>
    public static GeoPoint NearRoad(RoadNetwork network, Random random)
    {
        IReadOnlyList<GeoPoint> line = network.GetEdgeGeometry(random.Next(network.EdgeCount));
        GeoPoint p = line[random.Next(line.Count)];
        return Geodesic.Wgs84.Direct(p.Latitude, p.Longitude, random.NextDouble() * 360, random.NextDouble() * 30).Point;
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[(int)Math.Clamp(Math.Round(p * (sorted.Count - 1)), 0, sorted.Count - 1)];
}
