using System.Diagnostics;
using System.Globalization;
using Routes.Geo.Matrices;
using Routes.Geo.Routing;
using Routes.Geo.Tours;

namespace Routes.Geo.Benchmarks.Measure;

/// <summary>
/// Console mode <c>tours [--sizes 100,200,500]</c>: the many-stop heuristic's time on a real matrix (Liechtenstein by
/// car, seeded random points, round trip) and on random ones (symmetric and asymmetric, 1 km square), and its gap to
/// Held–Karp on 12-stop instances.
/// </summary>
internal static class TourRun
{
    public static int Run(Options options)
    {
        int[] sizes = [.. options.Text("sizes", "100,200,500").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
        Gap();
        RoutingGraph graph = Extracts.Graph("liechtenstein", "car");
        graph.Prepare(RouteMetric.Fastest);
        Console.WriteLine("| stops | matrix | matrix s | solve s (wall) | CPU/wall | seeds | cost vs 1 seed |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|");
        foreach (int n in sizes)
        {
            var random = new Random(n);
            var points = new List<GeoPoint>();
            while (points.Count < n)
            {
                int edge = random.Next(graph.Network.EdgeCount);
                if (graph.IsUsable(edge) && graph.InLargeComponent[edge])
                {
                    points.Add(graph.Network.GetVertex(graph.Network.EdgeFrom[edge]));
                }
            }

            long start = Stopwatch.GetTimestamp();
            CostMatrix real = TravelMatrix.Compute(graph, points).ToCostMatrix();
            double matrixSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            Row(n, "Liechtenstein car", matrixSeconds, real);
            Row(n, "random symmetric", 0, RandomMatrix(new Random(n + 1), n, symmetric: true));
            Row(n, "random asymmetric", 0, RandomMatrix(new Random(n + 2), n, symmetric: false));
        }

        return 0;
    }

    private static void Row(int n, string kind, double matrixSeconds, CostMatrix costs)
    {
        TourSolver.Solve(CostMatrix.Create(20, (i, j) => costs[i, j]), TourOptions.RoundTrip);
        ((TourPlan plan, double seconds), double share) = CpuShare.Of(() =>
        {
            long start = Stopwatch.GetTimestamp();
            TourPlan p = TourSolver.Solve(costs, TourOptions.RoundTrip);
            return (p, Stopwatch.GetElapsedTime(start).TotalSeconds);
        });
        TourPlan quick = TourSolver.Solve(costs, TourOptions.RoundTrip with { TimeBudget = TimeSpan.FromTicks(1) });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {n} | {kind} | {matrixSeconds:0.00} | {seconds:0.000} | {share:0.00} | {TourHeuristic.SeedCount(n)} | {(plan.Cost / quick.Cost - 1) * 100:0.0}% |"));
    }

    private static void Gap()
    {
        var random = new Random(19440917);
        var gaps = new List<double>();
        for (int k = 0; k < 100; k++)
        {
            CostMatrix costs = RandomMatrix(random, 12, symmetric: k % 2 == 0);
            double exact = TourSolver.SolveExact(costs, TourOptions.RoundTrip).Cost;
            gaps.Add((TourSolver.SolveHeuristic(costs, TourOptions.RoundTrip).Cost - exact) / exact * 100);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Gap to Held–Karp, 100 round trips of 12 stops (half symmetric): mean {gaps.Average():0.000}%, max {gaps.Max():0.000}%, optimal in {gaps.Count(g => g < 1e-7)}"));
    }

    private static CostMatrix RandomMatrix(Random random, int n, bool symmetric)
    {
        double[] x = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() * 1000)], y = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() * 1000)];
        double[] stretch = [.. Enumerable.Range(0, n * n).Select(_ => symmetric ? 1 : 1 + (0.6 * random.NextDouble()))];
        return CostMatrix.Create(n, (i, j) => (Math.Sqrt(((x[i] - x[j]) * (x[i] - x[j])) + ((y[i] - y[j]) * (y[i] - y[j]))) + 1) * stretch[(i * n) + j]);
    }
}
