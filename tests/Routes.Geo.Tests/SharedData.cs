namespace Routes.Geo.Tests;

/// <summary>Locates the shared real data: ../shared/data next to the repository root (on CI too).</summary>
internal static class SharedData
{
    public static string PathOf(params string[] parts)
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

        return Path.GetFullPath(Path.Combine([directory.FullName, "..", "shared", "data", .. parts]));
    }
}
