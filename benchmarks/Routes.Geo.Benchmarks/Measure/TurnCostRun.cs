using System.Globalization;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode <c>turncosts [--extract E] [--pairs N]</c>: what the car's turn costs do to its routes. The same network
/// is routed with the car and with the car whose turns are free (the rule before turn costs), on N random pairs of usable
/// roads' first points; prints the duration ratio's distribution, how many routes changed their way, and the obstacles counted.
/// </summary>
internal static class TurnCostRun
{
    public static int Run(Options options)
    {
        int pairCount = options.Int("pairs", 1000);
        Console.WriteLine("| extract | signals / stops / give-ways (vertices) | pairs routed | duration after / before: p10 / median / p90 / mean | turn time per route s (median) | length after / before (median) | routes on another path |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (string extract in options.Text("extract", string.Join(',', Extracts.Names)).Split(','))
        {
            RoadNetwork network = Extracts.Network(extract);
            var router = new Router(network);
            RoutingGraph after = router.GraphFor(TravelProfiles.Car), before = router.GraphFor(new FreeTurnsCar());
            GeoPoint[] points = QueryPairs.RandomPoints(after, 2 * pairCount, 1944);
            var ratios = new List<double>();
            var turnSeconds = new List<double>();
            var lengthRatios = new List<double>();
            int changed = 0;
            for (int i = 0; i < pairCount; i++)
            {
                RouteResult a = after.Route().From(points[2 * i]).To(points[(2 * i) + 1]).Using(RouteAlgorithm.AStar).Calculate();
                RouteResult b = before.Route().From(points[2 * i]).To(points[(2 * i) + 1]).Using(RouteAlgorithm.AStar).Calculate();
                if (!a.IsFound || !b.IsFound || b.Route.DurationSeconds <= 0)
                {
                    continue;
                }

                ratios.Add(a.Route.DurationSeconds / b.Route.DurationSeconds);
                lengthRatios.Add(a.Route.LengthMetres / Math.Max(b.Route.LengthMetres, 1e-9));
                turnSeconds.Add(a.Route.DurationSeconds - a.Route.Legs.Sum(l => FreeSeconds(after, l)));
                changed += a.Route.Legs.SelectMany(l => l.Trace!.DirectedEdges).SequenceEqual(b.Route.Legs.SelectMany(l => l.Trace!.DirectedEdges)) ? 0 : 1;
            }

            string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
            Console.WriteLine(
                $"| {extract} | {Obstacles(network, "traffic_signals")} / {Obstacles(network, "stop")} / {Obstacles(network, "give_way")} | {ratios.Count} | " +
                $"{F(Percentiles.Of(ratios, 10))} / {F(Percentiles.Of(ratios, 50))} / {F(Percentiles.Of(ratios, 90))} / {F(ratios.Average())} | " +
                $"{Percentiles.Of(turnSeconds, 50).ToString("0.0", CultureInfo.InvariantCulture)} | {F(Percentiles.Of(lengthRatios, 50))} | {changed} |");
        }

        return 0;
    }

    // The leg's time on its edges alone (their parts' lengths at the edges' speeds), without the turns between them.
    private static double FreeSeconds(RoutingGraph graph, RouteLeg leg)
    {
        double seconds = 0;
        for (int i = 0; i < leg.Trace!.Count; i++)
        {
            int directed = leg.Trace.DirectedEdges[i];
            double length = graph.Network.EdgeLengthMetres(directed >> 1);
            seconds += length > 0 ? graph.DirectedDurationSeconds[directed] * leg.Trace.LengthMetres[i] / length : 0;
        }

        return seconds;
    }

    private static int Obstacles(RoadNetwork network, string highway) =>
        Enumerable.Range(0, network.VertexCount).Count(v => network.VertexTags.TryGetValue(v, out var tags) && tags.GetValueOrDefault("highway") == highway);

    private sealed class FreeTurnsCar : CarProfile
    {
        public override bool HasTurnCosts => false;
    }
}
