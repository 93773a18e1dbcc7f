namespace Routes.Geo.Cli;

/// <summary>The --elevation-chart option's file, checked before any work.</summary>
internal static class ElevationChartOutput
{
    /// <exception cref="UsageException">The file is not .svg or .png, cannot be written, or --elevation was not given.</exception>
    public static string Check(string path, string? elevationFolder)
    {
        if (elevationFolder is null)
        {
            throw new UsageException("--elevation-chart needs --elevation DIR: without heights there is no profile to draw.");
        }

        string extension = Path.GetExtension(path).ToUpperInvariant();
        if (extension is not (".SVG" or ".PNG"))
        {
            throw new UsageException($"--elevation-chart '{path}': give a .svg or .png file.");
        }

        return OutputPath.File(path, "--elevation-chart");
    }
}
