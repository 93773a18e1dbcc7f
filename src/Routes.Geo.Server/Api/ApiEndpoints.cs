using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Routes.Geo.Encirclement;
using Routes.Geo.Export;
using Routes.Geo.Server.Engine;
using Routes.Geo.Server.Hosting;
using Routes.Geo.Server.Osrm;

namespace Routes.Geo.Server.Api;

/// <summary>
/// The server's own endpoints under <c>/api/v1/</c>, beside the OSRM ones, each described in the OpenAPI document
/// (<c>/openapi/v1.json</c>): the 1944 model's sites and the encirclement by date, tours, isochrones, route and tour
/// downloads, and the road tiles of the page's base map. Errors: HTTP 400 <c>{"code", "message", "parameter"}</c>.
/// </summary>
internal sealed class ApiEndpoints(EngineHolder engine, ServerOptions options, EncirclementModel model)
{
    public const string Prefix = "/api/v1";
    private const string GeoJson = "application/geo+json";
    private const string Json = "application/json";
    private readonly Lock _gate = new();
    private (RoutingEngine Engine, RoadTiles Tiles, Dictionary<string, bool> OnNetwork)? _cache;
    private readonly Lazy<byte[]> _ground = new(() => System.Text.Encoding.UTF8.GetBytes(options.Ground?.Invoke() ?? NoGround));

    private const string NoGround = """{"type":"FeatureCollection","features":[]}""";

