using Routes.Geo.Osm;

namespace Routes.Geo.Maps.Tests;

/// <summary>The shared real extracts (../shared/data next to the repository), each read once per test run.</summary>
internal static class RealData
{
    private static readonly Lazy<RoadNetwork> MonacoRoads = new(() => OsmNetwork.Load(PathOf("osm", "monaco.osm.pbf")));
    private static readonly Lazy<BaseMap> MonacoGround = new(() => BaseMap.FromOsm(PathOf("osm", "monaco.osm.pbf")));
    private static readonly Lazy<RoadNetwork> LilleRoads = new(() => GeoJsonRoads.Load(PathOf("lille", "highway_line.json")));

    public static RoadNetwork Monaco => MonacoRoads.Value;

    public static BaseMap MonacoBase => MonacoGround.Value;

    public static RoadNetwork Lille => LilleRoads.Value;

    public static string PathOf(params string[] parts)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Routes.Geo.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new InvalidOperationException("Routes.Geo.sln not found above " + AppContext.BaseDirectory)
            : Path.GetFullPath(Path.Combine([directory.FullName, "..", "shared", "data", .. parts]));
    }

    public static Route Walk(RoadNetwork network, double lat1, double lon1, double lat2, double lon2)
    {
        RouteResult result = new Router(network).Route(TravelProfiles.Foot).From(lat1, lon1).To(lat2, lon2).Calculate();
        Assert.True(result.IsFound, "no route: " + (result.IsFound ? "" : result.Failure.Message));
        return result.Route;
    }

    /// <summary>Keeps a picture in the tests' output folder (maps-output/) to be looked at.</summary>
    public static string Keep(MapImage map, string name)
    {
        string folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "maps-output")).FullName;
        map.WriteSvg(Path.Combine(folder, name + ".svg"));
        map.WritePng(Path.Combine(folder, name + ".png"));
        return Path.Combine(folder, name + ".png");
    }
}
