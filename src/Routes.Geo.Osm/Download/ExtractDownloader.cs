using System.Net;

namespace Routes.Geo.Osm.Download;

/// <summary>
/// Downloads OpenStreetMap extracts from Geofabrik (or a mirror with the same layout) into a cache
/// folder, verified against the MD5 the server publishes beside each file (<c>&lt;file&gt;.md5</c>).
/// A cached file whose MD5 matches is reused; an interrupted download continues with an HTTP
/// Range request; bytes go to <c>&lt;file&gt;.part</c>, renamed to the final name only once verified.
/// </summary>
public sealed class ExtractDownloader
{
    /// <summary>The extract of the Channel ports region: Nord-Pas-de-Calais, about 250 MB.</summary>
    public const string DefaultExtract = "europe/france/nord-pas-de-calais-latest.osm.pbf";

    private const int BufferSize = 1 << 16;
    private readonly HttpClient _http;

    /// <summary>Creates a downloader.</summary>
    /// <param name="http">The client to use; the caller owns it and sets its timeouts.</param>
    /// <param name="cacheDirectory">Folder for the extracts (created when needed); the extract's path below the server root is kept under it.</param>
    /// <param name="baseUri">The server root; default <see cref="GeofabrikUri"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="cacheDirectory"/> is empty or <paramref name="baseUri"/> is not absolute HTTP(S).</exception>
    public ExtractDownloader(HttpClient http, string cacheDirectory, Uri? baseUri = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrEmpty(cacheDirectory);
        baseUri ??= GeofabrikUri;
        if (!baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"The server address '{baseUri}' must be an absolute http or https address.", nameof(baseUri));
        }

