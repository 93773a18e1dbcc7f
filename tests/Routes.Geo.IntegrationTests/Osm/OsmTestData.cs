namespace Routes.Geo.IntegrationTests.Osm;

/// <summary>Locates the shared real OSM extracts in ../shared/data/osm.</summary>
internal static class OsmTestData
{
    public static string PathOf(string fileName) => SharedData.PathOf("osm", fileName);
}
