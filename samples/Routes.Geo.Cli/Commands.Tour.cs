using System.CommandLine;
using Routes.Geo.Encirclement;
using Routes.Geo.Export;
using Routes.Geo.Matrices;
using Routes.Geo.Routing;
using Routes.Geo.Tours;
using Spectre.Console;

namespace Routes.Geo.Cli;

internal static partial class Commands
{
    public static Command Tour()
    {
        var network = new NetworkOptions();
        var sites = new Option<string?>("--sites") { Description = "The sites to visit, separated by ';' (names from 'sites'). Example: --sites \"Batterie Todt;Cap Gris-Nez;Calais Canadian War Cemetery\"" };
        var kind = new Option<string?>("--all-of-kind") { Description = $"Visit every site of one kind that has a verified coordinate: {SiteKinds.Names}." };
        var mode = ModeOption();
        var roundTrip = new Option<bool>("--return") { Description = "Come back to the first site (a round trip)." };
        var start = new Option<string?>("--start") { Description = "The site to start from (one of the tour's sites)." };
        var end = new Option<string?>("--end") { Description = "The site to finish at (not with --return)." };
        var by = new Option<string>("--by") { Description = "What the best order minimises: time or distance.", DefaultValueFactory = _ => "time" };
        var chronological = new Option<bool>("--chronological") { Description = "Visit the sites in the order their history happened, and report how much more that costs than the best order." };
        var maxPerDay = new Option<string?>("--max-per-day") { Description = "Split the tour into days of at most this much travel plus visits, e.g. 6h, 7h30m." };
        var visit = new Option<string>("--visit") { Description = "Time spent at each site, counted by --max-per-day, e.g. 45m.", DefaultValueFactory = _ => "0m" };
        var output = new Option<string>("--out") { Description = "GeoJSON file: a line per leg and a point per site.", DefaultValueFactory = _ => "out/tour.geojson" };
        var gpx = new Option<string>("--gpx") { Description = "GPX file for walkers' devices: the tour as a track, its sites as waypoints.", DefaultValueFactory = _ => "out/tour.gpx" };
        var sitesWithin = new Option<double>("--sites-within") { Description = "Also give the GPX a waypoint for every other site of the model within this many metres of the track (0: the tour's sites alone).", DefaultValueFactory = _ => 0 };
        var timeBudget = new Option<double?>("--time-budget") { Description = "Seconds the best-order search of a tour over 12 sites may take; it then keeps the best order found (default: no limit)." };
        var command = new Command("tour", """
            Plan a tour between memorial sites in the best order (or in the order of history), split it into days, and write GeoJSON and GPX.
            Example: routes-geo tour --network nord-pas-de-calais-latest.osm.pbf --sites "Batterie Todt;Cap Gris-Nez;Calais Canadian War Cemetery" --mode car --return
            Example: routes-geo tour --network nord-pas-de-calais-latest.osm.pbf --all-of-kind battery --mode bike --chronological --max-per-day 5h --visit 30m
            """)
        {
            sites, kind, mode, roundTrip, start, end, by, chronological, maxPerDay, visit, output, gpx, sitesWithin, timeBudget,
        };
        network.AddTo(command);
        command.SetAction(result => Run(() =>
        {
            Profile profile = ProfileOf(result.GetValue(mode)!);
            return new TourRun(
                metric => network.Load(result, profile, metric), result.GetValue(sites), result.GetValue(kind), profile,
                result.GetValue(roundTrip), result.GetValue(start), result.GetValue(end), ParseCost(result.GetValue(by)!), result.GetValue(chronological),
                result.GetValue(maxPerDay) is { } max ? DurationText.Parse(max, "--max-per-day", TimeSpan.FromMinutes(1), DurationText.OneDay) : null,
                DurationText.Parse(result.GetValue(visit)!, "--visit", TimeSpan.Zero, DurationText.OneDay),
                result.GetValue(output)!, result.GetValue(gpx)!, SitesWithin(result.GetValue(sitesWithin)), TimeBudget(result.GetValue(timeBudget))).Execute();
        }));
        return command;
    }

    private static double SitesWithin(double metres) => double.IsFinite(metres) && metres is >= 0 and <= 100_000
        ? metres
        : throw new UsageException($"--sites-within {metres}: give a distance in metres from 0 to 100000.");

    private static TimeSpan? TimeBudget(double? seconds) => seconds switch
    {
        null => null,
        double s when double.IsFinite(s) && s is >= 0.01 and <= 3600 => TimeSpan.FromSeconds(s),
        double s => throw new UsageException($"--time-budget {s}: give a number of seconds from 0.01 to 3600."),
    };

