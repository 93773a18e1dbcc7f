namespace Routes.Geo;

/// <summary>
/// A GeoJSON file that cannot be used as a road network: malformed JSON, an invalid feature, no line
/// features, an unreadable or unsupported coordinate reference system. The message names the file and
/// the line, and the feature ("feature 3 (line 12)") when the problem is inside one.
/// </summary>
public sealed class GeoJsonFormatException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="fileName"/>.</summary>
    public GeoJsonFormatException(string message, string fileName, Exception? innerException = null)
        : base($"{fileName}: {message}", innerException ?? new FormatException(message)) => FileName = fileName;

    /// <summary>The file (or stream description) being read.</summary>
    public string FileName { get; }
}
