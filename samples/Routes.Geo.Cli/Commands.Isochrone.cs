using System.CommandLine;
using System.Globalization;
using Routes.Geo.Export;
using Routes.Geo.Isochrones;
using Routes.Geo.Maps;
using Routes.Geo.Routing;
using Spectre.Console;

namespace Routes.Geo.Cli;

internal static partial class Commands
{
    public static Command Isochrone()
    {
        var network = new NetworkOptions();
        var from = new Option<string>("--from") { Description = "Start: \"lat,lon\" (e.g. 43.7314,7.4199) or a site name (see 'sites').", Required = true };
        var mode = ModeOption();
        var minutes = new Option<string>("--minutes") { Description = "Travel times in minutes, separated by commas, one band each (each over 0 and at most 1440).", DefaultValueFactory = _ => "5,10,15" };
        var output = new Option<string>("--out") { Description = "GeoJSON file: a polygon per band with duration_s, area_m2, mode.", DefaultValueFactory = _ => "out/isochrone.geojson" };
        var map = new Option<string?>("--map") { Description = "Also draw the bands on a map of the network's roads (.svg or .png), with legend and scale." };
        var command = new Command("isochrone", """
            The areas reachable from a place within travel times, one polygon per band, written as GeoJSON.
            Example: routes-geo isochrone --network ../shared/data/osm/monaco.osm.pbf --from 43.7314,7.4199 --mode foot --minutes 5,10,15 --out out/monaco-walk.geojson --map out/monaco-walk.png
            """)
        {
            from, mode, minutes, output, map,
        };
        network.AddTo(command);
        command.SetAction(result => Run(() =>
        {
            Profile profile = ProfileOf(result.GetValue(mode)!);
            TimeSpan[] bands = ParseMinutes(result.GetValue(minutes)!);
            Place place = PlaceResolver.Resolve(result.GetValue(from)!, "from");
            string path = OutputPath.File(result.GetValue(output)!, "--out");
            string? mapPath = result.GetValue(map) is { } m ? MapCommands.MapFile(m, "--map") : null;
            RoutingGraph graph = network.Load(result, profile, RouteMetric.Fastest);
            IsochroneResult isochrone = SwappedCoordinates.Explain(graph.Network, () => Isochrones.Isochrone.Compute(graph, place.Point, bands));
            var table = new Table().AddColumn("Within").AddColumn(new TableColumn("Area").RightAligned()).AddColumn(new TableColumn("Road pieces").RightAligned());
            foreach (IsochroneBand band in isochrone.Bands)
            {
                table.AddRow(DurationText.Format(band.Within.TotalSeconds), string.Create(CultureInfo.InvariantCulture, $"{band.AreaSquareMetres / 1e6:0.00} km²"), band.ReachedPieces.ToString(CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"From {place.Label} by {profile.Name} ({isochrone.Search.ToString().ToLowerInvariant()} search); outlines within {isochrone.Shape.BufferMetres:0} m of reached roads, gaps up to about {2 * isochrone.Shape.GapMetres:0} m filled."));
            IsochroneGeoJson.Write(path, isochrone);
            Console.WriteLine($"Wrote {path}. {Attribution.OpenStreetMap}");
            if (mapPath is not null)
            {
                StaticMaps.Isochrone(isochrone, new MapOptions { Roads = graph.Network, Base = MapCommands.Ground(network.PathIn(result)) }, place.Label).Write(mapPath);
                Console.WriteLine($"Wrote {mapPath}");
            }
            return 0;
        }));
        return command;
    }

    private static TimeSpan[] ParseMinutes(string text)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            throw new UsageException("--minutes: give one or more travel times in minutes, e.g. --minutes 5,10,15.");
        }

        return [.. parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out double m) && m > 0 && m <= 1440
            ? TimeSpan.FromMinutes(m)
            : throw new UsageException($"--minutes '{p}': each travel time is a number of minutes over 0 and at most 1440 (a day)."))];
    }
}
