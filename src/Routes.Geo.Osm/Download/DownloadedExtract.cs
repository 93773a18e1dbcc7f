namespace Routes.Geo.Osm.Download;

/// <summary>An extract on disk whose MD5 equals the one the server publishes.</summary>
/// <param name="Path">Full path of the verified file in the cache folder.</param>
/// <param name="Md5">Its MD5, lower-case hex.</param>
/// <param name="Length">Its size in bytes.</param>
/// <param name="FromCache">True when the cached file already matched and nothing was downloaded.</param>
/// <param name="ResumedFrom">Bytes already on disk from an interrupted download that were kept (0 for a fresh download).</param>
public sealed record DownloadedExtract(string Path, string Md5, long Length, bool FromCache, long ResumedFrom);