        _http = http;
        CacheDirectory = Path.GetFullPath(cacheDirectory);
        BaseUri = baseUri.AbsoluteUri.EndsWith('/') ? baseUri : new Uri(baseUri.AbsoluteUri + "/");
    }

    /// <summary>Geofabrik's download server.</summary>
    public static Uri GeofabrikUri { get; } = new("https://download.geofabrik.de/");

    /// <summary>The server root extracts are fetched from (ends with '/').</summary>
    public Uri BaseUri { get; }

    /// <summary>The full path of the cache folder.</summary>
    public string CacheDirectory { get; }

    /// <summary>Where <paramref name="extract"/> is (or will be) stored in the cache.</summary>
    /// <param name="extract">The extract's path below the server root, such as <see cref="DefaultExtract"/>.</param>
    /// <exception cref="ArgumentException">The path is empty, absolute, climbs with "..", or does not name a file.</exception>
    public string CachePathOf(string extract)
    {
        string[] segments = Segments(extract);
        return Path.Combine([CacheDirectory, .. segments]);
    }

    /// <summary>
    /// Returns the verified extract: the cached file when its MD5 equals the published one, otherwise
    /// downloads it (continuing a partial download when its expected MD5 is still the published one).
    /// </summary>
    /// <param name="extract">The extract's path below the server root (default <see cref="DefaultExtract"/>).</param>
    /// <param name="progress">Receives the bytes on disk while downloading, then a report while verifying.</param>
    /// <param name="cancellationToken">Stops the download; the partial file is kept for a resume.</param>
    /// <returns>The verified file in the cache.</returns>
    /// <exception cref="ArgumentException">The extract path is invalid (see <see cref="CachePathOf"/>).</exception>
    /// <exception cref="ExtractDownloadException">The server is unreachable or answers an error, the connection broke
    /// (the <c>.part</c> file is kept), or the MD5 differs (the <c>.part</c> file is deleted). The final path never holds an unverified file.</exception>
    public async Task<DownloadedExtract> DownloadAsync(string extract = DefaultExtract, IProgress<ExtractDownloadProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        string target = CachePathOf(extract);
        var fileUri = new Uri(BaseUri, string.Join('/', Segments(extract).Select(Uri.EscapeDataString)));
        string expected = await PublishedMd5Async(new Uri(fileUri.AbsoluteUri + ".md5"), cancellationToken).ConfigureAwait(false);
        if (File.Exists(target))
        {
            if (await Md5Sum.OfFileAsync(target, cancellationToken).ConfigureAwait(false) == expected)
            {
                return new DownloadedExtract(target, expected, new FileInfo(target).Length, FromCache: true, ResumedFrom: 0);
            }

            File.Delete(target); // A "-latest" file is replaced daily: the stale copy goes.
        }

        var part = new PartialFile(target, expected, fileUri);
        long resumedFrom = await FetchAsync(fileUri, part, progress, cancellationToken).ConfigureAwait(false);
        progress?.Report(new ExtractDownloadProgress(part.Length, part.Length, Verifying: true));
        string actual = await Md5Sum.OfFileAsync(part.Path, cancellationToken).ConfigureAwait(false);
        if (actual != expected)
        {
            part.Delete();
            throw new ExtractDownloadException(ExtractDownloadFailure.ChecksumMismatch, fileUri,
                $"{fileUri}: the downloaded file has MD5 {actual}, the server publishes {expected}; the download was discarded.");
        }

        long length = part.Length;
        part.Complete();
        return new DownloadedExtract(target, expected, length, FromCache: false, resumedFrom);
    }

    private async Task<string> PublishedMd5Async(Uri md5Uri, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            using HttpResponseMessage response = await _http.GetAsync(md5Uri, cancellationToken).ConfigureAwait(false);
            EnsureSuccess(response, md5Uri);
            text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsNetworkFailure(e, cancellationToken))
        {
            throw Unreachable(md5Uri, e);
        }

        return Md5Sum.Parse(text) ?? throw new ExtractDownloadException(ExtractDownloadFailure.BadChecksumFile, md5Uri,
            $"{md5Uri}: the checksum file does not start with an MD5 sum (32 hex digits).");
    }

    // Returns how many bytes of an earlier attempt were kept.
    private async Task<long> FetchAsync(Uri fileUri, PartialFile part, IProgress<ExtractDownloadProgress>? progress, CancellationToken cancellationToken)
    {
        long have = part.PrepareForResume();
        using var request = new HttpRequestMessage(HttpMethod.Get, fileUri);
        if (have > 0)
        {
            request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(have, null);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsNetworkFailure(e, cancellationToken))
        {
            throw Unreachable(fileUri, e);
        }

        using (response)
        {
            if (have > 0 && response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                return have; // The part already holds the whole file; the MD5 check decides.
            }

            EnsureSuccess(response, fileUri);
            bool appending = have > 0 && response.StatusCode == HttpStatusCode.PartialContent;
            long kept = appending ? have : 0;
            long? total = response.Content.Headers.ContentLength + kept;
            try
            {
                await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using FileStream file = part.Open(appending);
                byte[] buffer = new byte[BufferSize];
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                    progress?.Report(new ExtractDownloadProgress(file.Position, total));
                }

                await file.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsNetworkFailure(e, cancellationToken))
            {
                throw new ExtractDownloadException(ExtractDownloadFailure.Interrupted, fileUri,
                    $"{fileUri}: the connection broke after {part.Length} bytes ({e.Message}); run again to resume from '{part.Path}'.", e);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new ExtractDownloadException(ExtractDownloadFailure.CacheNotWritable, fileUri, $"Cannot write '{part.Path}': {e.Message}", e);
            }

            return kept;
        }
    }

    private static void EnsureSuccess(HttpResponseMessage response, Uri uri)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new ExtractDownloadException(ExtractDownloadFailure.HttpError, uri,
                $"{uri}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
    }

    // Network errors and HttpClient's own timeout (a cancellation the caller did not ask for).
    private static bool IsNetworkFailure(Exception e, CancellationToken cancellationToken) =>
        e is HttpRequestException || (e is IOException && e is not FileNotFoundException && e is not DirectoryNotFoundException)
        || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested);

    private static ExtractDownloadException Unreachable(Uri uri, Exception e) =>
        new(ExtractDownloadFailure.Unreachable, uri, $"Cannot reach {uri}: {e.Message}", e);

    private static string[] Segments(string extract)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(extract);
        string[] segments = extract.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (extract.StartsWith('/') || extract.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(extract) || extract.Contains(':', StringComparison.Ordinal)
            || segments.Length == 0 || segments.Any(s => s is "." or ".."))
        {
            throw new ArgumentException($"'{extract}' is not a path below the server root, like '{DefaultExtract}'.", nameof(extract));
        }

        return segments;
    }
}
