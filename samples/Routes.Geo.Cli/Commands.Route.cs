using System.CommandLine;
using Routes.Geo.Encirclement;
using Routes.Geo.Export;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Tours;
using Spectre.Console;

namespace Routes.Geo.Cli;

internal static partial class Commands
{
    private const int RoadsShownPerLeg = 6;

    public static Command Route()
    {
        var network = new NetworkOptions();
        var from = new Option<string>("--from") { Description = "Start: \"lat,lon\" (e.g. 50.9474,1.8564) or a site name (see 'sites'), e.g. \"Batterie Todt\".", Required = true };
        var to = new Option<string>("--to") { Description = "Destination: \"lat,lon\" or a site name.", Required = true };
        var via = new Option<string[]>("--via") { Description = "Intermediate places, in order (repeat the option: --via A --via B).", AllowMultipleArgumentsPerToken = false };
        var mode = ModeOption();
        var by = new Option<string?>("--by") { Description = "What the route minimises, as in 'tour': time (default) or distance." };
        var shortest = new Option<bool>("--shortest") { Description = "The same as --by distance (kept from earlier versions)." };
        var output = new Option<string?>("--out") { Description = "Write the route as GeoJSON to this file (folders are created)." };
        var chart = new Option<string?>("--elevation-chart") { Description = "Write the route's elevation profile as a chart, .svg or .png (needs --elevation)." };
        var exclude = new Option<string?>("--exclude") { Description = $"Road classes to leave out, comma-separated: {string.Join(", ", RoadClassSet.Names)} (e.g. --exclude motorway,toll)." };
        var alternatives = new Option<int>("--alternatives") { Description = $"Also show up to N alternative routes (0..{AlternativeRoutes.MaxCount}; at most 1.25 times as long, sharing at most 80% with the best); not with --via." };
        var avoid = new Option<string?>("--avoid") { Description = "A GeoJSON file of Polygons or MultiPolygons (geometry, Feature or FeatureCollection) the route must not enter." };
        var custom = new Option<string?>("--custom") { Description = "A JSON file of custom weights: speed and priority rules, e.g. {\"priority\": [{\"if\": \"class == unpaved\", \"multiply_by\": 0.5}]} (README, custom weights)." };
        var command = new Command("route", """
            Compute a route between places and print its legs (length, time), roads, and the history of every stop that is a site.
            Example: routes-geo route --network nord-pas-de-calais-latest.osm.pbf --from "Batterie Todt" --to "Calais Canadian War Cemetery" --mode car --out out/cape.geojson
            Avoiding motorways, with two alternatives: ... --mode car --exclude motorway --alternatives 2
            Not through a closed area: ... --avoid closed-area.geojson
            With custom weights: ... --custom prefer-quiet.json
            """)
        {
            from, to, via, mode, by, shortest, output, chart, exclude, alternatives, avoid, custom,
        };
        network.AddTo(command);
        command.SetAction(result => Run(() =>
        {
            Profile profile = ProfileOf(result.GetValue(mode)!);
            RouteMetric metric = MetricOf(result.GetValue(by), result.GetValue(shortest));
            var places = new List<Place> { PlaceResolver.Resolve(result.GetValue(from)!, "from") };
            places.AddRange((result.GetValue(via) ?? []).Select(v => PlaceResolver.Resolve(v, "via")));
            places.Add(PlaceResolver.Resolve(result.GetValue(to)!, "to"));
            string? path = result.GetValue(output) is { } o ? OutputPath.File(o, "--out") : null;
            string? chartPath = result.GetValue(chart) is { } c ? ElevationChartOutput.Check(c, result.GetValue(network.Elevation)) : null;
            RoadClassSet excluded = ExcludedOf(result.GetValue(exclude));
            int alternativeCount = AlternativeCountOf(result.GetValue(alternatives), places.Count);
            AvoidArea? avoided = result.GetValue(avoid) is { } areaFile ? AvoidArea.Load(areaFile) : null;
            CustomWeights? weights = result.GetValue(custom) is { } rulesFile ? CustomWeights.Load(rulesFile) : null;
            RoutingGraph graph = network.Load(result, profile, metric, weights?.TagKeys);
            RouteRequest request = graph.Route().From(places[0].Point).To(places[^1].Point).Minimizing(metric)
                .Excluding(excluded).Alternatives(alternativeCount);
            if (avoided is not null)
            {
                request.Avoiding(avoided);
            }

            if (weights is not null)
            {
                request.WithCustomWeights(weights);
            }

            foreach (Place v in places.Skip(1).SkipLast(1))
            {
                request.Via(v.Point);
            }

            RouteResult routed = SwappedCoordinates.Explain(graph.Network, request.Calculate);
            if (!routed.IsFound)
            {
                throw new UnreachableException(routed.Failure.Message);
            }

            if (!excluded.IsEmpty || alternativeCount > 0 || avoided is not null || weights is not null)
            {
                NetworkCache.StoreCustomizable(graph);
            }

            PrintLegs(routed.Route, [.. places.Select(p => p.Label)]);
            if (ElevationFolder.Summary(routed.Route) is { } climb)
            {
                Console.WriteLine(climb);
            }

            PrintAlternatives(routed, alternativeCount);
            SiteStory.Print(EncirclementModel.Load(), places.Select(p => p.Site).OfType<Site>());
            if (path is not null)
            {
                RouteGeoJson.Write(path, [
                    new RouteGeoJson.Entry(routed.Route, places[0].Label, places[^1].Label),
                    .. routed.Alternatives.Select((a, i) => new RouteGeoJson.Entry(a, $"{places[0].Label} (alternative {i + 1})", places[^1].Label)),
                ]);
                Console.WriteLine($"Wrote {path}. {Attribution.OpenStreetMap}");
            }

            if (chartPath is not null)
            {
                Maps.ElevationProfileChart.Write(chartPath, routed.Route);
                Console.WriteLine($"Wrote {chartPath} (elevation profile).");
            }

            return 0;
        }));
        return command;
    }

