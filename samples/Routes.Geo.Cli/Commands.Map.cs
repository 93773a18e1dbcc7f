using System.CommandLine;
using System.Globalization;
using Routes.Geo.Export;
using Routes.Geo.History;
using Routes.Geo.Maps;
using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;

namespace Routes.Geo.Cli;

/// <summary>The 'map' command: static maps (SVG/PNG), the day-by-day sequence and the offline page.</summary>
internal static class MapCommands
{
    public static Command Map()
    {
        var command = new Command("map", "Draw maps: the encirclement on a day, a day-by-day sequence, a route, or the offline HTML map page.");
        command.Subcommands.Add(Encirclement());
        command.Subcommands.Add(Sequence());
        command.Subcommands.Add(RouteMap());
        command.Subcommands.Add(TourMap());
        command.Subcommands.Add(Page());
        return command;
    }

    private static Option<string> Out(string example) => new("--out") { Description = $"File to write ({example}).", Required = true };

    private static Option<string?> Network() => new("--network") { Description = "Road network (.osm.pbf or GeoJSON) drawn light under the map." };

    private static Option<string> ProjectionOption() => new("--projection") { Description = "webmercator or lambert93.", DefaultValueFactory = _ => "webmercator" };

    private static Option<string?> Bbox() => new("--bbox") { Description = "Area to show: west,south,east,north in degrees." };

    private static Option<int> Width() => new("--width") { Description = "Width in pixels.", DefaultValueFactory = _ => 1200 };

    private static Option<int> Height() => new("--height") { Description = "Height in pixels.", DefaultValueFactory = _ => 900 };

    private static Command Encirclement()
    {
        var date = new Option<string>("--date") { Description = "The day, yyyy-MM-dd (1944-09-01..1945-05-09).", DefaultValueFactory = _ => "1944-09-17" };
        Option<string> output = Out("map.svg or map.png"), projection = ProjectionOption();
        Option<string?> network = Network(), bbox = Bbox();
        Option<int> width = Width(), height = Height();
        var command = new Command("encirclement", "The encirclement of the Channel ports on one day, as SVG or PNG (by the --out extension).")
        {
            date, output, network, projection, bbox, width, height,
        };
        command.SetAction(r => Run(() =>
        {
            MapOptions options = Options(r.GetValue(projection)!, r.GetValue(bbox), r.GetValue(network), r.GetValue(width), r.GetValue(height));
            MapImage map = StaticMaps.Encirclement(EncirclementModel.Load(), Day(r.GetValue(date)!), options);
            map.Write(r.GetValue(output)!);
            Console.WriteLine($"Wrote {r.GetValue(output)} ({map.FeatureIds.Count} features)");
            return 0;
        }));
        return command;
    }

    private static Command Sequence()
    {
        var folder = new Option<string>("--folder") { Description = "Existing folder for the frames (encirclement-YYYY-MM-DD.svg/.png).", Required = true };
        var from = new Option<string>("--from") { Description = "First day.", DefaultValueFactory = _ => "1944-09-01" };
        var to = new Option<string>("--to") { Description = "Last day.", DefaultValueFactory = _ => "1944-10-01" };
        var format = new Option<string>("--format") { Description = "svg, png or svg,png.", DefaultValueFactory = _ => "svg,png" };
        Option<string> projection = ProjectionOption();
        Option<int> width = Width(), height = Height();
        var command = new Command("sequence", "The encirclement day by day, one frame per day (default 1 Sep to 1 Oct 1944).")
        {
            folder, from, to, format, projection, width, height,
        };
        command.SetAction(r => Run(() =>
        {
            string f = r.GetValue(format)!.ToUpperInvariant();
            MapFormats formats = (f.Contains("SVG", StringComparison.Ordinal) ? MapFormats.Svg : 0) | (f.Contains("PNG", StringComparison.Ordinal) ? MapFormats.Png : 0);
            IReadOnlyList<string> files = EncirclementSequence.Write(r.GetValue(folder)!, EncirclementModel.Load(), Day(r.GetValue(from)!), Day(r.GetValue(to)!),
                formats, Options(r.GetValue(projection)!, null, null, r.GetValue(width), r.GetValue(height)));
            Console.WriteLine($"Wrote {files.Count} files to {r.GetValue(folder)}");
            return 0;
        }));
        return command;
    }

