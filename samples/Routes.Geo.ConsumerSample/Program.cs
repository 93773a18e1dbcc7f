using System.Globalization;
using Routes.Geo;
using Routes.Geo.Osm;

// A walk across Monaco from the packages alone: load the extract, route, write GeoJSON.
string network = args.Length > 0 ? args[0] : "../shared/data/osm/monaco.osm.pbf";
string output = args.Length > 1 ? args[1] : "out/consumer-monaco.geojson";

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
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Routes.Geo {typeof(RoadNetwork).Assembly.GetName().Version}: {route.LengthMetres:0} m on foot, {route.DurationSeconds / 60:0.0} min; wrote {output}"));
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
