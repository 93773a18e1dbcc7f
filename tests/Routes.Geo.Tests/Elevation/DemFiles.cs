using System.IO.Compression;

namespace Routes.Geo.Tests.Elevation;

/// <summary>The shared SRTM tiles, unzipped or converted by GDAL into a temporary folder for one test class.</summary>
internal sealed class DemFiles : IDisposable
{
    public DemFiles()
    {
        Folder = Path.Combine(Path.GetTempPath(), "routes-geo-dem-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public static string MonacoZip => SharedData.PathOf("elevation", "N43E007.hgt.zip");

    public static string AndorraZip => SharedData.PathOf("elevation", "N42E001.hgt.zip");

    public string Folder { get; }

    /// <summary>A sub-folder for one set of tiles.</summary>
    public string NewFolder(string name)
    {
        string path = Path.Combine(Folder, name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The zip's .hgt entry written as a plain file into <paramref name="folder"/>.</summary>
    public static string Unzip(string zip, string folder)
    {
        using ZipArchive archive = ZipFile.OpenRead(zip);
        ZipArchiveEntry entry = archive.Entries.Single(e => e.Name.EndsWith(".hgt", StringComparison.OrdinalIgnoreCase));
        string path = Path.Combine(folder, entry.Name);
        entry.ExtractToFile(path, overwrite: true);
        return path;
    }

    /// <summary>Runs gdal_translate on <paramref name="source"/> into <paramref name="target"/> with extra options.</summary>
    public static string Translate(string source, string target, params string[] options)
    {
        Gdal.Run("gdal_translate", [.. options, source, target]);
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
