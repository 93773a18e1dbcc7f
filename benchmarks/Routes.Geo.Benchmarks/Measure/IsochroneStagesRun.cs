using System.Diagnostics;
using System.Globalization;
using NetTopologySuite.Geometries;
using Routes.Geo.Geodesy;
using Routes.Geo.Isochrones;
using Routes.Geo.Routing;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode <c>isochrone-stages [--repeat R]</c>: where one isochrone's time goes (issue 17's targets, from the
/// landmarks): search, pieces to plane lines, the polygon (grid, distance transforms, tracing) and the ellipsoidal area,
/// each as process CPU ms per isochrone (mean of R), so a loaded machine inflates the numbers less than wall time.
/// </summary>
internal static class IsochroneStagesRun
{
    public static int Run(Options options)
    {
        int repeat = options.Int("repeat", 20);
        Console.WriteLine("| extract | profile | bands min | search | lines | polygons (all bands) | of which: distance transforms | tracing (last band) | area | whole Compute | grid cells (last band) | CPU/wall |");
        Console.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach ((string extract, string profile, GeoPoint landmark, double[] minutes) in IsochroneCases.Targets)
        {
            RoutingGraph graph = Extracts.Graph(extract, profile);
            graph.Prepare(RouteMetric.Fastest);
            TimeSpan[] bands = [.. minutes.Select(TimeSpan.FromMinutes)];
            double budget = bands[^1].TotalSeconds;
            SnapResult snap = graph.Snap(landmark);
            bool hierarchy = Isochrone.UsesHierarchy(graph, budget);
            ReachedNetwork Search() => hierarchy ? OneToAll.Phast(graph.Prepare(RouteMetric.Fastest), snap, budget) : OneToAll.Dijkstra(graph, snap, budget, RouteMetric.Fastest);
            ReachedNetwork reached = Search();
            var plane = new LocalPlane(snap.Snapped);
            List<double[]>[] lines = [.. bands.Select(t => ReachArea.Lines(graph.Network, plane, reached.Pieces(t.TotalSeconds)))];
            IsochroneShape shape = Isochrone.Compute(graph, landmark, bands).Shape;
            Geometry[] areas = [.. lines.Select(l => ReachArea.Build(l, plane, shape))];
            Envelope box = ReachArea.Bounds(lines[^1]);
            double margin = shape.BufferMetres + shape.GapMetres + (3 * shape.CellMetres);
            int width = (int)Math.Ceiling((box.Width + (2 * margin)) / shape.CellMetres) + 1, height = (int)Math.Ceiling((box.Height + (2 * margin)) / shape.CellMetres) + 1;
            var grid = new float[width * height];

            double searchMs = Cpu(repeat, () => Search());
            double linesMs = Cpu(repeat, () => { foreach (TimeSpan t in bands) { ReachArea.Lines(graph.Network, plane, reached.Pieces(t.TotalSeconds)); } });
            double polygonMs = Cpu(repeat, () => { foreach (List<double[]> l in lines) { ReachArea.Build(l, plane, shape); } });
            double transformMs = Cpu(repeat, () =>
            {
                // Two transforms per band (the closing), on grids the size of each band's.
                foreach (List<double[]> l in lines)
                {
                    Envelope b = ReachArea.Bounds(l);
                    int w = (int)Math.Ceiling((b.Width + (2 * margin)) / shape.CellMetres) + 1, h = (int)Math.Ceiling((b.Height + (2 * margin)) / shape.CellMetres) + 1;
                    var g = new float[w * h];
                    for (int pass = 0; pass < 2; pass++)
                    {
                        Array.Fill(g, float.PositiveInfinity);
                        g[g.Length / 2] = 0;
                        DistanceTransform.Squared(g, w, h);
                    }
                }
            });
            double traceMs = Cpu(repeat, () =>
            {
                // Tracing alone, on a closing field of the last band's size built beforehand (roads marked at their points only).
                ContourTracer.Trace(_tracedValues, width, height, (i, j) => { (double lat, double lon) = plane.Inverse(i, j); return new Coordinate(lon, lat); });
            }, () => _tracedValues = LastValues(lines[^1], shape, width, height, box, margin));
            double areaMs = Cpu(repeat, () => { foreach (Geometry a in areas) { EllipsoidMeasure.Area(a); } });
            (double wholeMs, double share) = CpuShareOf(repeat, () => Isochrone.Compute(graph, landmark, bands));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {extract} | {profile} | {string.Join('/', minutes)} | {searchMs:0.00} | {linesMs:0.00} | {polygonMs:0.0} | {transformMs:0.0} | {traceMs:0.0} | {areaMs:0.00} | {wholeMs:0.0} | {width * height:N0} | {share:0.00} |"));
        }

        return 0;
    }

    private static float[] _tracedValues = [];

    private static double Cpu(int repeat, Action work, Action? setUp = null)
    {
        setUp?.Invoke();
        return CpuShareOf(repeat, work).CpuMs;
    }

    // The closing's field of the last band, as ReachArea.Build computes it before tracing (same steps, no timing).
    private static float[] LastValues(List<double[]> lines, IsochroneShape shape, int width, int height, Envelope box, double margin)
    {
        double cell = shape.CellMetres, reach = shape.BufferMetres + shape.GapMetres;
        double x0 = box.MinX - margin, y0 = box.MinY - margin;
        var grid = new float[width * height];
        Array.Fill(grid, float.PositiveInfinity);
        foreach (double[] line in lines)
        {
            for (int k = 0; k < line.Length; k += 2)
            {
                grid[((int)Math.Round((line[k + 1] - y0) / cell) * width) + (int)Math.Round((line[k] - x0) / cell)] = 0;
            }
        }

        DistanceTransform.Squared(grid, width, height);
        float dilated = (float)(reach / cell * (reach / cell));
        for (int k = 0; k < grid.Length; k++)
        {
            grid[k] = grid[k] <= dilated ? float.PositiveInfinity : 0;
        }

        DistanceTransform.Squared(grid, width, height);
        float gap = (float)(shape.GapMetres / cell);
        for (int k = 0; k < grid.Length; k++)
        {
            grid[k] = gap - MathF.Sqrt(grid[k]);
        }

        return grid;
    }

    // Process CPU time per run (ms) after one warm-up run, and the CPU/wall share while it ran.
    private static (double CpuMs, double Share) CpuShareOf(int repeat, Action work)
    {
        work();
        using var process = Process.GetCurrentProcess();
        TimeSpan cpu = process.TotalProcessorTime;
        long start = Stopwatch.GetTimestamp();
        for (int r = 0; r < repeat; r++)
        {
            work();
        }

        double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
        process.Refresh();
        double used = (process.TotalProcessorTime - cpu).TotalSeconds;
        return (used / repeat * 1e3, used / wall);
    }
}
