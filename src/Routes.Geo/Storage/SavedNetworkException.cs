namespace Routes.Geo.Storage;

/// <summary>
/// A saved network file that cannot be used: not a Routes.Geo network, another format version,
/// prepared for another profile, truncated, or damaged (checksum mismatch, a header field out of range or not the
/// payload's, or a section that fails verification). The message names the file and why; for a damaged section,
/// which section and which element.
/// </summary>
public sealed class SavedNetworkException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public SavedNetworkException(string path, string reason, Exception? innerException = null)
        : base($"{path}: {reason}", innerException ?? new InvalidDataException(reason))
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The file that was refused.</summary>
    public string Path { get; }

    /// <summary>Why it was refused.</summary>
    public string Reason { get; }
}
