namespace Routes.Geo.IntegrationTests;

/// <summary>Locates the shared real data: ../shared/data next to the repository root (on CI too).</summary>
internal static class SharedData
{
    public static string PathOf(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepositoryRoot(), "..", "shared", "data", .. parts]));

    /// <summary>The folder holding Routes.Geo.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
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

        return directory.FullName;
    }
}
