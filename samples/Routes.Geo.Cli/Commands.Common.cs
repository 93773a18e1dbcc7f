using System.CommandLine;
using Routes.Geo.Osm.Download;
using Routes.Geo.Tours;

namespace Routes.Geo.Cli;

/// <summary>
/// The commands of the routes-geo tool, one per file (Commands.&lt;Name&gt;.cs); this file holds what
/// they share: exit codes, common options and the error handling.
/// </summary>
internal static partial class Commands
{
    public const int ExitBadInput = 2;
    public const int ExitNoRoute = 3;
    public const int ExitDownloadFailed = 4;

    private static Option<string> NetworkOption(bool required = true) => new("--network")
    {
        Description = "Road network: an OpenStreetMap .osm.pbf file (see 'download') or a GeoJSON file of road lines.",
        Required = required,
    };

    private static Option<string> ModeOption() => new("--mode")
    {
        Description = "How you travel: foot, car or bike.",
        DefaultValueFactory = _ => "foot",
    };

    private static void EnsureFolderOf(string path) =>
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

    // Library errors are bad input: say what is wrong and exit non-zero, without a stack trace.
    private static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is NoTourException or UnreachableException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitNoRoute;
        }
        catch (ExtractDownloadException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitDownloadFailed;
        }
        catch (Exception e) when (e is RoutesGeoException or UsageException or FileNotFoundException or DirectoryNotFoundException
            or ArgumentException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitBadInput;
        }
    }
}

/// <summary>A destination the network has no route to, reported with exit code 3.</summary>
internal sealed class UnreachableException(string message) : Exception(message);
