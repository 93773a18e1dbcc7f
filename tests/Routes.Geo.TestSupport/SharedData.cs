namespace Routes.Geo.TestSupport;

/// <summary>Where the shared data (../shared/data beside the repository) is, found from the test binaries.</summary>
public static class SharedData
{
    /// <summary>The full path of <paramref name="parts"/> under ../shared/data.</summary>
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

        return directory is null
            ? throw new InvalidOperationException("Routes.Geo.sln not found above " + AppContext.BaseDirectory)
            : directory.FullName;
    }
}