    public void Map(IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup(Prefix).WithTags("story");
        api.MapGet("/network", (HttpContext c) => Answer(c, [], () => Network()))
            .WithSummary("The loaded network: its source and bounding box.").Produces(200, contentType: Json).Errors();
        api.MapGet("/sites", (HttpContext c) => Answer(c, [], () => Sites()))
            .WithSummary("The model's memorial sites with their story, events (by date) and sources, and whether each is on the loaded network.")
            .Produces(200, contentType: Json).Errors();
        api.MapGet("/sites/{id}", (HttpContext c, [Description("The site's id, e.g. lille-monument-aux-fusilles.")] string id) => Answer(c, [], () => OneSite(id)))
            .WithSummary("One site by id, with its story, events and sources.").Produces(200, contentType: Json).Errors();
        api.MapGet("/encirclement", (HttpContext c, [Description("A day of the model, yyyy-MM-dd (1944-09-01 .. 1945-05-09), e.g. 1944-09-17.")] string? date) =>
                Answer(c, ["date"], () => Encirclement(date)))
            .WithSummary("The encirclement on a date as GeoJSON: the positions held that day and each port's state (german_held, encircled, besieged, liberated).")
            .Produces(200, contentType: GeoJson).Errors();
        api.MapGet("/tour", (HttpContext c, [Description(SitesText)] string? sites, [Description(OrderText)] string? order, [Description(ModeText)] string? mode,
                [Description(DayText), FromQuery(Name = "day_hours")] string? dayHours, [Description(VisitText), FromQuery(Name = "visit_minutes")] string? visitMinutes, [Description(ReturnText), FromQuery(Name = "return")] string? roundTrip) =>
                AnswerAsync(c, TourParameters, () => Tour(c.Request, TourFormat.Summary)))
            .WithSummary("A tour through chosen sites, in the best order or in the order of history, split into days; with its GeoJSON.")
            .Produces(200, contentType: Json).Errors();
        api.MapGet("/tour.geojson", (HttpContext c, [Description(SitesText)] string? sites, [Description(OrderText)] string? order, [Description(ModeText)] string? mode,
                [Description(DayText), FromQuery(Name = "day_hours")] string? dayHours, [Description(VisitText), FromQuery(Name = "visit_minutes")] string? visitMinutes, [Description(ReturnText), FromQuery(Name = "return")] string? roundTrip) =>
                AnswerAsync(c, TourParameters, () => Tour(c.Request, TourFormat.GeoJson)))
            .WithSummary("The tour as a GeoJSON download: a line per leg (leg, day, length_m, duration_s) and a point per site.")
            .Produces(200, contentType: GeoJson).Errors();
        api.MapGet("/tour.gpx", (HttpContext c, [Description(SitesText)] string? sites, [Description(OrderText)] string? order, [Description(ModeText)] string? mode,
                [Description(DayText), FromQuery(Name = "day_hours")] string? dayHours, [Description(VisitText), FromQuery(Name = "visit_minutes")] string? visitMinutes, [Description(ReturnText), FromQuery(Name = "return")] string? roundTrip) =>
                AnswerAsync(c, TourParameters, () => Tour(c.Request, TourFormat.Gpx)))
            .WithSummary("The tour as a GPX 1.1 download: the route as a track, the sites as waypoints with their story.")
            .Produces(200, contentType: "application/gpx+xml").Errors();
        api.MapGet("/route.geojson", (HttpContext c, [Description(FromText)] string? from, [Description(ToText)] string? to, [Description(ModeText)] string? mode,
                [Description(LanguageText)] string? language, [Description(ExcludeText)] string? exclude) => AnswerAsync(c, RouteParameters, () => RouteDownload(c.Request, gpx: false)))
            .WithSummary("The fastest route between two points as a GeoJSON download, with a point per turn-by-turn instruction.")
            .Produces(200, contentType: GeoJson).Errors();
        api.MapGet("/route.gpx", (HttpContext c, [Description(FromText)] string? from, [Description(ToText)] string? to, [Description(ModeText)] string? mode,
                [Description(LanguageText)] string? language, [Description(ExcludeText)] string? exclude) => AnswerAsync(c, RouteParameters, () => RouteDownload(c.Request, gpx: true)))
            .WithSummary("The fastest route between two points as a GPX 1.1 download (a track).")
            .Produces(200, contentType: "application/gpx+xml").Errors();
        api.MapGet("/isochrone", (HttpContext c, [Description("The origin, longitude,latitude.")] string? point, [Description("Travel time, minutes (1 .. the server's limit, 120 by default; default 15).")] string? minutes,
                [Description(ModeText)] string? mode) => AnswerAsync(c, ["point", "minutes", "mode"], () => Isochrone(c.Request)))
            .WithSummary("The area reachable from a point within a travel time, as GeoJSON polygons.")
            .Produces(200, contentType: GeoJson).Errors();
        api.MapGet("/roads/{z}/{x}/{y}", (HttpContext c, [Description("Zoom, 8..19.")] string z, [Description("Tile column.")] string x, [Description("Tile row.")] string y) =>
                Answer(c, [], () => Roads(z, x, y)))
            .WithSummary("The loaded network's roads in Web Mercator tile z/x/y as GeoJSON lines (class, name), the page's base map; minor classes only from higher zooms.")
            .Produces(200, contentType: GeoJson).Errors();
        api.MapGet("/ground", (HttpContext c) => Answer(c, [], () => Results.Bytes(_ground.Value, GeoJson)))
            .WithSummary("The ground under the base map: land, sea, water and green polygons (property kind) from the served extract's coastline and areas; no features when the server was given none.")
            .Produces(200, contentType: GeoJson).Errors();
    }

    private const string SitesText = "Site ids separated by commas (2 .. the server's limit, 25 by default), e.g. lille-monument-aux-fusilles,lille-monument-aux-morts.";
    private const string OrderText = "best (the shortest total travel time, default) or chronological (the order the history happened).";
    private const string ModeText = "foot (default), bike or car.";
    private const string DayText = "Split into days of at most this many hours of travel and visits (0.25 .. 24; default: one day).";
    private const string VisitText = "Minutes spent at each site, counted in the days (0 .. 600, default 0).";
    private const string ReturnText = "true: come back to the first site.";
    private const string FromText = "Start, longitude,latitude.";
    private const string ToText = "Destination, longitude,latitude.";
    private const string LanguageText = "Instructions' language: en (default), fr or nl.";
    private static readonly string[] TourParameters = ["sites", "order", "mode", "day_hours", "visit_minutes", "return"];
    private const string ExcludeText = "Road classes to leave out, comma-separated: motorway, toll, ferry, unpaved, steps, tunnel, bridge (as OSRM's exclude).";

