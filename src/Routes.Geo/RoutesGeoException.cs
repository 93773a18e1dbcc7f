namespace Routes.Geo;

/// <summary>
/// Base type of every error Routes.Geo throws on purpose, so a caller can catch the library's
/// errors in one place and still match the specific type (bad coordinate, bad file, ...).
/// </summary>
public class RoutesGeoException : Exception
{
    /// <summary>Creates the exception with a message that names the problem.</summary>
    public RoutesGeoException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public RoutesGeoException(string message, Exception innerException) : base(message, innerException) { }
}
