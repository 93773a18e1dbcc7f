namespace Routes.Geo.Osm.Download;

/// <summary>
/// The <c>.part</c> file of a download and, beside it, the MD5 it is meant to have: a part is only
/// continued when the server still publishes that MD5 (a "-latest" extract changes daily).
/// </summary>
internal sealed class PartialFile(string target, string expectedMd5, Uri uri)
{
    public string Path { get; } = target + ".part";

    private string ExpectedPath => Path + ".md5";

    public long Length => File.Exists(Path) ? new FileInfo(Path).Length : 0;

    /// <summary>Bytes that may be kept: the part's length when it was meant for the same MD5, else 0 (and the part is dropped).</summary>
    public long PrepareForResume()
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            bool sameFile = File.Exists(Path) && File.Exists(ExpectedPath) && File.ReadAllText(ExpectedPath).Trim() == expectedMd5;
            if (!sameFile)
            {
                File.Delete(Path);
                File.WriteAllText(ExpectedPath, expectedMd5);
            }

            return Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExtractDownloadException(ExtractDownloadFailure.CacheNotWritable, uri, $"Cannot write in '{System.IO.Path.GetDirectoryName(Path)}': {e.Message}", e);
        }
    }

    public FileStream Open(bool append) =>
        new(Path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);

    /// <summary>Renames the verified part to the final name and forgets its expected MD5.</summary>
    public void Complete()
    {
        File.Move(Path, target, overwrite: true);
        File.Delete(ExpectedPath);
    }

    public void Delete()
    {
        File.Delete(Path);
        File.Delete(ExpectedPath);
    }
}
