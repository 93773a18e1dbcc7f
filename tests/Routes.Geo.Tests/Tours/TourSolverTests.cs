using Routes.Geo.Matrices;
using Routes.Geo.Tours;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Tours;

public class TourSolverTests(ITestOutputHelper output)
{
    [Fact]
    public void Exact_EqualsBruteForce_On256RandomSmallInstances_AllOptionCombinations()
    {
        var random = new Random(19440904);
        int feasible = 0, infeasible = 0;
        for (int k = 0; k < 256; k++)
        {
            int n = 1 + (k % 8);
            bool symmetric = (k / 8) % 2 == 0;
            CostMatrix costs = RandomInstances.Matrix(random, n, symmetric, unreachableShare: (k / 16) % 4 == 3 ? 0.3 : 0);
            TourOptions options = RandomInstances.Options(k / 32, random, n);
            double brute = RandomInstances.BruteForce(costs, options);

            if (double.IsPositiveInfinity(brute))
            {
                Assert.Throws<NoTourException>(() => TourSolver.SolveExact(costs, options));
                infeasible++;
                continue;
            }

            TourPlan plan = TourSolver.SolveExact(costs, options);
            Assert.Equal(brute, plan.Cost, 1e-9 * brute);
            AssertHonours(plan, costs, options);
            Assert.True(plan.IsProvenOptimal);
            feasible++;
        }

        output.WriteLine($"{feasible} instances equal to brute force, {infeasible} infeasible for both");
        Assert.True(feasible >= 200);
    }

    [Fact]
    public void Heuristic_StaysWithinAFewPercentOfExact_OnRandomInstancesOf9To12Stops()
    {
        var random = new Random(19440917);
        var gaps = new List<double>();
        for (int k = 0; k < 160; k++)
        {
            int n = 9 + (k % 4);
            CostMatrix costs = RandomInstances.Matrix(random, n, symmetric: (k / 4) % 2 == 0);
            TourOptions options = RandomInstances.Options(k / 8, random, n);
            TourPlan exact = TourSolver.SolveExact(costs, options);
            TourPlan heuristic = TourSolver.SolveHeuristic(costs, options);
            AssertHonours(heuristic, costs, options);
            Assert.True(heuristic.Cost >= exact.Cost - (1e-9 * exact.Cost));
            gaps.Add((heuristic.Cost - exact.Cost) / exact.Cost * 100);
        }

        double mean = gaps.Average(), max = gaps.Max();
        int optimal = gaps.Count(g => g < 1e-7);
        output.WriteLine($"heuristic gap over {gaps.Count} instances (n = 9..12): mean {mean:0.000}%, max {max:0.000}%, optimal in {optimal}");
        Assert.True(max <= 10, $"max gap {max:0.00}%");
        Assert.True(mean <= 1, $"mean gap {mean:0.00}%");
    }

    [Fact]
    public void Heuristic_IsDeterministic_ForTheSameMatrix()
    {
        CostMatrix costs = RandomInstances.Matrix(new Random(7), 25, symmetric: false);
        TourPlan first = TourSolver.SolveHeuristic(costs, TourOptions.RoundTrip);
        TourPlan second = TourSolver.SolveHeuristic(costs, TourOptions.RoundTrip);
        Assert.Equal(first.Order, second.Order);
        Assert.Equal(first.Cost, second.Cost);
    }

    [Fact]
    public void Heuristic_FollowsAOneWayCycle_WhereReversingWouldCostMore()
    {
        // Only i -> i+1 is cheap: any reversed segment pays 50 per leg, so 2-opt must price reversal.
        const int N = 15;
        CostMatrix costs = CostMatrix.Create(N, (i, j) => j == (i + 1) % N ? 1 : 50);
        TourPlan plan = TourSolver.Solve(costs, TourOptions.RoundTrip);
        Assert.False(plan.IsProvenOptimal);
        Assert.Equal(N, plan.Cost);
        Assert.Equal(costs.CostOf(plan.Order, returnToStart: true), plan.Cost);
    }

    [Fact]
    public void Heuristic_AvoidsUnreachableLegs_WhenAFiniteOrderExists()
    {
        var random = new Random(11);
        for (int k = 0; k < 10; k++)
        {
            CostMatrix costs = RandomInstances.Matrix(random, 14, symmetric: k % 2 == 0, unreachableShare: 0.25);
            TourPlan plan = TourSolver.Solve(costs, TourOptions.OpenPath);
            Assert.True(double.IsFinite(plan.Cost));
            Assert.Equal(costs.CostOf(plan.Order, returnToStart: false), plan.Cost);
        }
    }

    [Theory]
    [InlineData(5)]
    [InlineData(14)]
    public void StopNobodyCanReach_IsNamedInTheError(int n)
    {
        CostMatrix costs = CostMatrix.Create(n, (i, j) => j == 3 ? double.PositiveInfinity : 10 + i + j);
        var error = Assert.Throws<NoTourException>(() => TourSolver.Solve(costs, new TourOptions(ReturnToStart: true, Start: 0)));
        Assert.Equal(3, error.Stop);
        Assert.Contains("stop 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenPath_StopThatCannotBeLeft_MayOnlyComeLast()
    {
        CostMatrix costs = CostMatrix.Create(4, (i, j) => i == 2 ? double.PositiveInfinity : 1);
        TourPlan plan = TourSolver.Solve(costs, TourOptions.OpenPath);
        Assert.Equal(2, plan.Order[^1]);
        var error = Assert.Throws<NoTourException>(() => TourSolver.Solve(costs, new TourOptions(End: 0)));
        Assert.Equal(2, error.Stop);
    }

    [Fact]
    public void FixedStartAndEnd_AreHonoured_OnTheHeuristicPath()
    {
        CostMatrix costs = RandomInstances.Matrix(new Random(3), 20, symmetric: false);
        var options = new TourOptions(Start: 4, End: 17);
        TourPlan plan = TourSolver.Solve(costs, options);
        AssertHonours(plan, costs, options);
    }

    [Fact]
    public void ContradictoryOptions_AreRejected()
    {
        CostMatrix costs = CostMatrix.Create(3, (_, _) => 1);
        Assert.Throws<ArgumentException>(() => TourSolver.Solve(costs, new TourOptions(ReturnToStart: true, End: 1)));
        Assert.Throws<ArgumentException>(() => TourSolver.Solve(costs, new TourOptions(Start: 1, End: 1)));
        Assert.Throws<ArgumentException>(() => TourSolver.Solve(costs, new TourOptions(Start: 3)));
        Assert.Throws<ArgumentException>(() => TourSolver.SolveExact(CostMatrix.Create(17, (_, _) => 1)));
    }

    [Fact]
    public void NegativeOrNaNCost_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => CostMatrix.Create(2, (_, _) => -1));
        Assert.Throws<ArgumentException>(() => CostMatrix.Create(2, (_, _) => double.NaN));
    }

    private static void AssertHonours(TourPlan plan, CostMatrix costs, TourOptions options)
    {
        Assert.Equal(Enumerable.Range(0, costs.Size), plan.Order.Order());
        Assert.Equal(costs.CostOf(plan.Order, options.ReturnToStart), plan.Cost, 1e-9 * Math.Max(1, plan.Cost));
        if (options.Start is { } s)
        {
            Assert.Equal(s, plan.Order[0]);
        }

        if (options.End is { } e)
        {
            Assert.Equal(e, plan.Order[^1]);
        }
    }
}
