using System.Text;

namespace Routes.Geo.Cli;

/// <summary>What a --network file holds, told by its first bytes rather than its name.</summary>
internal enum NetworkFileKind
{
    OsmPbf,
    GeoJson,
    SavedNetwork,
}

/// <summary>
/// Recognises a --network file by content: OpenStreetMap PBF, GeoJSON and saved networks are read; anything
/// else (OSM XML, compressed files, a folder, ...) is refused with what it is and what to do instead.
/// </summary>
internal static class NetworkFile
{
    private const string Supported = "--network takes an OpenStreetMap extract in PBF format (.osm.pbf, see 'routes-geo download') or a GeoJSON file of road lines";
    private const int SniffBytes = 4096;

    /// <summary>The kind of <paramref name="path"/>'s content.</summary>
    /// <exception cref="UsageException">It is missing, a folder, empty, or of a kind the tool does not read.</exception>
    public static NetworkFileKind Sniff(string path)
    {
        if (Directory.Exists(path))
        {
            throw new UsageException($"--network '{path}' is a folder, not a road network file; {Supported}.{CandidatesIn(path)}");
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"Road network file '{path}' does not exist. Get the region with 'routes-geo download', or pass a GeoJSON road file.");
        }

        byte[] head = ReadHead(path);
        return head switch
        {
            [] => throw new UsageException($"--network '{path}' is empty; {Supported}."),
            _ when head.AsSpan().StartsWith("RGEO-NET"u8) => NetworkFileKind.SavedNetwork,
            _ when IsPbf(head) => NetworkFileKind.OsmPbf,
            [0x1F, 0x8B, ..] => throw new UsageException($"--network '{path}' is compressed with gzip; decompress it first (gunzip). {Supported}.{OsmiumHint(path)}"),
            [(byte)'B', (byte)'Z', (byte)'h', ..] => throw new UsageException($"--network '{path}' is compressed with bzip2; decompress it first (bunzip2). {Supported}.{OsmiumHint(path)}"),
            _ => TextKind(path, head),
        };
    }

    private static NetworkFileKind TextKind(string path, byte[] head)
    {
        string text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('{'))
        {
            return NetworkFileKind.GeoJson;
        }

        if (text.StartsWith('<') && (text.Contains("<osm", StringComparison.Ordinal) || text.Contains("<osmChange", StringComparison.Ordinal)))
        {
            throw new UsageException($"--network '{path}' is OpenStreetMap XML, which is not read here; {Supported}. Convert it with: osmium cat {Quoted(path)} -o {Quoted(PbfNameFor(path))}");
        }

        string what = text switch
        {
            _ when text.StartsWith('<') && text.Contains("<gpx", StringComparison.Ordinal) => "a GPX file",
            _ when text.StartsWith('<') => "an XML file",
            _ when text.StartsWith('[') => "a JSON array, not a GeoJSON object",
            _ => $"not a road network file (it starts with \"{Printable(text)}\")",
        };
        throw new UsageException($"--network '{path}' is {what}; {Supported}.");
    }

    // An OSM PBF file opens with a 4-byte big-endian BlobHeader length, then the BlobHeader whose type is "OSMHeader".
    private static bool IsPbf(byte[] head) =>
        head.Length >= 4 + 2 + 9 && head[0] == 0 && head[1] == 0 && head[4] == 0x0A && head.AsSpan(6).StartsWith("OSMHeader"u8);

    private static byte[] ReadHead(string path)
    {
        using FileStream stream = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(SniffBytes, stream.Length)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    private static string CandidatesIn(string folder)
    {
        string[] files = [.. Directory.EnumerateFiles(folder)
            .Where(f => f.EndsWith(".osm.pbf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".geojson", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).Take(3)];
        return files.Length == 0 ? "" : $" It holds, for example: {string.Join(", ", files)}.";
    }

    private static string OsmiumHint(string path) =>
        path.Contains(".osm", StringComparison.OrdinalIgnoreCase) ? $" Or convert it at once: osmium cat {Quoted(path)} -o {Quoted(PbfNameFor(path))}" : "";

    /// <summary>"region.osm.bz2" → "region.osm.pbf": the name a conversion to PBF would take.</summary>
    private static string PbfNameFor(string path)
    {
        string name = Path.GetFileName(path);
        int osm = name.IndexOf(".osm", StringComparison.OrdinalIgnoreCase);
        string stem = osm > 0 ? name[..osm] : Path.GetFileNameWithoutExtension(name);
        return Path.Combine(Path.GetDirectoryName(path) ?? "", stem + ".osm.pbf");
    }

    private static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;

    private static string Printable(string text) =>
        new([.. text.Take(16).Select(c => char.IsControl(c) ? '?' : c)]);
}
