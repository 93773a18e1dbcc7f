namespace Routes.Geo.IntegrationTests.Osm;

/// <summary>Locates the shared real OSM extracts: ../shared/data/osm next to the repository root.</summary>
internal static class OsmTestData
{
    public static string PathOf(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Routes.Geo.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("Routes.Geo.sln not found above " + AppContext.BaseDirectory);
        }

        return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data", "osm", fileName));
    }
}
