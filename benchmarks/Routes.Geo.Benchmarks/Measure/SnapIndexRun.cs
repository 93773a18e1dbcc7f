using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Benchmarks.Synthetic;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode <c>snap-index [--extract E,..] [--profile P,..] [--builds N] [--points N] [--synthetic N]</c>: the snapping
/// index's build time (wall median / best and process CPU median of N after one warm-up) and the time of one snap (median / p90 µs, default reach, of
/// points up to 60 m from random roads), per extract and profile, or for the synthetic street network of N junctions.
/// </summary>
internal static class SnapIndexRun
{
    public static int Run(Options options)
    {
        int builds = options.Int("builds", 5), pointCount = options.Int("points", 20_000);
        Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine("| network | profile | usable segments | build ms: median / best | build CPU ms: median | snap µs: median / p90 | stored, median ms: write to a file / mapped read (not full) / SnapIndex over it; index MB |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|");
        if (options.Int("synthetic", 0) is > 0 and int junctions)
        {
            RoadNetwork network = SyntheticNetwork.Build(SyntheticNetwork.SideFor(junctions, SyntheticLayout.Streets), 1, SyntheticLayout.Streets);
            Measure($"synthetic {network.VertexCount:N0} junctions", new Router(network).GraphFor(TravelProfiles.Foot), builds, pointCount);
            return 0;
        }

        foreach (string extract in options.Text("extract", string.Join(',', Extracts.Names)).Split(','))
        {
            foreach (string profile in options.Text("profile", "car,foot").Split(','))
            {
                Measure(extract, Extracts.Graph(extract, profile), builds, pointCount);
            }
        }

        return 0;
    }

    private static void Measure(string name, RoutingGraph graph, int builds, int pointCount)
    {
        int segments = Enumerable.Range(0, graph.Network.EdgeCount).Where(graph.IsUsable)
            .Sum(e => graph.Network.EdgeGeometryStart[e + 1] - graph.Network.EdgeGeometryStart[e] - 1);
        var buildMs = new List<double>();
        var buildCpuMs = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i <= builds; i++)
        {
            GC.Collect();
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            _ = new SnapIndex(graph);
            double wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            process.Refresh();
            if (i > 0)
            {
                buildMs.Add(wall);
                buildCpuMs.Add((process.TotalProcessorTime - cpu).TotalMilliseconds);
            }
        }

        GeoPoint[] points = Near(QueryPairs.RandomPoints(graph, pointCount, 1202), new Random(1203));
        var snapMicros = new List<double>(points.Length);
        for (int pass = 0; pass < 2; pass++)
        {
            snapMicros.Clear();
            foreach (GeoPoint point in points)
            {
                long start = Stopwatch.GetTimestamp();
                _ = graph.SnapIndex.Snap(point, RouteRequest.DefaultMaxSnapMetres);
                snapMicros.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        string stored = "—";
        // stored:begin (main has no stored index: the "before" copy of this file drops these lines)
        var writeMs = new List<double>();
        var readMs = new List<double>();
        var flagsMs = new List<double>();
        for (int i = 0; i <= builds; i++)
        {
            string file = Path.Combine(Path.GetTempPath(), $"routes-geo-snap-index-{Environment.ProcessId}-{i}.bin");
            long start = Stopwatch.GetTimestamp();
            using (var writer = new BinaryWriter(File.Create(file)))
            {
                graph.SnapIndex.Packed.Write(writer);
            }

            writeMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            using var reader = new BinaryReader(Routes.Geo.Storage.Columns.MappedFileView.Open(file).OpenStream());
            PackedSegmentIndex read = PackedSegmentIndex.Read(reader, graph, full: false);
            readMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            start = Stopwatch.GetTimestamp();
            _ = new SnapIndex(graph, read);
            flagsMs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            File.Delete(file);
        }
        double megabytes = ((4.0 * graph.SnapIndex.Packed.Segments.Length) + (8.0 * graph.SnapIndex.Packed.NodeBoxes.Length)) / 1e6;
        stored = $"{F(Percentiles.Of(writeMs, 50))} / {F(Percentiles.Of(readMs, 50))} / {F(Percentiles.Of(flagsMs, 50))}, {megabytes.ToString("0.00", CultureInfo.InvariantCulture)}";
        // stored:end
        Console.WriteLine($"| {name} | {graph.Profile} | {segments:N0} | {F(Percentiles.Of(buildMs, 50))} / {F(buildMs.Min())} | {F(Percentiles.Of(buildCpuMs, 50))} | " +
            $"{F(Percentiles.Of(snapMicros, 50), "0.00")} / {F(Percentiles.Of(snapMicros, 90), "0.00")} | {stored} |");
    }

    // Each point moved up to 60 m in a random direction (about 111 km per degree of latitude, the longitude scaled).
    private static GeoPoint[] Near(GeoPoint[] points, Random random) =>
        [.. points.Select(p =>
        {
            double metres = 60 * random.NextDouble(), angle = 2 * Math.PI * random.NextDouble();
            return new GeoPoint(p.Latitude + (metres * Math.Cos(angle) / 111_000), p.Longitude + (metres * Math.Sin(angle) / (111_000 * Math.Cos(p.Latitude * Math.PI / 180))));
        })];

    private static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);
}