    private static readonly string[] RouteParameters = ["from", "to", "mode", "language", "exclude"];

    private enum TourFormat
    {
        Summary,
        GeoJson,
        Gpx,
    }

    private static IResult Answer(HttpContext context, string[] parameters, Func<IResult> answer)
    {
        context.Response.Headers.AccessControlAllowOrigin = "*";
        try
        {
            Check(context.Request, parameters);
            return answer();
        }
        catch (ApiException e)
        {
            return Error(e);
        }
        catch (RoutesGeoException e)
        {
            return Error(new ApiException("", e.Message));
        }
    }

    // Tours and isochrones may be long: they run on the pool, and past the request time they are abandoned (TooBig).
    private async Task<IResult> AnswerAsync(HttpContext context, string[] parameters, Func<IResult> answer)
    {
        Task<IResult> work = Task.Run(() => Answer(context, parameters, answer));
        try
        {
            return await work.WaitAsync(options.RequestTimeout, context.RequestAborted).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            var e = new ApiException("", string.Create(CultureInfo.InvariantCulture, $"The request took longer than the server's limit of {options.RequestTimeout.TotalSeconds:0.###} s."), OsrmCodes.TooBig);
            return Error(e);
        }
    }

    // Every query parameter must be one the endpoint has, given once: a misspelt option is an error, never ignored.
    private static void Check(HttpRequest request, string[] parameters)
    {
        foreach ((string key, Microsoft.Extensions.Primitives.StringValues values) in request.Query)
        {
            if (!parameters.Contains(key, StringComparer.Ordinal))
            {
                throw new ApiException(key, $"Unknown parameter '{key}'; this endpoint reads {(parameters.Length == 0 ? "none" : string.Join(", ", parameters))}.", OsrmCodes.InvalidQuery);
            }

            if (values.Count > 1)
            {
                throw new ApiException(key, $"Parameter '{key}' is given {values.Count} times; give it once.", OsrmCodes.InvalidQuery);
            }
        }
    }

    private (RoutingEngine Engine, RoadTiles Tiles, Dictionary<string, bool> OnNetwork) Ready()
    {
        RoutingEngine ready = engine.Engine ?? throw new ApiException("", $"The graphs are not ready yet ({engine.State}); ask /ready.", OsrmCodes.NotReady, 503);
        lock (_gate)
        {
            if (_cache is not { } cache || !ReferenceEquals(cache.Engine, ready))
            {
                Dictionary<string, bool> on = model.Sites.ToDictionary(s => s.Id, s => StoryRoutes.IsOnNetwork(ready, TravelMode.Walking, s), StringComparer.Ordinal);
                _cache = cache = (ready, new RoadTiles(ready.GraphOf(TravelMode.Driving).Network), on);
            }

            return cache;
        }
    }