    private static RoadClassSet ExcludedOf(string? text)
    {
        try
        {
            return text is null ? RoadClassSet.None : RoadClassSet.Parse(text);
        }
        catch (UnknownRoadClassException e)
        {
            throw new UsageException($"--exclude: {e.Message}");
        }
    }

    private static int AlternativeCountOf(int count, int places) => count switch
    {
        < 0 or > AlternativeRoutes.MaxCount => throw new UsageException($"--alternatives {count}: give 0 to {AlternativeRoutes.MaxCount}."),
        > 0 when places > 2 => throw new UsageException("--alternatives is for a route without --via."),
        _ => count,
    };

    private static void PrintAlternatives(RouteResult routed, int asked)
    {
        if (asked == 0)
        {
            return;
        }

        if (routed.Alternatives.Count == 0)
        {
            Console.WriteLine("No alternative route: none is at most 1.25 times as long, shares at most 80% with this one and has no local detour.");
            return;
        }

        for (int i = 0; i < routed.Alternatives.Count; i++)
        {
            Route a = routed.Alternatives[i];
            Console.WriteLine($"Alternative {i + 1}: {Ui.Km(a.LengthMetres)}, {DurationText.Format(a.DurationSeconds)}; {RoadsOf(a.Legs[0])}");
        }
    }

    private static RouteMetric MetricOf(string? by, bool shortest) => (by is null ? (TourCost?)null : ParseCost(by)) switch
    {
        TourCost.Duration when shortest => throw new UsageException("--shortest is --by distance: it does not go with --by time."),
        null when shortest => RouteMetric.Shortest,
        TourCost.Distance => RouteMetric.Shortest,
        _ => RouteMetric.Fastest,
    };

    /// <summary>A table of the route's legs; <paramref name="stops"/> names the points in order, <paramref name="days"/> (optional) each leg's day.</summary>
    private static void PrintLegs(Route route, IReadOnlyList<string> stops, IReadOnlyList<int>? days = null)
    {
        var table = new Table().AddColumn("#");
        if (days is not null)
        {
            table.AddColumn("Day");
        }

        table.AddColumns("From", "To", "Distance", "Time", "Roads");
        for (int i = 0; i < route.Legs.Count; i++)
        {
            RouteLeg leg = route.Legs[i];
            var cells = new List<string> { $"{i + 1}" };
            if (days is not null)
            {
                cells.Add($"{days[i]}");
            }

            string roads = RoadsOf(leg);
            cells.AddRange([stops[i], stops[i + 1], Ui.Km(leg.LengthMetres), DurationText.Format(leg.DurationSeconds), roads]);
            table.AddRow([.. cells.Select(c => new Text(c))]);
        }

        table.Caption($"{route.Profile}, {route.Metric.ToString().ToLowerInvariant()}: {Ui.Km(route.LengthMetres)}, {DurationText.Format(route.DurationSeconds)} in {route.Legs.Count} leg{(route.Legs.Count == 1 ? "" : "s")}");
        AnsiConsole.Write(table);
    }

    /// <summary>The leg's road names in order, the first <see cref="RoadsShownPerLeg"/> of them and "+N more" for the rest.</summary>
    private static string RoadsOf(RouteLeg leg)
    {
        string[] names = [.. leg.Steps.Select(s => s.RoadName).OfType<string>().Distinct()];
        string shown = string.Join(", ", names.Take(RoadsShownPerLeg));
        return names.Length > RoadsShownPerLeg ? $"{shown}, +{names.Length - RoadsShownPerLeg} more" : shown;
    }
}