    private static Command RouteMap()
    {
        var network = new Option<string>("--network") { Description = "Road network: .osm.pbf or GeoJSON road lines.", Required = true };
        var from = new Option<string>("--from") { Description = "Start: \"lat,lon\" or a site name.", Required = true };
        var to = new Option<string>("--to") { Description = "Destination: \"lat,lon\" or a site name.", Required = true };
        var mode = new Option<string>("--mode") { Description = "foot, car or bike.", DefaultValueFactory = _ => "foot" };
        var roads = new Option<bool>("--draw-roads") { Description = "Draw the road network light under the route." };
        Option<string> output = Out("route.svg or route.png"), projection = ProjectionOption();
        Option<int> width = Width(), height = Height();
        var command = new Command("route", "A route between two places drawn on a map, with its stops and the sites near it.")
        {
            network, from, to, mode, roads, output, projection, width, height,
        };
        command.SetAction(r => Run(() =>
        {
            GeoPoint a = PlaceResolver.Resolve(r.GetValue(from)!, "from").Point;
            GeoPoint b = PlaceResolver.Resolve(r.GetValue(to)!, "to").Point;
            RoadNetwork net = NetworkLoader.Load(r.GetValue(network)!);
            RouteResult routed = net.Route(TravelProfiles.ByName(r.GetValue(mode)!)).From(a).To(b).Calculate();
            if (!routed.IsFound)
            {
                Console.Error.WriteLine(routed.Failure.Message);
                return Commands.ExitNoRoute;
            }

            MapOptions options = Options(r.GetValue(projection)!, null, null, r.GetValue(width), r.GetValue(height)) with { Roads = r.GetValue(roads) ? net : null };
            MapImage map = StaticMaps.Route(routed.Route, EncirclementModel.Load().Sites, options);
            map.Write(r.GetValue(output)!);
            Console.WriteLine($"Wrote {r.GetValue(output)}");
            return 0;
        }));
        return command;
    }

    private static Command TourMap()
    {
        var network = new Option<string>("--network") { Description = "Road network: .osm.pbf or GeoJSON road lines.", Required = true };
        var stops = new Option<string[]>("--stop") { Description = "A site to visit (repeat; at least two). The first is the start.", Required = true };
        var mode = new Option<string>("--mode") { Description = "foot, car or bike.", DefaultValueFactory = _ => "foot" };
        var roundTrip = new Option<bool>("--round-trip") { Description = "Come back to the first stop." };
        Option<string> output = Out("tour.svg or tour.png"), projection = ProjectionOption();
        Option<int> width = Width(), height = Height();
        var command = new Command("tour", "The best visiting order of sites (fastest), drawn with numbered stops and its legs.")
        {
            network, stops, mode, roundTrip, output, projection, width, height,
        };
        command.SetAction(r => Run(() =>
        {
            var model = EncirclementModel.Load();
            Site[] sites = [.. (r.GetValue(stops) ?? []).Select(model.FindSite)];
            if (sites.Length < 2)
            {
                throw new UsageException("A tour needs at least two --stop sites.");
            }

            GeoPoint[] points = [.. sites.Select(s => s.Coordinate.Verified
                ?? throw new UsageException($"Site '{s.Name}' has no verified coordinate ({s.Coordinate.Status}); it cannot be visited."))];
            Profile profile = TravelProfiles.ByName(r.GetValue(mode)!);
            RoadNetwork net = NetworkLoader.Load(r.GetValue(network)!);
            bool back = r.GetValue(roundTrip);
            var plan = Tours.TourSolver.Solve(Tours.TravelMatrix.Compute(net.GraphFor(profile), points).ToCostMatrix(), new Tours.TourOptions(ReturnToStart: back, Start: 0));
            int[] order = [.. plan.Order, .. back ? new[] { plan.Order[0] } : []];
            var legs = new List<Route>();
            for (int i = 0; i + 1 < order.Length; i++)
            {
                RouteResult leg = net.Route(profile).From(points[order[i]]).To(points[order[i + 1]]).Calculate();
                if (!leg.IsFound)
                {
                    Console.Error.WriteLine(leg.Failure.Message);
                    return Commands.ExitNoRoute;
                }

                legs.Add(leg.Route);
            }

            MapOptions options = Options(r.GetValue(projection)!, null, null, r.GetValue(width), r.GetValue(height));
            StaticMaps.Tour(sites, plan, legs, options).Write(r.GetValue(output)!);
            Console.WriteLine($"Wrote {r.GetValue(output)}: {string.Join(" -> ", order.Select(i => sites[i].Name))}");
            return 0;
        }));
        return command;
    }

