using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Storage;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode <c>stored-customizable [--extract E,..] [--profile P] [--runs N] [--synthetic N]</c>: for one network saved twice
/// (fastest hierarchy; with and without the customizable hierarchy, format 9), the file sizes, then the time from open to a
/// customizable hierarchy in hand: open + <see cref="RoutingGraph.PrepareCustomizable"/> (ordering) on the file without it,
/// and open alone on the file with it (mapped/structure, mapped/full, read/full; median and best of N after a warm-up, file in
/// the page cache); the ordering is timed once per run on the file without it. Also the stored section's part of an open: its
/// graph input (CchInput.Of), the copy out of the mapping and the full checks.
/// </summary>
internal static class StoredCustomizableRun
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(Options options)
    {
        int runs = options.Int("runs", 5);
        string profileName = options.Text("profile", "car");
        Console.WriteLine("| network | nodes | chordal edges | file without MB | file with MB | growth | open mapped/structure + order s (median) | with: mapped/structure ms (median / best) | with: mapped/full ms | with: read/full ms | without: mapped/structure ms | without: mapped/full ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        if (options.Int("synthetic", 0) is > 0 and int junctions)
        {
            RoadNetwork network = Synthetic.SyntheticNetwork.Build(Synthetic.SyntheticNetwork.SideFor(junctions, Synthetic.SyntheticLayout.Streets), 1, Synthetic.SyntheticLayout.Streets);
            Measure($"synthetic {network.VertexCount:N0} junctions {profileName}", new Router(network).GraphFor(TravelProfiles.ByName(profileName)), runs);
            return 0;
        }

        foreach (string extract in options.Text("extract", string.Join(',', Extracts.Names)).Split(','))
        {
            Measure($"{extract} {profileName}", Extracts.Graph(extract, profileName), runs);
        }

        return 0;
    }

    private static void Measure(string name, RoutingGraph graph, int runs)
    {
        string stem = Path.Combine(Path.GetTempPath(), $"routes-geo-stored-cch-{Environment.ProcessId}");
        string without = stem + "-without.rgnet", with = stem + "-with.rgnet";
        try
        {
            SavedNetwork.Save(without, graph, CustomizableSaving.Omit, RouteMetric.Fastest);
            SavedNetwork.Save(with, graph, CustomizableSaving.Prepare, RouteMetric.Fastest);
            CustomizableHierarchy cch = graph.PrepareCustomizable();
            double withoutMb = new FileInfo(without).Length / 1048576.0, withMb = new FileInfo(with).Length / 1048576.0;
            var ordered = new List<double>();
            for (int i = 0; i < Math.Max(1, runs / 2); i++)
            {
                var watch = Stopwatch.StartNew();
                RoutingGraph opened = SavedNetwork.Open(without, graph.Profile, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure);
                opened.PrepareCustomizable();
                ordered.Add(watch.Elapsed.TotalSeconds);
            }

            string withStructure = OpenTimes(with, graph.Profile, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure, runs);
            string withFull = OpenTimes(with, graph.Profile, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Full, runs);
            string withRead = OpenTimes(with, graph.Profile, SavedNetworkLoad.Read, SavedNetworkVerification.Full, runs);
            string withoutStructure = OpenTimes(without, graph.Profile, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure, runs);
            string withoutFull = OpenTimes(without, graph.Profile, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Full, runs);
            Console.WriteLine(string.Create(Invariant,
                $"| {name} | {cch.NodeCount:N0} | {cch.EdgeCount:N0} | {withoutMb:0.0} | {withMb:0.0} | {(withMb / withoutMb) - 1:P0} | {Median(ordered):0.00} | {withStructure} | {withFull} | {withRead} | {withoutStructure} | {withoutFull} |"));
            Console.WriteLine(string.Create(Invariant, $"{name}: ordering when saved {cch.OrderingTime.TotalSeconds:0.00} s, contraction {cch.ContractionTime.TotalSeconds:0.00} s; {Parts(graph, cch)}"));
        }
        finally
        {
            File.Delete(without);
            File.Delete(with);
        }
    }

    // The stored section's costs on open, apart: the graph input it needs, the copy of its arrays, the full checks' largest pass.
    private static string Parts(RoutingGraph graph, CustomizableHierarchy cch)
    {
        var watch = Stopwatch.StartNew();
        CchInput input = CchInput.Of(graph);
        double inputMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        int[][] copies = [(int[])cch.Rank.Clone(), (int[])cch.Chordal.Start.Clone(), (int[])cch.Chordal.Upper.Clone(), (int[])cch.Chordal.Parent.Clone(), (int[])cch.ArcSlot.Clone()];
        double copyMs = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        int[] slots = CustomizableHierarchy.SlotsOf(input, cch.Rank, cch.Chordal);
        double slotsMs = watch.Elapsed.TotalMilliseconds;
        long bytes = copies.Sum(c => 4L * c.Length);
        GC.KeepAlive(slots);
        return string.Create(Invariant, $"CchInput.Of {inputMs:0.0} ms, copying its {bytes / 1048576.0:0.0} MB of arrays {copyMs:0.0} ms, arc slots by binary search (not done on open) {slotsMs:0.0} ms");
    }

    private static string OpenTimes(string path, Profile profile, SavedNetworkLoad load, SavedNetworkVerification verification, int runs)
    {
        GC.KeepAlive(SavedNetwork.Open(path, profile, load, verification));
        var times = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            RoutingGraph graph = SavedNetwork.Open(path, profile, load, verification);
            // Without a stored one this would order: only the file with it is timed here, so this is a field read.
            CustomizableHierarchy? cch = graph.PreparedCustomizable;
            times.Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(cch);
        }

        return string.Create(Invariant, $"{Median(times):0.0} / {times.Min():0.0}");
    }

    private static double Median(List<double> values)
    {
        List<double> sorted = [.. values.Order()];
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
