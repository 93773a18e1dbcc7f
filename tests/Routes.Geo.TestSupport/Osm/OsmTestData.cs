namespace Routes.Geo.TestSupport;

/// <summary>Locates the shared real OSM extracts: ../shared/data/osm next to the repository root.</summary>
public static class OsmTestData
{
    public static string MonacoPath => PathOf("monaco.osm.pbf");

    public static string PathOf(string fileName) => SharedData.PathOf("osm", fileName);
}
