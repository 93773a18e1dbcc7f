using System.CommandLine;
using System.Globalization;
using Routes.Geo.Encirclement;
using Routes.Geo.Maps;
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

    private static NetworkOptions RoadsUnder() => new(required: false, "Road network (.osm.pbf or GeoJSON) drawn light under the map.");

    private static Option<string> ProjectionOption() => new("--projection") { Description = "webmercator or lambert93.", DefaultValueFactory = _ => "webmercator" };

    private static Option<string?> Bbox() => new("--bbox") { Description = "Area to show: west,south,east,north in degrees." };

    private static Option<int> Width() => Pixels("--width", "Width in pixels (200..20000).", 1200);

    private static Option<int> Height() => Pixels("--height", "Height in pixels (200..20000).", 900);

    // Parsed here so that a bad value reads "--width 'abc' ..." rather than the parser's "type 'System.Int32'".
    private static Option<int> Pixels(string name, string description, int defaultPixels) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultPixels,
        CustomParser = token =>
        {
            string text = token.Tokens.Count == 1 ? token.Tokens[0].Value : "";
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int pixels))
            {
                return pixels;
            }

            token.AddError($"{name} '{text}' is not a whole number of pixels.");
            return defaultPixels;
        },
    };

    /// <summary>Checks a map's --out before drawing: .svg or .png, and writable.</summary>
    internal static string MapFile(string path, string option = "--out") =>
        Path.GetExtension(path).ToUpperInvariant() is ".SVG" or ".PNG"
            ? OutputPath.File(path, option)
            : throw new UsageException($"{option} '{path}': a map is written as .svg or .png (chosen by the extension).");

    private static Command Encirclement()
    {
        var date = new Option<string>("--date") { Description = "The day, yyyy-MM-dd (1944-09-01..1945-05-09).", DefaultValueFactory = _ => "1944-09-17" };
        var time = new Option<string?>("--time") { Description = "Local time HH:mm: ports in their state at that hour (Calais falls at 07:00 on 1944-10-01); without it, the whole day." };
        Option<string> output = Out("map.svg or map.png"), projection = ProjectionOption();
        Option<string?> bbox = Bbox();
        NetworkOptions network = RoadsUnder();
        Option<int> width = Width(), height = Height();
        var command = new Command("encirclement", "The encirclement of the Channel ports on one day, as SVG or PNG (by the --out extension).")
        {
            date, time, output, projection, bbox, width, height,
        };
        network.AddTo(command);
        command.SetAction(r => Commands.Run(() =>
        {
            string path = MapFile(r.GetValue(output)!);
            MapOptions options = Options(r.GetValue(projection)!, r.GetValue(bbox), r.GetValue(width), r.GetValue(height))
                with { Roads = network.PathIn(r) is null ? null : network.LoadRoads(r) };
            MapImage map = r.GetValue(time) is { } hour
                ? StaticMaps.EncirclementAt(EncirclementModel.Load(), Day(r.GetValue(date)!), Hour(hour), options)
                : StaticMaps.Encirclement(EncirclementModel.Load(), Day(r.GetValue(date)!), options);
            map.Write(path);
            Console.WriteLine($"Wrote {r.GetValue(output)} ({map.FeatureIds.Count} features)");
            return 0;
        }));
        return command;
    }

    private static Command Sequence()
    {
        var folder = new Option<string>("--out-dir", "--folder") { Description = "Folder for the frames (encirclement-YYYY-MM-DD.svg/.png); created when missing.", Required = true };
        var from = new Option<string>("--from") { Description = "First day.", DefaultValueFactory = _ => "1944-09-01" };
        var to = new Option<string>("--to") { Description = "Last day.", DefaultValueFactory = _ => "1944-10-01" };
        var format = new Option<string>("--format") { Description = "svg, png or svg,png.", DefaultValueFactory = _ => "svg,png" };
        Option<string> projection = ProjectionOption();
        Option<int> width = Width(), height = Height();
        var command = new Command("sequence", "The encirclement day by day, one frame per day (default 1 Sep to 1 Oct 1944).")
        {
            folder, from, to, format, projection, width, height,
        };
        command.SetAction(r => Commands.Run(() =>
        {
            MapFormats formats = Formats(r.GetValue(format)!);
            (DateOnly first, DateOnly last) = (Day(r.GetValue(from)!), Day(r.GetValue(to)!));
            if (last < first)
            {
                throw new UsageException($"--to {last:yyyy-MM-dd} is before --from {first:yyyy-MM-dd}.");
            }

            string dir = OutputPath.Folder(r.GetValue(folder), "--out-dir");
            IReadOnlyList<string> files = EncirclementSequence.Write(dir, EncirclementModel.Load(), first, last,
                formats, Options(r.GetValue(projection)!, null, r.GetValue(width), r.GetValue(height)));
            Console.WriteLine($"Wrote {files.Count} files to {r.GetValue(folder)}");
            return 0;
        }));
        return command;
    }

    private static Command RouteMap()
    {
        var network = new NetworkOptions();
        var from = new Option<string>("--from") { Description = "Start: \"lat,lon\" or a site name.", Required = true };
        var to = new Option<string>("--to") { Description = "Destination: \"lat,lon\" or a site name.", Required = true };
        Option<string> mode = Commands.ModeOption();
        var roads = new Option<bool>("--draw-roads") { Description = "Draw the road network light under the route." };
        Option<string> output = Out("route.svg or route.png"), projection = ProjectionOption();
        Option<int> width = Width(), height = Height();
        var command = new Command("route", "A route between two places drawn on a map, with its stops and the sites near it.")
        {
            from, to, mode, roads, output, projection, width, height,
        };
        network.AddTo(command);
        command.SetAction(r => Commands.Run(() =>
        {
            Profile profile = Commands.ProfileOf(r.GetValue(mode)!);
            GeoPoint a = PlaceResolver.Resolve(r.GetValue(from)!, "from").Point;
            GeoPoint b = PlaceResolver.Resolve(r.GetValue(to)!, "to").Point;
            string path = MapFile(r.GetValue(output)!);
            MapOptions options = Options(r.GetValue(projection)!, null, r.GetValue(width), r.GetValue(height));
            RoutingGraph graph = network.Load(r, profile, RouteMetric.Fastest);
            Route route = Routed(graph, a, b);
            MapImage map = StaticMaps.Route(route, EncirclementModel.Load().Sites,
                options with { Roads = r.GetValue(roads) ? graph.Network : null, Base = Ground(network.PathIn(r)) });
            map.Write(path);
            Console.WriteLine($"Wrote {path}");
            return 0;
        }));
        return command;
    }

    private static Command TourMap()
    {
        var network = new NetworkOptions();
        var sites = new Option<string[]>("--sites", "--stop")
        {
            Description = "The sites to visit, separated by ';' as in 'tour' (or the option repeated); at least two. The first is the start.",
            Required = true,
        };
        Option<string> mode = Commands.ModeOption();
        var roundTrip = new Option<bool>("--return", "--round-trip") { Description = "Come back to the first site (a round trip)." };
        Option<string> output = Out("tour.svg or tour.png"), projection = ProjectionOption();
        Option<int> width = Width(), height = Height();
        var command = new Command("tour", "The best visiting order of sites (fastest), drawn with numbered stops and its legs.")
        {
            sites, mode, roundTrip, output, projection, width, height,
        };
        network.AddTo(command);
        command.SetAction(r => Commands.Run(() =>
        {
            var model = EncirclementModel.Load();
            Site[] chosen = [.. (r.GetValue(sites) ?? []).SelectMany(v => v.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(model.FindSite).Distinct()];
            if (chosen.Length < 2)
            {
                throw new UsageException("A tour needs at least two different sites: --sites \"A;B\".");
            }

            GeoPoint[] points = [.. chosen.Select(s => PlaceResolver.VerifiedPoint(s, "the site"))];
            Profile profile = Commands.ProfileOf(r.GetValue(mode)!);
            string path = MapFile(r.GetValue(output)!);
            MapOptions options = Options(r.GetValue(projection)!, null, r.GetValue(width), r.GetValue(height));
            RoutingGraph graph = network.Load(r, profile, RouteMetric.Fastest);
            bool back = r.GetValue(roundTrip);
            var plan = Tours.TourSolver.Solve(Matrices.TravelMatrix.Compute(graph, points).ToCostMatrix(), new Tours.TourOptions(ReturnToStart: back, Start: 0));
            int[] order = [.. plan.Order, .. back ? new[] { plan.Order[0] } : []];
            Route[] legs = [.. order.Zip(order.Skip(1), (i, j) => Routed(graph, points[i], points[j]))];
            // The tour is drawn on its roads: the network it was planned on, under the legs.
            StaticMaps.Tour(chosen, plan, legs, options with { Roads = graph.Network, Base = Ground(network.PathIn(r)) }).Write(path);
            Console.WriteLine($"Wrote {path}: {string.Join(" -> ", order.Select(i => chosen[i].Name))}");
            return 0;
        }));
        return command;
    }

    private static Command Page()
    {
        var date = new Option<string>("--date") { Description = "Day the page opens on (its slider moves through the model's period).", DefaultValueFactory = _ => "1944-09-17" };
        var network = new NetworkOptions(required: false, "Road network for a route drawn on the page (with --from and --to).");
        var from = new Option<string?>("--from", "--route-from") { Description = "Optional route start (\"lat,lon\" or a site name)." };
        var to = new Option<string?>("--to", "--route-to") { Description = "Optional route end." };
        Option<string> mode = Commands.ModeOption();
        Option<string> output = Out("map.html");
        var command = new Command("page", "One self-contained offline HTML map page (Leaflet inlined, no tiles, no network) with a date slider.")
        {
            date, output, from, to, mode,
        };
        network.AddTo(command);
        command.SetAction(r => Commands.Run(() =>
        {
            string path = OutputPath.File(r.GetValue(output), "--out");
            DateOnly day = Day(r.GetValue(date)!);
            var routes = new List<RouteGeoJson.Entry>();
            RoadNetwork? roads = null;
            BaseMap? ground = null;
            (string? f, string? t) = (r.GetValue(from), r.GetValue(to));
            if ((f is null) != (t is null) || (f is not null && network.PathIn(r) is null))
            {
                throw new UsageException("A route on the page needs --network, --from and --to together.");
            }

            if (f is not null && t is not null)
            {
                Profile profile = Commands.ProfileOf(r.GetValue(mode)!);
                (GeoPoint a, string aName, _) = PlaceResolver.Resolve(f, "from");
                (GeoPoint b, string bName, _) = PlaceResolver.Resolve(t, "to");
                RoutingGraph graph = network.Load(r, profile, RouteMetric.Fastest);
                routes.Add(new RouteGeoJson.Entry(Routed(graph, a, b), aName, bName));
                roads = graph.Network;
                ground = Ground(network.PathIn(r));
            }

            OfflineMapPage.Write(path, EncirclementModel.Load(), routes, day, roads, ground);
            Console.WriteLine($"Wrote {path}");
            return 0;
        }));
        return command;
    }

    /// <summary>The coast, water and green areas of an OpenStreetMap extract (null for a GeoJSON network: the embedded land is used).</summary>
    internal static BaseMap? Ground(string? networkPath) =>
        networkPath is not null && networkPath.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase) ? BaseMap.FromOsm(networkPath) : null;

    /// <summary>The fastest route from <paramref name="a"/> to <paramref name="b"/>; <see cref="UnreachableException"/> (exit 3) when there is none.</summary>
    private static Route Routed(RoutingGraph graph, GeoPoint a, GeoPoint b)
    {
        RouteResult routed = SwappedCoordinates.Explain(graph.Network, graph.Route().From(a).To(b).Calculate);
        return routed.IsFound ? routed.Route : throw new UnreachableException(routed.Failure.Message);
    }

    private static MapFormats Formats(string text)
    {
        string[] names = [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToUpperInvariant())];
        MapFormats formats = 0;
        foreach (string name in names)
        {
            formats |= name switch
            {
                "SVG" => MapFormats.Svg,
                "PNG" => MapFormats.Png,
                _ => throw new UsageException($"--format '{text}': use svg, png or svg,png."),
            };
        }

        return formats != 0 ? formats : throw new UsageException($"--format '{text}': use svg, png or svg,png.");
    }

    private static MapOptions Options(string projection, string? bbox, int width, int height) => new()
    {
        Projection = projection.ToUpperInvariant() switch
        {
            "WEBMERCATOR" or "3857" => MapProjection.WebMercator,
            "LAMBERT93" or "2154" => MapProjection.Lambert93,
            _ => throw new UsageException($"Unknown projection '{projection}': use webmercator or lambert93."),
        },
        Extent = bbox is null ? null : Extent(bbox),
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

    private static TimeOnly Hour(string text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly t)
            ? t : throw new UsageException($"--time '{text}' is not a time of day (HH:mm, 00:00..23:59).");
}
