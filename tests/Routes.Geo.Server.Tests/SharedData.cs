namespace Routes.Geo.Server.Tests;

/// <summary>Locates the shared real data (../shared/data next to the repository root) and this project's folder.</summary>
internal static class SharedData
{
    public static string PathOf(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepositoryRoot(), "..", "shared", "data", .. parts]));

    /// <summary>The test project's source folder, where package.json and node_modules are.</summary>
    public static string ProjectFolder() => Path.Combine(RepositoryRoot(), "tests", "Routes.Geo.Server.Tests");

    /// <summary>The folder holding Routes.Geo.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Routes.Geo.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Routes.Geo.sln not found above " + AppContext.BaseDirectory);
    }
}