    private static Command Page()
    {
        var date = new Option<string>("--date") { Description = "Day the page opens on (its slider moves through the model's period).", DefaultValueFactory = _ => "1944-09-17" };
        var network = new Option<string?>("--network") { Description = "Road network for --route-from/--route-to." };
        var routeFrom = new Option<string?>("--route-from") { Description = "Optional route start (\"lat,lon\" or a site name)." };
        var routeTo = new Option<string?>("--route-to") { Description = "Optional route end." };
        Option<string> output = Out("map.html");
        var command = new Command("page", "One self-contained offline HTML map page (Leaflet inlined, no tiles, no network) with a date slider.")
        {
            date, output, network, routeFrom, routeTo,
        };
        command.SetAction(r => Run(() =>
        {
            var routes = new List<RouteGeoJson.Entry>();
            if (r.GetValue(network) is { } path && r.GetValue(routeFrom) is { } f && r.GetValue(routeTo) is { } t)
            {
                (GeoPoint a, string aName, _) = PlaceResolver.Resolve(f, "route-from");
                (GeoPoint b, string bName, _) = PlaceResolver.Resolve(t, "route-to");
                RouteResult routed = NetworkLoader.Load(path).Route(TravelProfiles.Foot).From(a).To(b).Calculate();
                if (!routed.IsFound)
                {
                    Console.Error.WriteLine(routed.Failure.Message);
                    return Commands.ExitNoRoute;
                }

                routes.Add(new RouteGeoJson.Entry(routed.Route, aName, bName));
            }

            OfflineMapPage.Write(r.GetValue(output)!, EncirclementModel.Load(), routes, Day(r.GetValue(date)!));
            Console.WriteLine($"Wrote {r.GetValue(output)}");
            return 0;
        }));
        return command;
    }

    private static MapOptions Options(string projection, string? bbox, string? network, int width, int height) => new()
    {
        Projection = projection.ToUpperInvariant() switch
        {
            "WEBMERCATOR" or "3857" => MapProjection.WebMercator,
            "LAMBERT93" or "2154" => MapProjection.Lambert93,
            _ => throw new UsageException($"Unknown projection '{projection}': use webmercator or lambert93."),
        },
        Extent = bbox is null ? null : Extent(bbox),
        Roads = network is null ? null : NetworkLoader.Load(network),
        Width = width,
        Height = height,
    };

    private static MapExtent Extent(string text)
    {
        double[] v = [.. text.Split(',').Select(s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) ? d : double.NaN)];
        return v.Length == 4 && v.All(double.IsFinite) ? new MapExtent(v[0], v[1], v[2], v[3])
            : throw new UsageException($"--bbox '{text}': expected west,south,east,north in degrees.");
    }

    private static DateOnly Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d : throw new UsageException($"'{text}' is not a day (yyyy-MM-dd).");

    // As the other commands: library errors are bad input, one line and exit 2.
    private static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is RoutesGeoException or UsageException or FileNotFoundException or ArgumentException)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return Commands.ExitBadInput;
        }
    }
}
