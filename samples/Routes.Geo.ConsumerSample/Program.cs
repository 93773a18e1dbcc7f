using System.Globalization;
using System.Text.Json;
using Routes.Geo;
using Routes.Geo.Encirclement;
using Routes.Geo.Maps;
using Routes.Geo.Osm;
using Routes.Geo.Server;
using Routes.Geo.Server.Engine;

// A walk across Monaco from the packages alone: load the extract, route, write GeoJSON and a map of the walk
// (SVG beside the GeoJSON), print one encirclement site's story from the story package's own data, then host
// the service package in-process on a free local port and ask it for the same walk over HTTP.
string network = args.Length > 0 ? args[0] : "../shared/data/osm/monaco.osm.pbf";
string output = args.Length > 1 ? args[1] : "out/consumer-monaco.geojson";
string siteName = args.Length > 2 ? args[2] : "Calais";

try
{
    RoadNetwork roads = OsmNetwork.Load(network);
    var router = new Router(roads);
    RouteResult result = router.Route(TravelProfiles.Foot).From(43.7314, 7.4199).To(43.7394, 7.4276).Calculate();
    if (!result.IsFound)
    {
        Console.Error.WriteLine($"No route: {result.Failure.Message}");
        return 3;
    }

    Route route = result.Route;
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    RouteGeoJson.Write(output, [new RouteGeoJson.Entry(route, "Palace", "Casino")]);
    string map = Path.ChangeExtension(output, ".svg");
    StaticMaps.Route(route, options: new MapOptions { Width = 640, Height = 480, Title = "Palace to Casino", Roads = roads }).WriteSvg(map);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Routes.Geo {typeof(RoadNetwork).Assembly.GetName().Version}: {route.LengthMetres:0} m on foot, {route.DurationSeconds / 60:0.0} min; wrote {output} and {map}"));

    EncirclementModel model = EncirclementModel.Load();
    Site site = model.FindSite(siteName);
    Console.WriteLine($"{site.Name}: {site.WhatHappened ?? "(no summary in the data)"}");
    foreach (HistoricalEvent e in model.EventsAt(site).OrderBy(e => e.Start))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {e.Start:d MMM yyyy}  {e.Description}"));
    }

    return await AskServerAsync(roads).ConfigureAwait(false);
}
catch (RoutesGeoException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}
catch (FileNotFoundException e)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 2;
}

// The service as a consumer hosts it: port 0 picks a free port; the graphs are prepared in the background.
static async Task<int> AskServerAsync(RoadNetwork roads)
{
    await using RoutesGeoServer server = RoutesGeoServer.Create(new ServerOptions { Host = "127.0.0.1", Port = 0 }, () => RoutingEngine.Prepare(roads), logging: _ => { });
    await server.StartAsync().ConfigureAwait(false);
    await server.Ready.WaitAsync(TimeSpan.FromMinutes(2)).ConfigureAwait(false);
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{server.Port}") };
    using HttpResponseMessage health = await http.GetAsync(new Uri("/health", UriKind.Relative)).ConfigureAwait(false);
    if (!health.IsSuccessStatusCode)
    {
        Console.Error.WriteLine($"server: /health answered {(int)health.StatusCode}");
        return 4;
    }

    using HttpResponseMessage answer = await http.GetAsync(new Uri("/route/v1/foot/7.4199,43.7314;7.4276,43.7394?overview=false", UriKind.Relative)).ConfigureAwait(false);
    using JsonDocument json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync().ConfigureAwait(false));
    string code = json.RootElement.GetProperty("code").GetString() ?? "";
    if (code != "Ok")
    {
        Console.Error.WriteLine($"server: {code} (HTTP {(int)answer.StatusCode})");
        return 4;
    }

    double metres = json.RootElement.GetProperty("routes")[0].GetProperty("distance").GetDouble();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server: {code} {metres:0} m"));
    await server.StopAsync().ConfigureAwait(false);
    return 0;
}
