using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Benchmarks.Measure;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Benchmarks.Customizable;

/// <summary>
/// Console mode <c>alternatives</c>: per extract and profile, up to 3 alternatives on the same random pairs as
/// <c>customizable</c> (seed 15), by main's former code (<see cref="AlternativesBaseline"/>) and by
/// <see cref="AlternativeRoutes"/>, alternately in one process (R rounds, the order flipped each pair and round), so
/// machine load falls on both alike. Prints each side's µs (p50/p90/p99 of each pair's median), the median of the
/// per-pair after/before ratios, whether both found the same routes, and the former code's stage breakdown.
/// Options: --pairs N (300), --rounds R (5), --extract NAME, --profile NAME.
/// </summary>
internal static class AlternativesRun
{
    public static int Run(Options options)
    {
        int pairCount = options.Int("pairs", 300), rounds = options.Int("rounds", 5);
        string[] extracts = options.Text("extract", "") is { Length: > 0 } e ? [e] : Extracts.Names;
        string[] profiles = options.Text("profile", "") is { Length: > 0 } p ? [p] : ["car", "foot"];
        var stageRows = new List<string>();
        Console.WriteLine("| extract/profile | kind | nodes | routes | before µs (p50/p90/p99) | after µs (p50/p90/p99) | after/before (median of pairs) | alternatives per route before / after | same routes | CPU/wall |");
        Console.WriteLine("|---|---|---:|---:|---|---|---:|---|---|---:|");
        foreach (string extract in extracts)
        {
            foreach (string profile in profiles)
            {
                Console.WriteLine(Row(extract, profile, pairCount, rounds, stageRows));
            }
        }

        Console.WriteLine();
        Console.WriteLine("Trees alone (CchTrees.Grow, former and current (restricted to the stretch limit), alternately), then the former code's stages: mean µs per call and counts per call.");
        Console.WriteLine("| extract/profile | trees alone before µs (p50/p90/p99) | after | grow | collect | sort | unpack | mark | repeats | edges | sharing | T-test | candidates | tried | repeated | too long | shared too much | T-tests | failed | found |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (string row in stageRows)
        {
            Console.WriteLine(row);
        }

        return 0;
    }

    private static string Row(string extract, string profile, int pairCount, int rounds, List<string> stageRows)
    {
        RoutingGraph graph = Extracts.Graph(extract, profile);
        CustomizableHierarchy cch = CustomizableHierarchy.Build(graph);
        CustomizedHierarchy customized = cch.Customize(RouteMetric.Fastest, RoadClassSet.None);
        GeoPoint[] points = QueryPairs.RandomPoints(graph, 2 * pairCount, 15);
        SnapResult[] snaps = [.. points.Select(pt => graph.Snap(pt))];
        var cases = new List<(SnapResult A, SnapResult B, EdgeSearch.Found Best)>();
        for (int i = 0; i < pairCount; i++)
        {
            if (EliminationTreeQuery.Run(customized, snaps[2 * i], snaps[(2 * i) + 1]) is { } best)
            {
                cases.Add((snaps[2 * i], snaps[(2 * i) + 1], best));
            }
        }

        var stages = new AlternativesBaseline.Stages();
        int same = 0, before = 0, after = 0;
        foreach ((SnapResult a, SnapResult b, EdgeSearch.Found best) in cases)
        {
            List<(int[] Path, double Cost, int Via)> old = AlternativesBaseline.Find(customized, a, b, best, 3, stages);
            List<AlternativeRoutes.Alternative> now = AlternativeRoutes.Find(customized, a, b, best, 3);
            (before, after) = (before + old.Count, after + now.Count);
            same += old.Count == now.Count && old.Zip(now).All(z => z.First.Path.SequenceEqual(z.Second.Path) && z.First.Via == z.Second.Via
                && Math.Abs(z.First.Cost - z.Second.Cost) <= 1e-9 * z.First.Cost) ? 1 : 0;
        }

        stages = new AlternativesBaseline.Stages();
        var oldTimes = new double[cases.Count, rounds];
        var newTimes = new double[cases.Count, rounds];
        (_, double share) = CpuShare.Of(() =>
        {
            for (int round = 0; round < rounds; round++)
            {
                for (int i = 0; i < cases.Count; i++)
                {
                    (SnapResult a, SnapResult b, EdgeSearch.Found best) = cases[i];
                    bool oldFirst = (i + round) % 2 == 0;
                    for (int side = 0; side < 2; side++)
                    {
                        long start = Stopwatch.GetTimestamp();
                        if ((side == 0) == oldFirst)
                        {
                            AlternativesBaseline.Find(customized, a, b, best, 3, stages);
                            oldTimes[i, round] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                        }
                        else
                        {
                            AlternativeRoutes.Find(customized, a, b, best, 3);
                            newTimes[i, round] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                        }
                    }
                }
            }

            return 0;
        });

        // The two trees alone, former and current code alternately, on the same pairs.
        var oldGrow = new double[cases.Count, rounds];
        var newGrow = new double[cases.Count, rounds];
        CchTrees trees = cch.RentTrees();
        for (int round = 0; round < rounds; round++)
        {
            for (int i = 0; i < cases.Count; i++)
            {
                long start = Stopwatch.GetTimestamp();
                AlternativesBaseline.Grow(trees, customized, cases[i].A, cases[i].B);
                oldGrow[i, round] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                start = Stopwatch.GetTimestamp();
                trees.Grow(customized, cases[i].A, cases[i].B, AlternativeRoutes.MaxStretch * cases[i].Best.Cost);
                newGrow[i, round] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            }
        }

        cch.ReturnTrees(trees);
        double[] oldMedians = Medians(oldTimes), newMedians = Medians(newTimes);
        double[] ratios = [.. oldMedians.Zip(newMedians).Select(z => z.Second / z.First)];
        string F(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
        double calls = Math.Max(1, stages.Calls);
        string U(long ticks) => (ticks * 1e6 / Stopwatch.Frequency / calls).ToString("0.0", CultureInfo.InvariantCulture);
        string C(int n) => (n / calls).ToString("0.0", CultureInfo.InvariantCulture);
        stageRows.Add($"| {extract}/{profile} | {Percentiles.Summary(Medians(oldGrow), 1000, "0")} | {Percentiles.Summary(Medians(newGrow), 1000, "0")} | {U(stages.Grow)} | {U(stages.Collect)} | {U(stages.Sort)} | {U(stages.Unpack)} | {U(stages.Mark)} | {U(stages.Repeats)} | {U(stages.Edges)} | {U(stages.Sharing)} | {U(stages.TTest)} "
            + $"| {C(stages.Candidates)} | {C(stages.Tried)} | {C(stages.Repeated)} | {C(stages.TooLong)} | {C(stages.SharedTooMuch)} | {C(stages.TTests)} | {C(stages.TTestFailed)} | {C(stages.Found)} |");
        return $"| {extract}/{profile} | {cch.Kind} | {cch.NodeCount:N0} | {cases.Count} | {Percentiles.Summary(oldMedians, 1000, "0")} | {Percentiles.Summary(newMedians, 1000, "0")} | {F(Percentiles.Of(ratios, 50))} "
            + $"| {F((double)before / Math.Max(1, cases.Count))} / {F((double)after / Math.Max(1, cases.Count))} | {same} of {cases.Count} | {F(share)} |";
    }

    private static double[] Medians(double[,] times)
    {
        var medians = new double[times.GetLength(0)];
        for (int i = 0; i < medians.Length; i++)
        {
            medians[i] = Percentiles.Of([.. Enumerable.Range(0, times.GetLength(1)).Select(r => times[i, r])], 50);
        }

        return medians;
    }
}
