namespace Routes.Geo.Osm.Download;

/// <summary>Why an extract could not be downloaded.</summary>
public enum ExtractDownloadFailure
{
    /// <summary>The server could not be reached (no network, refused connection, DNS failure, timeout).</summary>
    Unreachable,

    /// <summary>The server answered with an HTTP error status (the extract or its checksum does not exist).</summary>
    HttpError,

    /// <summary>The connection broke during the download; the partial file is kept for a resume.</summary>
    Interrupted,

    /// <summary>The published checksum file could not be read as an MD5 sum.</summary>
    BadChecksumFile,

    /// <summary>The downloaded bytes do not have the published MD5; the partial file was deleted.</summary>
    ChecksumMismatch,

    /// <summary>The cache folder or the partial file could not be written.</summary>
    CacheNotWritable,
}

/// <summary>
/// An extract download that failed. When this is thrown, no file stands at the final path that
/// was not verified against the published MD5.
/// </summary>
public sealed class ExtractDownloadException : RoutesGeoException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">What went wrong.</param>
    /// <param name="url">The address being fetched.</param>
    /// <param name="message">The problem as a sentence naming the address.</param>
    /// <param name="innerException">The error that caused it, if any.</param>
    public ExtractDownloadException(ExtractDownloadFailure failure, Uri url, string message, Exception? innerException = null)
        : base(message, innerException ?? new InvalidOperationException(message))
    {
        Failure = failure;
        Url = url;
    }

    /// <summary>What went wrong.</summary>
    public ExtractDownloadFailure Failure { get; }

    /// <summary>The address being fetched when it failed.</summary>
    public Uri Url { get; }
}
