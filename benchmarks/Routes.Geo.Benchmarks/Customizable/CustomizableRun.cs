using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Benchmarks.Measure;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Benchmarks.Customizable;

/// <summary>
/// Console mode <c>customizable</c>: per extract and profile, the plain hierarchy's and the customizable hierarchy's
/// preparation, customization (profile weights; with motorway and tunnel excluded), point-to-point search with the path
/// unpacked on both (the same random pairs), and alternatives (up to 3) on the customized one. Options: --pairs N
/// (default 2000), --alternative-pairs N (300), --extract NAME, --profile NAME.
/// </summary>
internal static class CustomizableRun
{
    public static int Run(Options options)
    {
        int pairCount = options.Int("pairs", 2000), alternativePairs = options.Int("alternative-pairs", 300);
        string[] extracts = options.Text("extract", "") is { Length: > 0 } e ? [e] : Extracts.Names;
        string[] profiles = options.Text("profile", "") is { Length: > 0 } p ? [p] : ["car", "foot"];
        Console.WriteLine("| extract/profile | kind | nodes | CH prep ms | CCH order ms | CCH contraction ms | CCH edges | tree height | customize ms (p50/p90/p99 of 10) | customize excl. motorway,tunnel ms (same) | CH search µs (p50/p90/p99) | CCH search µs (p50/p90/p99) | alternatives µs (p50/p90/p99) | alternatives per route |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (string extract in extracts)
        {
            foreach (string profile in profiles)
            {
                Console.WriteLine(Row(extract, profile, pairCount, alternativePairs));
            }
        }

        return 0;
    }

    private static string Row(string extract, string profile, int pairCount, int alternativePairs)
    {
        RoutingGraph graph = Extracts.Graph(extract, profile);
        var clock = Stopwatch.StartNew();
        ContractionHierarchy ch = ContractionHierarchy.Build(graph, RouteMetric.Fastest, ContractionHierarchy.KindFor(graph));
        double chPrep = clock.Elapsed.TotalMilliseconds;
        CustomizableHierarchy cch = CustomizableHierarchy.Build(graph);
        RoadClassSet excluded = RoadClassSet.Of([RoadClass.Motorway, RoadClass.Tunnel]);
        CustomizedHierarchy customized = cch.Customize(RouteMetric.Fastest, RoadClassSet.None);
        var customize = new List<double>();
        var customizeExcluded = new List<double>();
        for (int i = 0; i < 10; i++)
        {
            customize.Add(cch.Customize(RouteMetric.Fastest, RoadClassSet.None).CustomizationTime.TotalMilliseconds);
            customizeExcluded.Add(Timed(() => cch.Customize(RouteMetric.Fastest, excluded)));
        }

        GeoPoint[] points = QueryPairs.RandomPoints(graph, 2 * pairCount, 15);
        var snaps = points.Select(pt => graph.Snap(pt)).ToArray();
        var chTimes = new List<double>();
        var cchTimes = new List<double>();
        // Warm both searches on the first pairs, then time them alternately on the same pairs.
        for (int i = 0; i < Math.Min(200, pairCount); i++)
        {
            HierarchySearch.Run(ch, snaps[2 * i], snaps[(2 * i) + 1]);
            EliminationTreeQuery.Run(customized, snaps[2 * i], snaps[(2 * i) + 1]);
        }

        for (int i = 0; i < pairCount; i++)
        {
            SnapResult a = snaps[2 * i], b = snaps[(2 * i) + 1];
            chTimes.Add(Timed(() => HierarchySearch.Run(ch, a, b)));
            cchTimes.Add(Timed(() => EliminationTreeQuery.Run(customized, a, b)));
        }

        var alternativeTimes = new List<double>();
        int routes = 0, alternatives = 0;
        for (int i = 0; i < Math.Min(alternativePairs, pairCount); i++)
        {
            SnapResult a = snaps[2 * i], b = snaps[(2 * i) + 1];
            if (EliminationTreeQuery.Run(customized, a, b) is not { } best)
            {
                continue;
            }

            routes++;
            var clockAlternatives = Stopwatch.StartNew();
            alternatives += AlternativeRoutes.Find(customized, a, b, best, 3).Count;
            alternativeTimes.Add(clockAlternatives.Elapsed.TotalMilliseconds);
        }

        string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        return $"| {extract}/{profile} | {cch.Kind} | {cch.NodeCount:N0} | {F(chPrep)} | {F(cch.OrderingTime.TotalMilliseconds)} | {F(cch.ContractionTime.TotalMilliseconds)} | {cch.EdgeCount:N0} | {cch.TreeHeight} "
            + $"| {Percentiles.Summary(customize, 1, "0.00")} | {Percentiles.Summary(customizeExcluded, 1, "0.00")} | {Percentiles.Summary(chTimes, 1000)} | {Percentiles.Summary(cchTimes, 1000)} "
            + $"| {Percentiles.Summary(alternativeTimes, 1000, "0")} | {(double)alternatives / Math.Max(1, routes):0.00} |";
    }

    private static double Timed(Action action)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
