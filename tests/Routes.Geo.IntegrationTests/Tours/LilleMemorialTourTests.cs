using Routes.Geo.Encirclement;
using Routes.Geo.IntegrationTests.Routing;
using Routes.Geo.Matrices;
using Routes.Geo.Tours;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Tours;

public class LilleMemorialTourTests(ITestOutputHelper output)
{
    private static readonly string[] Memorials = ["Monument aux fusillés", "Monument aux Morts", "Statue de Léon Trulin", "parvis des justes"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FootTourOfTheFourMemorials_IsTheBestOfAllOrders_OnTheRealMatrix(bool returnToStart)
    {
        EncirclementModel model = EncirclementModel.Load();
        Site[] sites = [.. Memorials.Select(model.FindSite)];
        RoadNetwork lille = ExtractNetworks.Lille();
        TravelMatrix matrix = TravelMatrix.Compute(lille.GraphFor(TravelProfiles.Foot), [.. sites.Select(s => s.Coordinate.Verified!.Value)]);
        CostMatrix seconds = matrix.ToCostMatrix(TourCost.Duration);

        TourPlan plan = TourSolver.Solve(seconds, new TourOptions(returnToStart), [.. sites.Select(s => s.Name)]);

        double brute = double.PositiveInfinity;
        foreach (int[] order in Permutations([0, 1, 2, 3]))
        {
            brute = Math.Min(brute, seconds.CostOf(order, returnToStart));
        }

        double metres = plan.Order.Zip(plan.Order.Skip(1)).Sum(p => matrix[p.First, p.Second].LengthMetres)
            + (returnToStart ? matrix[plan.Order[^1], plan.Order[0]].LengthMetres : 0);
        output.WriteLine($"{(returnToStart ? "round trip" : "open path")}: {string.Join(" → ", plan.Order.Select(i => sites[i].Name))}: {plan.Cost / 60:0.0} min, {metres:0} m (brute force {brute / 60:0.0} min)");
        for (int i = 0; i < sites.Length; i++)
        {
            output.WriteLine($"  from {sites[i].Name}: {string.Join(", ", Enumerable.Range(0, sites.Length).Select(j => $"{matrix[i, j].DurationSeconds / 60:0.0}"))} min");
        }

        Assert.True(plan.IsProvenOptimal);
        Assert.Equal(brute, plan.Cost, 1e-6);
        Assert.InRange(plan.Cost / 60, 5, 60);
        Assert.All(Enumerable.Range(0, 16), k => Assert.True(matrix[k / 4, k % 4].IsFound));
    }

    [Fact]
    public void MemorialsAlongTheWalk_AreFoundInTheOrderPassed()
    {
        EncirclementModel model = EncirclementModel.Load();
        Site fusilles = model.FindSite(Memorials[0]), trulin = model.FindSite(Memorials[2]);
        Route walk = ExtractNetworks.Lille().Route(TravelProfiles.Foot).From(fusilles.Coordinate.Verified!.Value).To(trulin.Coordinate.Verified!.Value).Calculate().Route;

        SitesAlongRouteResult along = SitesAlongRoute.Find(walk, model.Sites, 150);

        output.WriteLine(string.Join(", ", along.Passed.Select(p => $"{p.Site.Name} at {p.OffsetMetres:0} m, {p.DistanceMetres:0} m off")));
        Assert.Equal(fusilles, along.Passed[0].Site);
        Assert.Equal(trulin, along.Passed[^1].Site);
        Assert.InRange(along.Passed[^1].OffsetMetres, walk.LengthMetres - 150, walk.LengthMetres + 1);
        Assert.Contains(along.WithoutVerifiedCoordinate, s => s.Id == "lille");
    }

    private static IEnumerable<int[]> Permutations(int[] items) =>
        items.Length <= 1 ? [items] : items.SelectMany(x => Permutations([.. items.Where(y => y != x)]).Select(rest => (int[])[x, .. rest]));
}
