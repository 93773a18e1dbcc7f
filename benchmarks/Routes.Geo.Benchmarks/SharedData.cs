namespace Routes.Geo.Benchmarks;

/// <summary>Finds ../shared/data beside the repository root, wherever BenchmarkDotNet runs the benchmark from.</summary>
internal static class SharedData
{
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
}
