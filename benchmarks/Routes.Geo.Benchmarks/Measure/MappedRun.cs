using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Storage;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode <c>mapped [--extract E,..] [--profile P] [--runs N] [--file F.rgnet] [--synthetic N [--keep F.rgnet]] [--customizable]</c>: the time to open a saved network
/// read into the heap and memory-mapped, fully verified, and mapped with structure checks only (median and best of N after one
/// warm-up each, file in the page cache); the resident memory (RSS, PSS from /proc/PID/smaps_rollup) of two processes holding
/// the same file open (read/full, mapped/structure); then where a mapped, fully verified open spends its time, step by step.
/// <c>--customizable</c> prepares and stores the customizable hierarchy too (minutes of ordering at 10^6 junctions), and the
/// holding processes then also route with an exclusion, touching its pages.
/// </summary>
internal static class MappedRun
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static int Run(Options options)
    {
        int runs = options.Int("runs", 20);
        string profileName = options.Text("profile", "car");
        CustomizableSaving customizable = options.Has("customizable") ? CustomizableSaving.Prepare : CustomizableSaving.Omit;
        Console.WriteLine("| network | file MB | prepare + save CPU s | open read/full ms (median / best) | mapped/full ms | mapped/structure ms | 2 processes read/full: RSS, PSS each MB | 2 processes mapped/structure: RSS, PSS each MB |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        if (options.Text("file", "") is { Length: > 0 } given)
        {
            Measure(Path.GetFileName(given), given, TravelProfiles.ByName(SavedNetwork.ReadHeader(given).Profile), runs, double.NaN);
            return 0;
        }

        if (options.Int("synthetic", 0) is > 0 and int junctions)
        {
            // The scaling mode's street layout, car profile, its fastest hierarchy prepared here (minutes for 10^6 junctions).
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            RoadNetwork network = Synthetic.SyntheticNetwork.Build(Synthetic.SyntheticNetwork.SideFor(junctions, Synthetic.SyntheticLayout.Streets), 1, Synthetic.SyntheticLayout.Streets);
            RoutingGraph synthetic = new Router(network).GraphFor(TravelProfiles.ByName(profileName));
            // --keep saves the prepared file there and leaves it, so later runs can open it with --file (10^6 junctions prepare in minutes).
            string kept = options.Text("keep", "");
            string file = kept.Length > 0 ? kept : Path.Combine(Path.GetTempPath(), $"routes-geo-mapped-synthetic-{junctions}-{Environment.ProcessId}.rgnet");
            SavedNetwork.Save(file, synthetic, customizable, RouteMetric.Fastest);
            double prepareCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            try
            {
                Measure($"synthetic {network.VertexCount:N0} junctions {profileName}", file, synthetic.Profile, runs, prepareCpu);
            }
            finally
            {
                if (kept.Length == 0)
                {
                    File.Delete(file);
                }
            }

            return 0;
        }

        foreach (string extract in options.Text("extract", string.Join(',', Extracts.Names)).Split(','))
        {
            TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
            RoutingGraph graph = Extracts.Graph(extract, profileName);
            string path = Path.Combine(Path.GetTempPath(), $"routes-geo-mapped-{extract}-{profileName}-{Environment.ProcessId}.rgnet");
            SavedNetwork.Save(path, graph, customizable, RouteMetric.Fastest);
            double prepareCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            try
            {
                Measure($"{extract} {profileName}", path, graph.Profile, runs, prepareCpu);
            }
            finally
            {
                File.Delete(path);
            }
        }

        return 0;
    }

    /// <summary>The child of the memory reading: opens the file, routes a little (touching what queries touch), says ready, waits.</summary>
    public static int Hold(string[] args)
    {
        string path = args[1];
        var load = Enum.Parse<SavedNetworkLoad>(args[3]);
        var verification = Enum.Parse<SavedNetworkVerification>(args[4]);
        RoutingGraph graph = SavedNetwork.Open(path, TravelProfiles.ByName(args[2]), load, verification);
        var random = new Random(1);
        for (int i = 0; i < 200; i++)
        {
            GeoPoint a = graph.Network.GetVertex(random.Next(graph.Network.VertexCount)), b = graph.Network.GetVertex(random.Next(graph.Network.VertexCount));
            try
            {
                graph.Route().From(a).To(b).Calculate();
                if (graph.PreparedCustomizable is not null)
                {
                    graph.Route().From(a).To(b).Excluding(RoadClass.Steps).Calculate();
                }
            }
            catch (RoutesGeoException)
            {
                // A random vertex off the profile's roads: the query still touched the snapping index.
            }
        }

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        Console.WriteLine("ready");
        Console.ReadLine();
        GC.KeepAlive(graph);
        return 0;
    }

    private static void Measure(string name, string path, Profile profile, int runs, double prepareCpuSeconds)
    {
        string read = OpenTimes(path, profile, SavedNetworkLoad.Read, SavedNetworkVerification.Full, runs);
        string mapped = OpenTimes(path, profile, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Full, runs);
        string trusted = OpenTimes(path, profile, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure, runs);
        string readMemory = TwoProcesses(path, profile, SavedNetworkLoad.Read, SavedNetworkVerification.Full);
        string mappedMemory = TwoProcesses(path, profile, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure);
        double mb = new FileInfo(path).Length / 1048576.0;
        Console.WriteLine($"| {name} | {mb.ToString("0.0", Invariant)} | {prepareCpuSeconds.ToString("0.0", Invariant)} | {read} | {mapped} | {trusted} | {readMemory} | {mappedMemory} |");
        Console.WriteLine($"steps of {name} (mapped/full, ms): {OpenSteps.Of(path, profile)}");
    }

    private static string OpenTimes(string path, Profile profile, SavedNetworkLoad load, SavedNetworkVerification verification, int runs)
    {
        SavedNetwork.Open(path, profile, load, verification);
        var times = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            RoutingGraph graph = SavedNetwork.Open(path, profile, load, verification);
            times.Add(watch.Elapsed.TotalMilliseconds);
            GC.KeepAlive(graph);
        }

        return $"{Percentiles.Of(times, 50).ToString("0.0", Invariant)} / {times.Min().ToString("0.0", Invariant)}";
    }

    private static string TwoProcesses(string path, Profile profile, SavedNetworkLoad load, SavedNetworkVerification verification)
    {
        string dll = typeof(MappedRun).Assembly.Location;
        Process[] children = [.. Enumerable.Range(0, 2).Select(_ => Start(dll, path, profile, load, verification))];
        try
        {
            foreach (Process child in children)
            {
                string? line = child.StandardOutput.ReadLine();
                if (line != "ready")
                {
                    throw new InvalidOperationException($"the holding process said '{line}': {child.StandardError.ReadToEnd()}");
                }
            }

            return string.Join("; ", children.Select(c => Rollup(c.Id)));
        }
        finally
        {
            foreach (Process child in children)
            {
                child.StandardInput.WriteLine();
                child.WaitForExit(30_000);
                child.Dispose();
            }
        }
    }

    private static Process Start(string dll, string path, Profile profile, SavedNetworkLoad load, SavedNetworkVerification verification)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!, [dll, "mapped-hold", path, profile.Name, load.ToString(), verification.ToString()])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(info)!;
    }

    // RSS and PSS (the process's share of pages it shares: a page mapped by two processes counts half in each).
    private static string Rollup(int pid)
    {
        Dictionary<string, double> kb = File.ReadLines($"/proc/{pid}/smaps_rollup").Skip(1)
            .Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim(), p => double.Parse(p[1].Trim().Split(' ')[0], Invariant));
        return $"{(kb["Rss"] / 1024).ToString("0.0", Invariant)}, {(kb["Pss"] / 1024).ToString("0.0", Invariant)} (file {(kb["Pss_File"] / 1024).ToString("0.0", Invariant)})";
    }
}
