namespace Routes.Geo;

/// <summary>An export could not be written; the message names the file and the cause.</summary>
public sealed class ExportException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public ExportException(string message, string path) : base(message) => Path = path;

    /// <summary>Creates the exception for <paramref name="path"/> with its cause.</summary>
    public ExportException(string message, string path, Exception innerException)
        : base(message, innerException) => Path = path;

    /// <summary>The file that could not be written; empty for an export to a string.</summary>
    public string Path { get; }
}