    private static TourCost ParseCost(string by) => by.Trim().ToUpperInvariant() switch
    {
        "TIME" or "DURATION" => TourCost.Duration,
        "DISTANCE" or "LENGTH" => TourCost.Distance,
        _ => throw new UsageException($"--by '{by}': use time or distance."),
    };

    /// <summary>One run of the tour command, its steps in order.</summary>
    private sealed record TourRun(Func<RouteMetric, RoutingGraph> LoadGraph, string? Sites, string? Kind, Profile Profile, bool ReturnToStart, string? Start, string? End,
        TourCost By, bool Chronological, TimeSpan? MaxPerDay, TimeSpan Visit, string GeoJsonPath, string GpxPath, double SitesWithinMetres, TimeSpan? Budget)
    {
        private readonly EncirclementModel _model = EncirclementModel.Load();

        public int Execute()
        {
            List<Site> stops = ChooseSites();
            CheckEnds();
            RouteMetric metric = By == TourCost.Distance ? RouteMetric.Shortest : RouteMetric.Fastest;
            OutputPath.File(GeoJsonPath, "--out");
            OutputPath.File(GpxPath, "--gpx");
            RoutingGraph graph = LoadGraph(metric);
            GeoPoint[] points = [.. stops.Select(s => s.Coordinate.Verified!.Value)];
            for (int i = 0; i < stops.Count; i++)
            {
                graph.Snap(points[i], RouteRequest.DefaultMaxSnapMetres, stops[i].Name);
            }

            if (points.Length * points.Length >= 400)
            {
                // The matrix uses the contraction hierarchy from this size on; preparing it is the long part.
                Ui.Spin("Preparing the contraction hierarchy", () => graph.Prepare(metric));
            }

            TravelMatrix matrix = Ui.Spin($"Travel times between {points.Length} sites", () => TravelMatrix.Compute(graph, points, metric));
            IReadOnlyList<int> order = Chronological ? ChronologicalOrder(stops, points, matrix) : BestOrder(stops, matrix);
            List<Site> visits = [.. order.Select(i => stops[i])];
            if (ReturnToStart)
            {
                visits.Add(visits[0]);
            }

            RouteRequest request = graph.Route().From(visits[0].Coordinate.Verified!.Value).To(visits[^1].Coordinate.Verified!.Value).Minimizing(metric);
            foreach (Site v in visits.Skip(1).SkipLast(1))
            {
                request.Via(v.Coordinate.Verified!.Value);
            }

            RouteResult routed = request.Calculate();
            if (!routed.IsFound)
            {
                throw new UnreachableException(routed.Failure.Message);
            }

            IReadOnlyList<int>? days = MaxPerDay is { } max ? SplitDays(order, stops, matrix, max) : null;
            PrintLegs(routed.Route, [.. visits.Select(s => s.Name)], days);
            if (ElevationFolder.Summary(routed.Route) is { } climb)
            {
                Console.WriteLine(climb);
            }

            SiteStory.Print(_model, visits);
            TourGeoJson.Write(GeoJsonPath, routed.Route, visits, days);
            List<Site> ordered = [.. visits.Distinct()];
            IReadOnlyList<Site> waypoints = WalkGpx.Write(GpxPath, routed.Route, $"Tour: {string.Join(" – ", visits.Select(s => s.Name))}", ordered, _model.Sites, SitesWithinMetres);
            if (SitesWithinMetres > 0)
            {
                Console.WriteLine($"GPX waypoints: the {ordered.Count} sites of the tour and {waypoints.Count - ordered.Count} more within {SitesWithinMetres:0} m of the track.");
            }

            Console.WriteLine($"Wrote {GeoJsonPath} and {GpxPath}. {Attribution.OpenStreetMap}");
            return 0;
        }

        private List<Site> ChooseSites()
        {
            if ((Sites is null) == (Kind is null))
            {
                throw new UsageException("Give the tour's sites with --sites \"A;B;C\" or --all-of-kind KIND (one of the two).");
            }

            List<Site> chosen = Sites is not null
                ? [.. Sites.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(_model.FindSite).Distinct()]
                : [.. _model.SitesOfKind(SiteKinds.Parse(Kind!, "--all-of-kind"))];
            foreach (Site s in chosen.Where(s => s.Coordinate.Verified is null))
            {
                AnsiConsole.MarkupLine($"[yellow]Left out:[/] {Markup.Escape(s.Name)} (coordinate {s.Coordinate.Status.ToString().ToUpperInvariant()}; no tour routes to a guess).");
            }

            List<Site> stops = [.. chosen.Where(s => s.Coordinate.Verified is not null)];
            return stops.Count >= 2 ? stops
                : throw new UsageException($"A tour needs at least two sites with a verified coordinate; {stops.Count} of the {chosen.Count} chosen have one (see 'routes-geo sites').");
        }

        private void CheckEnds()
        {
            if (ReturnToStart && End is not null)
            {
                throw new UsageException("--end does not go with --return: a round trip ends where it starts (choose that site with --start).");
            }

            if (Start is not null && End is not null && _model.FindSite(Start) == _model.FindSite(End))
            {
                throw new UsageException($"--start and --end name the same site ('{_model.FindSite(Start).Name}'): for a round trip use --return with --start.");
            }
        }

        private int? IndexOf(List<Site> stops, string? name, string option)
        {
            if (name is null)
            {
                return null;
            }

            Site site = _model.FindSite(name);
            int index = stops.IndexOf(site);
            return index >= 0 ? index : throw new UsageException($"{option} '{site.Name}' is not one of the tour's sites with a verified coordinate.");
        }

        private IReadOnlyList<int> BestOrder(List<Site> stops, TravelMatrix matrix)
        {
            var options = new TourOptions(ReturnToStart, IndexOf(stops, Start, "--start"), IndexOf(stops, End, "--end")) { TimeBudget = Budget };
            TourPlan plan = TourSolver.Solve(matrix.ToCostMatrix(By), options, [.. stops.Select(s => s.Name)]);
            AnsiConsole.MarkupLine($"Best order by {(By == TourCost.Duration ? "time" : "distance")}: {Cost(plan.Cost)}{(plan.IsProvenOptimal ? " (proven optimal)" : plan.StoppedByTimeBudget ? " (heuristic, stopped at --time-budget)" : " (heuristic, not proven optimal)")}.");
            return plan.Order;
        }

        private IReadOnlyList<int> ChronologicalOrder(List<Site> stops, GeoPoint[] points, TravelMatrix matrix)
        {
            if (Start is not null || End is not null)
            {
                throw new UsageException("--chronological fixes the order (and so the start and the end): leave out --start and --end.");
            }

            CostMatrix all = matrix.ToCostMatrix(By);
            int[] map = [];
            ChronologicalTourResult chrono = ChronologicalTour.Plan(_model, stops, chosen =>
            {
                map = [.. chosen.Select(p => Array.IndexOf(points, p))];
                return CostMatrix.Create(chosen.Count, (a, b) => all[map[a], map[b]]);
            }, By, ReturnToStart);
            foreach (ExcludedSite x in chrono.Excluded)
            {
                AnsiConsole.MarkupLine($"[yellow]Left out:[/] {Markup.Escape(x.Message)}");
            }

            if (chrono.Order.Count < 2)
            {
                throw new UsageException("Fewer than two of the chosen sites have a verified coordinate on this network: no chronological tour.");
            }

            if (double.IsInfinity(chrono.ChronologicalCost))
            {
                throw new UnreachableException("The chronological order has a leg with no route on this network; try without --chronological.");
            }

            AnsiConsole.MarkupLine($"Chronological order: {Cost(chrono.ChronologicalCost)}; best order: {Cost(chrono.Optimal.Cost)}; " +
                $"history costs [bold]{Cost(chrono.ExtraCost)} more ({chrono.ExtraPercent:0.0}%)[/].");
            return [.. chrono.Order.Select(d => stops.IndexOf(d.Site))];
        }

        private IReadOnlyList<int> SplitDays(IReadOnlyList<int> order, List<Site> stops, TravelMatrix matrix, TimeSpan max)
        {
            IReadOnlyList<TourDay> days = DayPlanner.Split(order, matrix.ToCostMatrix(TourCost.Duration), max, Visit, ReturnToStart, [.. stops.Select(s => s.Name)]);
            var table = new Table().AddColumns("Day", "From", "To", "Travel", "Visits", "Total");
            foreach (TourDay d in days)
            {
                table.AddRow(new Text($"{d.Number}"), new Text(stops[d.StartsAt].Name), new Text(stops[d.EndsAt].Name),
                    new Text(DurationText.Format(d.TravelSeconds)), new Text(DurationText.Format(d.VisitSeconds)), new Text(DurationText.Format(d.TotalSeconds)));
            }

            AnsiConsole.Write(table.Caption($"{days.Count} days of at most {DurationText.Format(max.TotalSeconds)}"));
            int legs = order.Count - 1 + (ReturnToStart ? 1 : 0);
            return [.. Enumerable.Range(0, legs).Select(i => i + 1 < order.Count
                ? days.First(d => d.Visited.Contains(order[i + 1])).Number
                : days[^1].Number)];
        }

        private string Cost(double cost) => By == TourCost.Duration ? DurationText.Format(cost) : Ui.Km(cost);
    }
}
