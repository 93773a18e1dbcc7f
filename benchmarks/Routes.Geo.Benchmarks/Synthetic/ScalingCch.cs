using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Benchmarks.Measure;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Benchmarks.Synthetic;

/// <summary>
/// The customizable hierarchy's rows of the <c>scaling</c> mode: ordering and contraction, customization (the profile's
/// weights; motorways excluded), kept memory, and queries with the customized metric beside the plain hierarchy's.
/// </summary>
internal static class ScalingCch
{
    public static void Run(RoutingGraph graph, IReadOnlyList<(GeoPoint From, GeoPoint To)> pairs, ContractionHierarchy? ch, int customizations)
    {
        int vertices = graph.Network.VertexCount;
        long live = Memory.LiveManagedBytes(), allocated = Memory.AllocatedBytes();
        (CustomizableHierarchy cch, string took) = Timed(graph.PrepareCustomizable);
        Row("CCH ordering + contraction", $"{took}; {cch.Kind} graph, {cch.NodeCount:N0} nodes, {cch.OriginalArcCount:N0} arcs, {cch.EdgeCount:N0} chordal edges, tree height {cch.TreeHeight:N0}; "
            + string.Create(CultureInfo.InvariantCulture, $"ordering {cch.OrderingTime.TotalSeconds:0.00} s, contraction {cch.ContractionTime.TotalSeconds:0.00} s"));
        Row("CCH preparation allocated", Memory.Mb(Memory.AllocatedBytes() - allocated));
        long liveCch = Memory.LiveManagedBytes() - live;
        Row("CCH live heap (order + chordal supergraph)", $"{Memory.Mb(liveCch)} = {(double)liveCch / vertices:0} B/vertex, {(double)liveCch / cch.NodeCount:0} B/CCH node");
        Row("peak working set so far", Memory.Mb(Memory.PeakWorkingSetBytes()));

        var plain = new List<double>();
        var cpu = new List<double>();
        for (int i = 0; i < customizations; i++)
        {
            TimeSpan cpu0 = ProcessCpu();
            CustomizedHierarchy once = cch.Customize(RouteMetric.Fastest, RoadClassSet.None);
            cpu.Add((ProcessCpu() - cpu0).TotalSeconds);
            plain.Add(once.CustomizationTime.TotalSeconds);
        }

        Row($"customization, profile weights ({customizations} runs: s, min / median / max; CPU s median)", Spread(plain) + string.Create(CultureInfo.InvariantCulture, $"; {Percentiles.Of(cpu, 50):0.000}"));
        var excluded = new List<double>();
        RoadClassSet motorway = RoadClassSet.Of([RoadClass.Motorway]);
        for (int i = 0; i < customizations; i++)
        {
            long start = Stopwatch.GetTimestamp();
            _ = cch.Customize(RouteMetric.Fastest, motorway);
            excluded.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        Row($"customization excluding motorway, weights included ({customizations} runs: s, min / median / max)", Spread(excluded));
        long beforeMetric = Memory.LiveManagedBytes();
        CustomizedHierarchy customized = cch.Customize(RouteMetric.Fastest, RoadClassSet.None);
        long liveMetric = Memory.LiveManagedBytes() - beforeMetric;
        Row("one customized metric, live heap", $"{Memory.Mb(liveMetric)} = {(double)liveMetric / vertices:0} B/vertex");
        Row("peak working set so far", Memory.Mb(Memory.PeakWorkingSetBytes()));
        GC.KeepAlive(customized);

        var snapped = pairs.Select(p => (From: graph.Snap(p.From), To: graph.Snap(p.To)))
            .Where(p => graph.EdgeComponent[p.From.Edge] == graph.EdgeComponent[p.To.Edge]).ToList();
        foreach ((SnapResult a, SnapResult b) in snapped.Take(5))
        {
            EliminationTreeQuery.Run(customized, a, b);
            if (ch is not null)
            {
                HierarchySearch.Run(ch, a, b);
            }
        }

        // The same pre-snapped pairs, both searches timed alternately (path unpacked, no route building).
        var cchTimes = new List<double>();
        var chTimes = new List<double>();
        for (int round = 0; round < 3; round++)
        {
            foreach ((SnapResult a, SnapResult b) in snapped)
            {
                cchTimes.Add(Seconds(() => EliminationTreeQuery.Run(customized, a, b)));
                if (ch is not null)
                {
                    chTimes.Add(Seconds(() => HierarchySearch.Run(ch, a, b)));
                }
            }
        }

        Row($"CCH search, customized (µs, median / p90 / p99; {snapped.Count} pairs × 3)", Percentiles.Summary(cchTimes, 1e6));
        if (ch is not null)
        {
            Row("CH search on the same pairs, alternately (µs, median / p90 / p99)", Percentiles.Summary(chTimes, 1e6));
            Row("CCH / CH search, medians", (Percentiles.Of(cchTimes, 50) / Percentiles.Of(chTimes, 50)).ToString("0.00", CultureInfo.InvariantCulture));
        }

        // Up to 3 alternatives per pair beside the customized best, as the extracts' `customizable` mode times them.
        var alternativeTimes = new List<double>();
        int alternatives = 0;
        foreach ((SnapResult a, SnapResult b) in snapped)
        {
            if (EliminationTreeQuery.Run(customized, a, b) is { } best)
            {
                long start = Stopwatch.GetTimestamp();
                alternatives += AlternativeRoutes.Find(customized, a, b, best, 3).Count;
                alternativeTimes.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
        }

        Row($"alternatives, up to 3 beside the best (ms, median / p90 / p99; {alternativeTimes.Count} pairs)", Percentiles.Summary(alternativeTimes, 1e3, "0.0")
            + string.Create(CultureInfo.InvariantCulture, $"; {(double)alternatives / Math.Max(1, alternativeTimes.Count):0.00} found per pair"));
        QueryTimer.Full(graph, pairs.Take(3).ToList(), RouteAlgorithm.CustomizableHierarchy);
        Row($"CCH per query (profile weights; µs, median / p90 / p99)", Percentiles.Summary(QueryTimer.Full(graph, pairs, RouteAlgorithm.CustomizableHierarchy, 3), 1e6));
        var excludedQuery = new List<double>();
        graph.Route().From(pairs[0].From).To(pairs[0].To).Excluding(RoadClass.Motorway).Calculate();
        for (int round = 0; round < 3; round++)
        {
            foreach ((GeoPoint from, GeoPoint to) in pairs)
            {
                excludedQuery.Add(Seconds(() => graph.Route().From(from).To(to).Excluding(RoadClass.Motorway).Calculate()));
            }
        }

        Row("CCH per query excluding motorway (µs, median / p90 / p99)", Percentiles.Summary(excludedQuery, 1e6));
    }

    private static (T Value, string Took) Timed<T>(Func<T> step)
    {
        TimeSpan cpu0 = ProcessCpu();
        var watch = Stopwatch.StartNew();
        T value = step();
        return (value, string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:0.00} s wall, {(ProcessCpu() - cpu0).TotalSeconds:0.00} s CPU"));
    }

    private static double Seconds(Action action)
    {
        long start = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static string Spread(List<double> seconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{seconds.Min():0.000} / {Percentiles.Of(seconds, 50):0.000} / {seconds.Max():0.000}");

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void Row(string what, string value) => Console.WriteLine($"| {what} | {value} |");
}
