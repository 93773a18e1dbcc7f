using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Elevation;
using Routes.Geo.Osm;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode "elevation": import of Monaco and Andorra with and without their SRTM3 tiles (wall time, median of
/// runs, bytes allocated, live heap kept), then whole CH queries on the flat and the hilly foot graphs, same pairs.
/// </summary>
internal static class ElevationRun
{
    public static int Run(Options options)
    {
        _ = options;
        string tiles = SharedData.PathOf("elevation");
        foreach (string extract in (string[])["monaco", "andorra"])
        {
            string pbf = Extracts.PbfPath(extract);
            OsmNetwork.Load(pbf).WithElevation(ElevationOptions.FromFolder(tiles));   // JIT and file cache
            var flatTimes = new List<double>();
            var hillyTimes = new List<double>();
            long flatAllocated = 0, hillyAllocated = 0;
            RoadNetwork? flat = null, hilly = null;
            for (int run = 0; run < 5; run++)
            {
                long before = Memory.AllocatedBytes(), start = Stopwatch.GetTimestamp();
                flat = OsmNetwork.Load(pbf);
                flatTimes.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
                flatAllocated = Memory.AllocatedBytes() - before;
                before = Memory.AllocatedBytes();
                start = Stopwatch.GetTimestamp();
                hilly = OsmNetwork.Load(pbf, ElevationOptions.FromFolder(tiles));   // tiles read afresh each run
                hillyTimes.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
                hillyAllocated = Memory.AllocatedBytes() - before;
            }

            long liveBoth = Memory.LiveManagedBytes();
            GC.KeepAlive(flat);
            hilly = null;
            long liveFlat = Memory.LiveManagedBytes();
            hilly = OsmNetwork.Load(pbf, ElevationOptions.FromFolder(tiles));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{extract}: import median {Median(flatTimes) * 1000:0} ms flat, {Median(hillyTimes) * 1000:0} ms with elevation; allocated {Memory.Mb(flatAllocated)} / {Memory.Mb(hillyAllocated)}; "
                + $"live heap of the network with elevation {Memory.Mb(liveBoth - liveFlat)}; samples {hilly.Statistics.ElevationSamples:N0} ({hilly.Statistics.ElevationSamplesWithoutHeight:N0} without height) for {hilly.PointLat.Length:N0} points"));
            foreach ((string name, RoadNetwork network) in (ReadOnlySpan<(string, RoadNetwork)>)[("flat", flat!), ("hilly", hilly)])
            {
                RoutingGraph graph = new Router(network).GraphFor(TravelProfiles.Foot);
                long start = Stopwatch.GetTimestamp();
                graph.Prepare(RouteMetric.Fastest);
                double prepare = Stopwatch.GetElapsedTime(start).TotalSeconds;
                var pairs = QueryPairs.RandomPoints(graph, 400, 16).Chunk(2).Select(p => (p[0], p[1])).ToArray();
                QueryTimer.WarmUp(graph, pairs);
                List<double> times = QueryTimer.Full(graph, pairs, RouteAlgorithm.ContractionHierarchy, repeat: 5);
                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  foot {name}: CH preparation {prepare * 1000:0} ms; whole CH query median {times[times.Count / 2] * 1e6:0.0} us, p90 {times[(int)(times.Count * 0.9)] * 1e6:0.0} us ({times.Count} queries)"));
            }
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        List<double> sorted = [.. values.Order()];
        return sorted[sorted.Count / 2];
    }
}