    private IResult Network()
    {
        RoutingEngine ready = Ready().Engine;
        RoadNetwork network = ready.GraphOf(TravelMode.Driving).Network;
        double w = double.MaxValue, s = double.MaxValue, e = double.MinValue, n = double.MinValue;
        for (int v = 0; v < network.VertexCount; v++)
        {
            GeoPoint p = network.GetVertex(v);
            (w, s, e, n) = (Math.Min(w, p.Longitude), Math.Min(s, p.Latitude), Math.Max(e, p.Longitude), Math.Max(n, p.Latitude));
        }

        return Results.Bytes(StoryJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("source", ready.Source);
            json.WriteStartArray("bbox");
            foreach (double d in (double[])[w, s, e, n])
            {
                json.WriteNumberValue(Math.Round(d, 6));
            }

            json.WriteEndArray();
            json.WriteNumber("edges", network.EdgeCount);
            json.WriteString("attribution", Attribution.OpenStreetMap);
            json.WriteNumber("max_tour_stops", options.MaxTourStops);
            json.WriteNumber("max_isochrone_minutes", options.MaxIsochroneMinutes);
            json.WriteEndObject();
        }), Json);
    }

    private IResult Sites()
    {
        Dictionary<string, bool>? on = engine.Engine is null ? null : Ready().OnNetwork;
        return Results.Bytes(StoryJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("first_date", model.FirstDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("last_date", model.LastDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteStartArray("sites");
            foreach (Site site in model.Sites)
            {
                StoryJson.Site(json, model, site, on?[site.Id]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }), Json);
    }

    private IResult OneSite(string id)
    {
        Site site = SiteById(id, "id");
        bool? on = engine.Engine is null ? null : Ready().OnNetwork[site.Id];
        return Results.Bytes(StoryJson.Write(json => StoryJson.Site(json, model, site, on)), Json);
    }

    private Site SiteById(string id, string parameter) =>
        model.Sites.FirstOrDefault(s => s.Id == id)
        ?? throw new ApiException(parameter, $"No site has id '{id}' (GET {Prefix}/sites lists them).");

    private IResult Encirclement(string? date)
    {
        if (date is null || !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            throw new ApiException("date", $"Parameter 'date' must be a day written yyyy-MM-dd, e.g. 1944-09-17; {(date is null ? "none" : $"'{date}'")} was given.");
        }

        if (day < model.FirstDate || day > model.LastDate)
        {
            throw new ApiException("date", string.Create(CultureInfo.InvariantCulture, $"Parameter 'date' {day:yyyy-MM-dd} is outside the model, which covers {model.FirstDate:yyyy-MM-dd} to {model.LastDate:yyyy-MM-dd}."));
        }

        return Results.Text(StoryJson.Encirclement(model, day), GeoJson, System.Text.Encoding.UTF8);
    }

    private IResult Tour(HttpRequest request, TourFormat format)
    {
        string[] ids = ApiQuery.Required(request, "sites", "lille-monument-aux-fusilles,lille-monument-aux-morts").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (ids.Length > options.MaxTourStops)
        {
            throw new ApiException("sites", $"A tour may have at most {options.MaxTourStops} sites; {ids.Length} were given.", OsrmCodes.TooBig);
        }

        List<Site> sites = [.. ids.Select(id => SiteById(id, "sites")).Distinct()];
        if (sites.Count < 2)
        {
            throw new ApiException("sites", $"A tour needs at least two different sites; {sites.Count} {(sites.Count == 1 ? "was" : "were")} given.");
        }

        if (sites.FirstOrDefault(s => s.Coordinate.Verified is null) is { } unplaced)
        {
            throw new ApiException("sites", $"Site '{unplaced.Id}' has no verified coordinate ({OutputName.Of(unplaced.Coordinate.Status)}): no tour routes to a guess.");
        }

        string order = (ApiQuery.Text(request, "order") ?? "best").ToUpperInvariant() switch
        {
            "BEST" => "best",
            "CHRONOLOGICAL" => "chronological",
            _ => throw new ApiException("order", $"Parameter 'order' must be best or chronological; '{ApiQuery.Text(request, "order")}' was given."),
        };
        TravelMode mode = ApiQuery.Mode(request);
        double dayHours = ApiQuery.Number(request, "day_hours", 0, 0.25, 24);
        double visitMinutes = ApiQuery.Number(request, "visit_minutes", 0, 0, 600);
        bool roundTrip = ApiQuery.Flag(request, "return");
        PlannedTour tour = StoryRoutes.Tour(Ready().Engine, model, mode, sites, order == "chronological", roundTrip,
            request.Query.ContainsKey("day_hours") ? TimeSpan.FromHours(dayHours) : null, TimeSpan.FromMinutes(visitMinutes));
        string name = $"Tour: {string.Join(" – ", tour.Visits.Select(s => s.Name))}";
        return format switch
        {
            TourFormat.GeoJson => Download(StoryJson.TourGeoJson(tour), GeoJson, "tour.geojson"),
            TourFormat.Gpx => Download(WalkGpx.ToGpx(tour.Route, name, tour.Visits.Distinct()), "application/gpx+xml", "tour.gpx"),
            _ => Results.Bytes(StoryJson.Write(json => StoryJson.Tour(json, tour, order, mode)), Json),
        };
    }

    private IResult RouteDownload(HttpRequest request, bool gpx)
    {
        GeoPoint from = ApiQuery.Point(request, "from"), to = ApiQuery.Point(request, "to");
        TravelMode mode = ApiQuery.Mode(request);
        string language = ApiQuery.Language(request);
        Route route = StoryRoutes.Route(Ready().Engine, mode, from, to, exclude: ApiQuery.Text(request, "exclude"));
        string fromName = Coordinates(from), toName = Coordinates(to);
        if (gpx)
        {
            return Download(RouteGpx.ToGpx(route, $"Route {fromName} – {toName}", []), "application/gpx+xml", "route.gpx");
        }

        var entry = new RouteGeoJson.Entry(route, fromName, toName) { Instructions = Instructions.RouteInstructions.For(route, language) };
        return Download(RouteGeoJson.ToGeoJson([entry]), GeoJson, "route.geojson");
    }

    private IResult Isochrone(HttpRequest request)
    {
        GeoPoint point = ApiQuery.Point(request, "point");
        string? text = ApiQuery.Text(request, "minutes");
        if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double asked) && asked > options.MaxIsochroneMinutes)
        {
            throw new ApiException("minutes", string.Create(CultureInfo.InvariantCulture, $"An isochrone may reach at most {options.MaxIsochroneMinutes} minutes; {asked} was given."), OsrmCodes.TooBig);
        }

        double minutes = ApiQuery.Number(request, "minutes", 15, 1, options.MaxIsochroneMinutes);
        TravelMode mode = ApiQuery.Mode(request);
        return Results.Text(Isochrones.IsochroneGeoJson.ToGeoJson(StoryRoutes.Isochrone(Ready().Engine, mode, point, minutes)), GeoJson, System.Text.Encoding.UTF8);
    }

    private IResult Roads(string z, string x, string y)
    {
        int zoom = Whole(z, "z", RoadTiles.MinZoom, RoadTiles.MaxZoom);
        int n = 1 << zoom;
        int column = Whole(x, "x", 0, n - 1), row = Whole(y, "y", 0, n - 1);
        return Results.Bytes(Ready().Tiles.Tile(zoom, column, row), GeoJson);
    }

    private static IResult Error(ApiException e) =>
        Results.Text(System.Text.Encoding.UTF8.GetString(StoryJson.Write(json => StoryJson.Error(json, e))), Json, System.Text.Encoding.UTF8, e.HttpStatus);

    private static int Whole(string text, string name, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max
            ? value
            : throw new ApiException(name, $"'{name}' must be a whole number from {min} to {max}; '{text}' was given.");

    private static IResult Download(string body, string contentType, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(body), contentType + "; charset=utf-8", fileName);

    private static string Coordinates(GeoPoint p) => string.Create(CultureInfo.InvariantCulture, $"{p.Latitude:0.#####}, {p.Longitude:0.#####}");
}

/// <summary>The error answers every own endpoint may give, for the OpenAPI document.</summary>
internal static class ApiEndpointMetadata
{
    public static RouteHandlerBuilder Errors(this RouteHandlerBuilder builder) =>
        builder.Produces<ApiError>(400, "application/json").Produces<ApiError>(503, "application/json");
}
