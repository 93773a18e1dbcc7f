using Routes.Geo.Matrices;
using Routes.Geo.Tours;

namespace Routes.Geo.Tests.Tours;

public class ManyStopsTests
{
    [Fact]
    public void CancelledToken_StopsTheHeuristic_WithOperationCanceled()
    {
        CostMatrix costs = RandomInstances.Matrix(new Random(1), 60, symmetric: false);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => TourSolver.Solve(costs, TourOptions.RoundTrip, cancellationToken: cancelled.Token));
    }

    [Fact]
    public void TimeBudget_ReturnsAValidOrder_MarkedAsCutShort()
    {
        CostMatrix costs = RandomInstances.Matrix(new Random(2), 300, symmetric: true);
        var options = new TourOptions(Start: 5, End: 9) { TimeBudget = TimeSpan.FromMilliseconds(1) };
        TourPlan plan = TourSolver.Solve(costs, options);
        Assert.True(plan.StoppedByTimeBudget);
        Assert.Equal(Enumerable.Range(0, 300), plan.Order.Order());
        Assert.Equal((5, 9), (plan.Order[0], plan.Order[^1]));
        Assert.Equal(costs.CostOf(plan.Order, returnToStart: false), plan.Cost, 1e-9 * plan.Cost);

        TourPlan full = TourSolver.Solve(costs, options with { TimeBudget = null });
        Assert.False(full.StoppedByTimeBudget);
        Assert.True(full.Cost <= plan.Cost + 1e-9);
    }

    [Fact]
    public void NonPositiveTimeBudget_IsRejected()
    {
        CostMatrix costs = CostMatrix.Create(20, (i, j) => 1 + i + j);
        Assert.Throws<ArgumentException>(() => TourSolver.Solve(costs, TourOptions.OpenPath with { TimeBudget = TimeSpan.Zero }));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void StopsCutOffFromTheOthers_AreAllNamed_BeforeAnySearch(bool roundTrip)
    {
        // Stops 7 and 31 are islands (no leg in or out); 12 cannot be reached from anyone.
        string[] names = [.. Enumerable.Range(0, 40).Select(i => $"Site {i}")];
        CostMatrix costs = CostMatrix.Create(40, (i, j) => i == 7 || j == 7 || i == 31 || j == 31 || j == 12 ? double.PositiveInfinity : 1 + Math.Abs(i - j));
        var error = Assert.Throws<NoTourException>(() => TourSolver.Solve(costs, new TourOptions(ReturnToStart: roundTrip), names));
        int[] expected = roundTrip ? [7, 12, 31] : [7, 31];
        Assert.Equal(expected, error.Stops);
        Assert.All(expected, stop => Assert.Contains($"stop {stop} (Site {stop})", error.Message, StringComparison.Ordinal));
        Assert.Contains("no route to or from the other stops", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenPath_MayStartAtAStopNobodyReaches()
    {
        // Stop 12 cannot be reached, but an open path can begin there.
        CostMatrix costs = CostMatrix.Create(30, (i, j) => j == 12 ? double.PositiveInfinity : 1 + Math.Abs(i - j));
        TourPlan plan = TourSolver.Solve(costs, TourOptions.OpenPath);
        Assert.Equal(12, plan.Order[0]);
        Assert.True(double.IsFinite(plan.Cost));
    }

    [Fact]
    public void FiveHundredStops_GiveAValidTour_CloseToTheLowerBoundOfAnyTour()
    {
        // Points on a 1 km square: every tour is at least the sum over stops of half their two nearest neighbours' distances.
        CostMatrix costs = RandomInstances.Matrix(new Random(500), 500, symmetric: true);
        TourPlan plan = TourSolver.Solve(costs, TourOptions.RoundTrip);
        Assert.Equal(Enumerable.Range(0, 500), plan.Order.Order());
        double bound = 0;
        for (int i = 0; i < 500; i++)
        {
            double[] nearest = [.. Enumerable.Range(0, 500).Where(j => j != i).Select(j => costs[i, j]).Order().Take(2)];
            bound += (nearest[0] + nearest[1]) / 2;
        }

        Assert.InRange(plan.Cost / bound, 1, 1.35);
    }
}
