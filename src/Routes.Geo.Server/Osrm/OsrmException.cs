namespace Routes.Geo.Server.Osrm;

/// <summary>
/// A request the server answers with an OSRM error: HTTP 400 (unless <see cref="HttpStatus"/> says otherwise) and
/// <c>{"code": Code, "message": Message}</c>.
/// </summary>
public sealed class OsrmException : RoutesGeoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="code">One of OSRM's codes (<see cref="OsrmCodes"/>).</param>
    /// <param name="message">What is wrong, naming the coordinate, option or value.</param>
    /// <param name="httpStatus">The HTTP status; OSRM answers every error with 400.</param>
    public OsrmException(string code, string message, int httpStatus = 400)
        : base(message)
    {
        Code = code;
        HttpStatus = httpStatus;
    }

    /// <summary>The OSRM code, e.g. <c>InvalidValue</c>.</summary>
    public string Code { get; }

    /// <summary>The HTTP status of the answer.</summary>
    public int HttpStatus { get; }
}

/// <summary>The error codes of the OSRM HTTP API v5, and the server's own for a server still loading.</summary>
public static class OsrmCodes
{
    /// <summary>The path is not /{service}/{version}/{profile}/{coordinates}.</summary>
    public const string InvalidUrl = "InvalidUrl";

    /// <summary>The service is not route, table, nearest or trip.</summary>
    public const string InvalidService = "InvalidService";

    /// <summary>The version is not v1.</summary>
    public const string InvalidVersion = "InvalidVersion";

    /// <summary>The options do not fit the service (e.g. nearest with two coordinates).</summary>
    public const string InvalidOptions = "InvalidOptions";

    /// <summary>The query string is malformed or names an option the service does not have.</summary>
    public const string InvalidQuery = "InvalidQuery";

    /// <summary>An option's value (or a coordinate) cannot be read or is out of range.</summary>
    public const string InvalidValue = "InvalidValue";

    /// <summary>A coordinate has no road within its radius.</summary>
    public const string NoSegment = "NoSegment";

    /// <summary>No route joins the points.</summary>
    public const string NoRoute = "NoRoute";

    /// <summary>No cell of the table has a route.</summary>
    public const string NoTable = "NoTable";

    /// <summary>No trip visits all points.</summary>
    public const string NoTrips = "NoTrips";

    /// <summary>The request exceeds a limit of the server (coordinates, table size, time, length).</summary>
    public const string TooBig = "TooBig";

    /// <summary>Not OSRM's: the graphs are still being prepared (HTTP 503).</summary>
    public const string NotReady = "NotReady";
}
