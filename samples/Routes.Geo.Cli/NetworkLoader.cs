using Routes.Geo.Import;
using Routes.Geo.Network;
using Routes.Geo.Osm;

namespace Routes.Geo.Cli;

/// <summary>Loads a road network from an OpenStreetMap PBF or a GeoJSON road file, chosen by extension.</summary>
internal static class NetworkLoader
{
    public static RoadNetwork Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Road network file '{path}' does not exist.", path);
        }

        return path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase)
            ? OsmNetwork.Load(path)
            : GeoJsonRoads.Load(path);
    }
}
