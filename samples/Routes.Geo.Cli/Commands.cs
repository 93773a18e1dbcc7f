using System.CommandLine;
using System.Globalization;
using Routes.Geo.Export;
using Routes.Geo.History;
using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;

namespace Routes.Geo.Cli;

/// <summary>The commands of the routes-geo tool.</summary>
internal static class Commands
{
    public const int ExitBadInput = 2;
    public const int ExitNoRoute = 3;

    public static Command Route()
    {
        var network = new Option<string>("--network") { Description = "Road network: an OpenStreetMap .osm.pbf file or a GeoJSON file of road lines.", Required = true };
        var from = new Option<string>("--from") { Description = "Start: \"lat,lon\" or a site name (see 'sites').", Required = true };
        var to = new Option<string>("--to") { Description = "Destination: \"lat,lon\" or a site name.", Required = true };
        var via = new Option<string[]>("--via") { Description = "Intermediate points, in order (repeat the option).", AllowMultipleArgumentsPerToken = false };
        var mode = new Option<string>("--mode") { Description = "foot, car or bike.", DefaultValueFactory = _ => "foot" };
        var shortest = new Option<bool>("--shortest") { Description = "Minimise length instead of travel time." };
        var output = new Option<string?>("--out") { Description = "Write the route as GeoJSON to this file." };
        var command = new Command("route", "Compute a route between two places and print its length, time and roads.")
        {
            network, from, to, via, mode, shortest, output,
        };
        command.SetAction(result => Run(() =>
        {
            Profile profile = TravelProfiles.ByName(result.GetValue(mode)!);
            (GeoPoint a, string aName) = PlaceResolver.Resolve(result.GetValue(from)!, "from");
            (GeoPoint b, string bName) = PlaceResolver.Resolve(result.GetValue(to)!, "to");
            RoadNetwork roads = NetworkLoader.Load(result.GetValue(network)!);
            RouteRequest request = roads.Route(profile).From(a).To(b).Minimizing(result.GetValue(shortest) ? RouteMetric.Shortest : RouteMetric.Fastest);
            foreach (string v in result.GetValue(via) ?? [])
            {
                request.Via(PlaceResolver.Resolve(v, "via").Point);
            }

            RouteResult routed = request.Calculate();
            if (!routed.IsFound)
            {
                Console.Error.WriteLine(routed.Failure.Message);
                return ExitNoRoute;
            }

            Print(aName, bName, routed.Route);
            if (result.GetValue(output) is { } path)
            {
                RouteGeoJson.Write(path, [new RouteGeoJson.Entry(routed.Route, aName, bName)]);
                Console.WriteLine($"Wrote {path}");
            }

            return 0;
        }));
        return command;
    }

    public static Command Demo()
    {
        var output = new Option<string>("--out") { Description = "GeoJSON file to write.", DefaultValueFactory = _ => "out/lille-memorials.geojson" };
        var network = new Option<string>("--network") { Description = "Central Lille road network (GeoJSON).", DefaultValueFactory = _ => "../shared/data/lille/highway_line.json" };
        var command = new Command("demo", "The main job: walking and driving routes between two memorials of central Lille (reached by British forces on 3 September 1944), written as GeoJSON.")
        {
            network, output,
        };
        command.SetAction(result => Run(() =>
        {
            var model = EncirclementModel.Load();
            Site start = model.FindSite("Monument aux fusillés");
            Site end = model.FindSite("Monument aux Morts");
            RoadNetwork roads = NetworkLoader.Load(result.GetValue(network)!);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Network {roads.Source}: {roads.VertexCount} junctions, {roads.EdgeCount} road pieces, {roads.TotalLengthMetres / 1000:0.0} km"));
            var entries = new List<RouteGeoJson.Entry>();
            foreach (Profile profile in new[] { TravelProfiles.Foot, TravelProfiles.Car })
            {
                Route route = roads.Route(profile).From(start.Coordinate.Verified!.Value).To(end.Coordinate.Verified!.Value).Calculate().Route;
                Print(start.Name, end.Name, route);
                entries.Add(new RouteGeoJson.Entry(route, start.Name, end.Name));
            }

            string path = result.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            RouteGeoJson.Write(path, entries);
            Console.WriteLine($"Wrote {path} ({entries.Count} routes). {Attribution.OpenStreetMap}");
            return 0;
        }));
        return command;
    }

    public static Command Sites()
    {
        var command = new Command("sites", "List the sites of the encirclement model with their coordinates and status.");
        command.SetAction(_ => Run(() =>
        {
            foreach (Site site in EncirclementModel.Load().Sites)
            {
                string where = site.Coordinate.Verified is { } p ? p.ToString() : site.Coordinate.Status.ToString().ToUpperInvariant();
                Console.WriteLine($"{site.Name,-55} {string.Join('/', site.Kinds).ToLowerInvariant(),-22} {where}");
            }

            return 0;
        }));
        return command;
    }

    private static void Print(string from, string to, Route route)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{route.Profile,-8} {from} -> {to}: {route.LengthMetres:0} m, {route.DurationSeconds / 60:0.0} min"));
        Console.WriteLine($"         via {string.Join(", ", route.RoadNames)}");
    }

    // Library errors are bad input: say what is wrong and exit 2, without a stack trace.
    private static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is RoutesGeoException or UsageException or FileNotFoundException or ArgumentException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitBadInput;
        }
    }
}
