namespace Routes.Geo.Osm.Download;

/// <summary>Progress of <see cref="ExtractDownloader.DownloadAsync"/>.</summary>
/// <param name="BytesDone">Bytes of the extract on disk so far (a resumed download starts above zero).</param>
/// <param name="TotalBytes">Size of the extract when the server said it, else null.</param>
/// <param name="Verifying">True while the finished file's MD5 is being computed.</param>
public readonly record struct ExtractDownloadProgress(long BytesDone, long? TotalBytes, bool Verifying = false);
