using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Isochrones;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode <c>isochrones [--origins N] [--repeat R]</c>: the isochrone targets of issue 17 (Monaco 10 min on foot,
/// Liechtenstein 30 min by car) and the 5/10/15 min bands, from N origins (the first a landmark, the rest seeded random
/// vertices of the large component): each search alone (Dijkstra, PHAST on a prepared hierarchy), then whole computations.
/// </summary>
internal static class IsochroneRun
{
    public static int Run(Options options)
    {
        int origins = options.Int("origins", 8), repeat = options.Int("repeat", 3);
        Console.WriteLine("| extract | profile | bands min | pieces (median) | Dijkstra search ms | PHAST search ms | polygon ms | whole Compute ms (Auto: search used) | whole Compute CPU ms (mean) | points, holes (landmark) | km² ellipsoid (landmark) | CPU/wall |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach ((string extract, string profile, GeoPoint landmark, double[] minutes) in IsochroneCases.All)
        {
            RoutingGraph graph = Extracts.Graph(extract, profile);
            var random = new Random(17);
            var points = new List<GeoPoint> { landmark };
            while (points.Count < origins)
            {
                int edge = random.Next(graph.Network.EdgeCount);
                if (graph.IsUsable(edge) && graph.InLargeComponent[edge])
                {
                    points.Add(graph.Network.GetVertex(graph.Network.EdgeFrom[edge]));
                }
            }

            graph.Prepare(RouteMetric.Fastest);
            TimeSpan[] bands = [.. minutes.Select(TimeSpan.FromMinutes)];
            double budget = bands[^1].TotalSeconds;
            SnapResult[] snaps = [.. points.Select(p => graph.Snap(p))];

            // Warm-up: both searches and whole computations, so the timed runs see optimised code.
            foreach (SnapResult s in snaps.Take(2))
            {
                OneToAll.Dijkstra(graph, s, budget, RouteMetric.Fastest);
                OneToAll.Phast(graph.Prepare(), s, budget);
                Isochrone.Compute(graph, s.Snapped, bands);
            }

            var dijkstra = new List<double>();
            var phast = new List<double>();
            var polygon = new List<double>();
            var pieces = new List<double>();
            for (int r = 0; r < repeat; r++)
            {
                foreach (SnapResult s in snaps)
                {
                    dijkstra.Add(Time(() => OneToAll.Dijkstra(graph, s, budget, RouteMetric.Fastest)));
                    phast.Add(Time(() => OneToAll.Phast(graph.Prepare(), s, budget)));
                    IsochroneResult full = Isochrone.Compute(graph, s.Snapped, bands, new IsochroneOptions { Search = IsochroneSearch.Dijkstra });
                    pieces.Add(full.Bands[^1].ReachedPieces);
                }
            }

            IsochroneSearch used = IsochroneSearch.Auto;
            (List<double> whole, double share) = CpuShare.Of(() =>
            {
                var times = new List<double>();
                for (int r = 0; r < repeat; r++)
                {
                    foreach (SnapResult s in snaps)
                    {
                        long start = Stopwatch.GetTimestamp();
                        used = Isochrone.Compute(graph, s.Snapped, bands).Search;
                        times.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
                    }
                }

                return times;
            });
            for (int k = 0; k < whole.Count; k++)
            {
                polygon.Add(whole[k] - Math.Min(dijkstra[k], phast[k]));
            }

            IsochroneResult shown = Isochrone.Compute(graph, landmark, bands);
            IsochroneBand last = shown.Bands[^1];
            int holes = Enumerable.Range(0, last.Area.NumGeometries).Sum(g => ((NetTopologySuite.Geometries.Polygon)last.Area.GetGeometryN(g)).NumInteriorRings);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {extract} | {profile} | {string.Join('/', minutes)} | {Percentiles.Of(pieces, 50):0} | {Percentiles.Summary(dijkstra, 1e3, "0.00")} | {Percentiles.Summary(phast, 1e3, "0.00")} | {Percentiles.Summary(polygon, 1e3, "0.0")} | {Percentiles.Summary(whole, 1e3, "0.0")} ({used}) | {whole.Sum() * share / whole.Count * 1e3:0.0} | {last.Area.NumPoints}, {holes} ({last.Area.NumGeometries} parts) | {last.AreaSquareMetres / 1e6:0.000} | {share:0.00} |"));
        }

        return 0;
    }

    private static double Time(Action work)
    {
        long start = Stopwatch.GetTimestamp();
        work();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }
}
