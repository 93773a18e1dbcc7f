using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Routes.Geo.Elevation;

/// <summary>
/// SRTM <c>.hgt</c> tiles (plain or zipped as distributed): a square of big-endian signed 16-bit heights in metres,
/// 1201 × 1201 (3 arc-seconds) or 3601 × 3601 (1 arc-second), told apart by size; -32768 is a void. The file
/// name gives the south-west corner (<c>N43E007</c>: lat 43..44, lon 7..8); the first row is the northern edge.
/// </summary>
internal static partial class SrtmTile
{
    /// <summary>The value SRTM stores where the radar saw nothing (water, shadows).</summary>
    public const short VoidValue = short.MinValue;

    private static readonly int[] SidesBySize = [1201, 3601];

    /// <summary>Reads the tile's south-west corner from a name like <c>N43E007.hgt</c> or <c>s01w072.hgt.zip</c>.</summary>
    public static bool TryParseName(string path, out int southLat, out int westLon)
    {
        Match m = TileName().Match(System.IO.Path.GetFileName(path));
        southLat = westLon = 0;
        if (!m.Success)
        {
            return false;
        }

        int lat = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        int lon = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
        if (lat > 89 || lon > 180)
        {
            return false;
        }

        southLat = char.ToUpperInvariant(m.Groups[1].Value[0]) == 'S' ? -lat : lat;
        westLon = char.ToUpperInvariant(m.Groups[3].Value[0]) == 'W' ? -lon : lon;
        return westLon < 180;
    }

    /// <summary>Reads every sample of the tile at <paramref name="path"/>; voids become NaN.</summary>
    /// <exception cref="ElevationDataException">The file is missing, of an SRTM size neither 1201² nor 3601² samples, truncated or a damaged zip.</exception>
    public static ElevationGrid Read(string path, int southLat, int westLon)
    {
        byte[] bytes;
        try
        {
            bytes = path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? ReadZipped(path) : ReadPlain(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ElevationDataException(path, e is InvalidDataException ? ElevationDataProblem.Truncated : ElevationDataProblem.Unreadable,
                "cannot read the SRTM tile: " + e.Message, e);
        }

        int side = SideOf(path, bytes.LongLength);
        var heights = new float[side * side];
        for (int i = 0; i < heights.Length; i++)
        {
            short value = BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(2 * i, 2));
            heights[i] = value == VoidValue ? float.NaN : value;
        }

        double step = 1.0 / (side - 1);
        return new ElevationGrid(side, side, southLat + 1, westLon, step, step, heights);
    }

    private static int SideOf(string path, long length)
    {
        foreach (int side in SidesBySize)
        {
            if (length == 2L * side * side)
            {
                return side;
            }
        }

        // Shorter than a 1 arc-second tile but of no tile's size: most likely a tile cut short.
        bool truncated = length > 0 && length < 2L * 3601 * 3601;
        throw new ElevationDataException(path, truncated ? ElevationDataProblem.Truncated : ElevationDataProblem.Unreadable,
            $"{length:N0} bytes of samples: an SRTM tile has 2,884,802 (1201 x 1201, 3 arc-seconds) or 25,934,402 (3601 x 3601, 1 arc-second).");
    }

    private static byte[] ReadPlain(string path)
    {
        long length = new FileInfo(path).Length;
        if (length > 2L * 3601 * 3601)
        {
            SideOf(path, length);
        }

        return File.ReadAllBytes(path);
    }

    // Reads the one .hgt entry, at most one byte past the largest tile, whatever the entry's declared size says.
    private static byte[] ReadZipped(string path)
    {
        using ZipArchive zip = ZipFile.OpenRead(path);
        ZipArchiveEntry[] entries = [.. zip.Entries.Where(e => e.Name.EndsWith(".hgt", StringComparison.OrdinalIgnoreCase))];
        if (entries.Length != 1)
        {
            throw new ElevationDataException(path, ElevationDataProblem.Unreadable, $"the zip holds {entries.Length} .hgt entries; an SRTM tile's zip holds one.");
        }

        using Stream stream = entries[0].Open();
        var buffer = new byte[2 * 3601 * 3601 + 1];
        int total = 0, read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return buffer[..total];
    }

    [GeneratedRegex(@"^([NSns])(\d{2})([EWew])(\d{3})\.hgt(\.zip)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TileName();
}
