using System.Security.Cryptography;
using System.Text;
using Routes.Geo.Elevation;

namespace Routes.Geo.Cli;

/// <summary>The --elevation option: a folder of SRTM .hgt(.zip) or GeoTIFF tiles given to the import.</summary>
internal static class ElevationFolder
{
    public const string Description =
        "Folder of DEM tiles (SRTM N43E007.hgt or .hgt.zip, 1 or 3 arc-seconds; GeoTIFF in EPSG:4326, e.g. Copernicus GLO-30): walking and cycling follow the hills, routes report ascent and descent.";

    /// <summary>The tiles of <paramref name="folder"/>, or null without the option.</summary>
    /// <exception cref="UsageException">The folder is missing, holds no tile, or a tile's header is unusable.</exception>
    public static ElevationOptions? Open(string? folder)
    {
        if (folder is null)
        {
            return null;
        }

        try
        {
            return ElevationOptions.FromFolder(folder);
        }
        catch (ElevationDataException e)
        {
            throw new UsageException($"--elevation: {e.Message}");
        }
    }

    /// <summary>A short tag for cache entries: the tiles' names, sizes and modification times (empty without elevation).</summary>
    public static string CacheTag(ElevationOptions? elevation)
    {
        if (elevation?.Source is not ElevationTiles tiles)
        {
            return "";
        }

        var text = new StringBuilder().Append(elevation.SampleSpacingMetres).Append('|');
        foreach (string file in tiles.Files)
        {
            var info = new FileInfo(file);
            text.Append(info.Name).Append(':').Append(info.Length).Append(':').Append(info.LastWriteTimeUtc.Ticks).Append('|');
        }

        return "-elev" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..8];
    }

    /// <summary>The network with heights when <paramref name="elevation"/> is given.</summary>
    public static RoadNetwork Apply(RoadNetwork network, ElevationOptions? elevation) =>
        elevation is null ? network : Ui.Spin("Reading heights from the elevation tiles", () => network.WithElevation(elevation));

    /// <summary>A line on the route's climb, and on the part routed flat for want of tiles; nothing without elevation.</summary>
    public static string? Summary(Route route)
    {
        if (route.ElevationCoverage is not { } coverage)
        {
            return null;
        }

        string line = FormattableString.Invariant($"Ascent {route.AscentMetres:0} m, descent {route.DescentMetres:0} m");
        return coverage < 0.999
            ? line + FormattableString.Invariant($"; no elevation tile for {(1 - coverage) * 100:0}% of the way, routed flat there.")
            : line + ".";
    }
}
