using System.Globalization;
using Routes.Geo;
using Routes.Geo.Encirclement;
using Routes.Geo.Maps;
using Routes.Geo.Osm;

// A walk across Monaco from the packages alone: load the extract, route, write GeoJSON and a map of the walk
// (SVG beside the GeoJSON), then print one encirclement site's story from the story package's own data.
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

    return 0;
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
