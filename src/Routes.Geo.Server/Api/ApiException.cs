namespace Routes.Geo.Server.Api;

/// <summary>
/// A request to the server's own endpoints (<c>/api/v1/</c>) that is answered HTTP 400 (or 503 while loading) with
/// <c>{"code", "message", "parameter"}</c>: the OSRM error style, plus the query parameter at fault.
/// </summary>
public sealed class ApiException : RoutesGeoException
{
    /// <summary>Creates the error.</summary>
    /// <param name="parameter">The query or path parameter at fault (e.g. <c>date</c>), or empty when none is.</param>
    /// <param name="message">What is wrong with it and what would be read.</param>
    /// <param name="code">An OSRM code (<see cref="Osrm.OsrmCodes"/>): <c>InvalidValue</c> by default.</param>
    /// <param name="httpStatus">The HTTP status (400 unless the server is not ready).</param>
    public ApiException(string parameter, string message, string code = Osrm.OsrmCodes.InvalidValue, int httpStatus = 400)
        : base(message)
    {
        Parameter = parameter;
        Code = code;
        HttpStatus = httpStatus;
    }

    /// <summary>The parameter at fault (empty when the request as a whole is refused).</summary>
    public string Parameter { get; }

    /// <summary>The OSRM-style code, e.g. <c>InvalidValue</c>, <c>TooBig</c>, <c>NoRoute</c>, <c>NoSegment</c>.</summary>
    public string Code { get; }

    /// <summary>The HTTP status of the answer.</summary>
    public int HttpStatus { get; }
}

/// <summary>The body of every error of the own endpoints (described in the OpenAPI document).</summary>
/// <param name="Code">OSRM-style code: InvalidValue, InvalidQuery, TooBig, NoSegment, NoRoute, NoTrips, NotReady.</param>
/// <param name="Message">What is wrong, naming the parameter and the value.</param>
/// <param name="Parameter">The parameter at fault, or empty.</param>
public sealed record ApiError(string Code, string Message, string Parameter);
