namespace Routes.Geo.Server;

/// <summary>
/// Where the server listens and the limits it holds every request to. The defaults follow osrm-routed's
/// (<c>--max-viaroute-size 500</c>, <c>--max-trip-size 100</c>, <c>--max-table-size 100</c>, <c>--max-nearest-size 100</c>);
/// a request beyond a limit is answered <c>TooBig</c> (HTTP 400) before any routing.
/// </summary>
public sealed record ServerOptions
{
    /// <summary>The address to listen on (default 127.0.0.1: loopback only; give 0.0.0.0 to serve other machines).</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port (default 5000, as osrm-routed; 0 picks a free one, see <see cref="RoutesGeoServer.Port"/>).</summary>
    public int Port { get; init; } = 5000;

    /// <summary>Most coordinates in a route request.</summary>
    public int MaxRouteCoordinates { get; init; } = 500;

    /// <summary>Most coordinates in a trip request.</summary>
    public int MaxTripCoordinates { get; init; } = 100;

    /// <summary>A table may have at most this² cells (sources × destinations), as osrm-routed counts.</summary>
    public int MaxTableSize { get; init; } = 100;

    /// <summary>Most results a nearest request may ask for (<c>number</c>).</summary>
    public int MaxNearestResults { get; init; } = 100;

    /// <summary>The snapping radius of a coordinate given none, metres (the library's default; OSRM's is unlimited).</summary>
    public double DefaultRadiusMetres { get; init; } = 250;

    /// <summary>The largest radius a request may give, metres; <c>unlimited</c> means this.</summary>
    public double MaxRadiusMetres { get; init; } = 5_000;

    /// <summary>Longest time a request may take; past it the answer is <c>TooBig</c> and the work is abandoned.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest query string the OSRM endpoints read, bytes (a longer one is <c>TooBig</c>).</summary>
    public int MaxQueryStringBytes { get; init; } = 32 * 1024;

    /// <summary>Longest request line Kestrel accepts, bytes (path and query; beyond it HTTP 414 before any handler).</summary>
    public int MaxRequestLineBytes { get; init; } = 64 * 1024;

    /// <summary>Largest request body Kestrel accepts, bytes (the API is GET only; a body is never read).</summary>
    public long MaxRequestBodyBytes { get; init; } = 16 * 1024;

    /// <summary>
    /// Adds a <c>Server-Timing: app;dur=…</c> header (milliseconds from the handler's start to the answer being ready) to
    /// every answer, for browsers' developer tools and load tests (default off).
    /// </summary>
    public bool ServerTimingHeader { get; init; }

    /// <summary>Most sites in a tour of the own endpoints (<c>/api/v1/tour</c>; beyond it <c>TooBig</c>).</summary>
    public int MaxTourStops { get; init; } = 25;

    /// <summary>Longest isochrone of the own endpoints, minutes (<c>/api/v1/isochrone</c>; beyond it <c>TooBig</c>).</summary>
    public int MaxIsochroneMinutes { get; init; } = 120;

    /// <summary>
    /// Makes the ground under the story page's roads: a GeoJSON FeatureCollection whose features have a "kind" of land, sea,
    /// water or green (as Routes.Geo.Maps' BaseMap.ToGeoJson writes from an OpenStreetMap extract). Called once, at the first
    /// request of <c>/api/v1/ground</c>; null (the default), or a null answer, means no ground: the page draws its roads on plain land.
    /// </summary>
    public Func<string?>? Ground { get; init; }

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive, or the port not 0..65535.</exception>
    public void Validate()
    {
        Positive(MaxRouteCoordinates, nameof(MaxRouteCoordinates));
        Positive(MaxTripCoordinates, nameof(MaxTripCoordinates));
        Positive(MaxTableSize, nameof(MaxTableSize));
        Positive(MaxNearestResults, nameof(MaxNearestResults));
        Positive(MaxQueryStringBytes, nameof(MaxQueryStringBytes));
        Positive(MaxRequestLineBytes, nameof(MaxRequestLineBytes));
        Positive(MaxRequestBodyBytes, nameof(MaxRequestBodyBytes));
        Positive(MaxTourStops, nameof(MaxTourStops));
        Positive(MaxIsochroneMinutes, nameof(MaxIsochroneMinutes));
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port must be 0..65535 (0: any free port).");
        }

        if (!(DefaultRadiusMetres > 0) || !(MaxRadiusMetres >= DefaultRadiusMetres) || !double.IsFinite(MaxRadiusMetres))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxRadiusMetres), MaxRadiusMetres, "The default radius must be positive and the largest radius finite and at least the default.");
        }

        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "The request timeout must be positive.");
        }
    }

    private static void Positive(long value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
        }
    }
}
