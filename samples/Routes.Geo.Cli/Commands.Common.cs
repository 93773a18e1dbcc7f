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

    internal static Option<string> NetworkOption(bool required = true) => new("--network")
    {
        Description = "Road network: an OpenStreetMap .osm.pbf file (see 'download') or a GeoJSON file of road lines.",
        Required = required,
    };

    internal static Option<string> ModeOption() => new("--mode")
    {
        Description = "How you travel: foot, car, bike or wheelchair (no steps, raised kerbs, stiles, rough surfaces or grades over 6%).",
        DefaultValueFactory = _ => "foot",
    };

    /// <summary>The profile of a --mode value; <see cref="UsageException"/> for an unknown one.</summary>
    internal static Profile ProfileOf(string mode)
    {
        try
        {
            return TravelProfiles.ByName(mode);
        }
        catch (ArgumentException)
        {
            throw new UsageException($"--mode '{mode}' is not a way to travel: use foot, car, bike or wheelchair.");
        }
    }

    private static void EnsureFolderOf(string path) =>
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);

    // Library errors are bad input: say what is wrong and exit non-zero, without a stack trace.
    internal static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is NoTourException or UnreachableException)
        {
            return Fail(e.Message, ExitNoRoute);
        }
        catch (ExtractDownloadException e)
        {
            return Fail(e.Message, ExitDownloadFailed);
        }
        catch (ArgumentException e)
        {
            return Fail(WithoutParameterName(e.Message), ExitBadInput);
        }
        catch (Exception e) when (e is RoutesGeoException or UsageException or IOException or UnauthorizedAccessException)
        {
            return Fail(e.Message, ExitBadInput);
        }
    }

    private static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }

    // .NET appends " (Parameter 'name')" (and the actual value) to an argument error: the user did not write that parameter.
    private static string WithoutParameterName(string message) =>
        message.IndexOf(" (Parameter '", StringComparison.Ordinal) is var cut and >= 0 ? message[..cut] : message;
}

/// <summary>A destination the network has no route to, reported with exit code 3.</summary>
internal sealed class UnreachableException(string message) : Exception(message);
