using Routes.Geo.Geodesy;
using Routes.Geo.Matrices;
using Routes.Geo.Tours;
using Xunit.Abstractions;

namespace Routes.Geo.Encirclement.Tests.Tours;

public class ChronologicalTourTests(ITestOutputHelper output)
{
    private static CostMatrix Geodesics(IReadOnlyList<GeoPoint> points) =>
        CostMatrix.Create(points.Count, (i, j) => Geodesic.Wgs84.Distance(points[i], points[j]));

    [Fact]
    public void Order_FollowsTheKeyEventOfEachSite_AndExcludesOnlyUnverifiedCoordinates()
    {
        EncirclementModel model = EncirclementModel.Load();
        ChronologicalTourResult result = ChronologicalTour.Plan(model, model.Sites, Geodesics, TourCost.Distance);

        foreach (DatedSite site in result.Order)
        {
            output.WriteLine($"{site.KeyEvent?.Start:yyyy-MM-dd} {site.KeyEvent?.StartTime} {site.Site.Name} ({site.Placement.Rule})");
        }

        output.WriteLine($"chronological {result.ChronologicalCost / 1000:0.0} km, optimal {result.Optimal.Cost / 1000:0.0} km, +{result.ExtraCost / 1000:0.0} km ({result.ExtraPercent:0.0}%); {result.Excluded.Count} excluded");
        Assert.True(result.Order.Count >= 5);
        for (int i = 1; i < result.Order.Count; i++)
        {
            HistoricalEvent? a = result.Order[i - 1].KeyEvent, b = result.Order[i].KeyEvent;
            Assert.True(b is null || (a is not null && (a.Start, a.StartTime ?? TimeOnly.MinValue).CompareTo((b.Start, b.StartTime ?? TimeOnly.MinValue)) <= 0));
            if (result.Order[i].HasOwnEvent)
            {
                Assert.Contains(b!, model.EventsAt(result.Order[i].Site));
            }
        }

        Assert.Equal(model.Sites.Count, result.Order.Count + result.Excluded.Count);
        Assert.Contains(result.Order, d => d.Site.Id == "lille-monument-aux-morts" && d.Placement.WithSiteId == "lille");
        Assert.Contains(result.Excluded, e => e.Site.Id == "lille" && e.Reason == ExclusionReason.NoVerifiedCoordinate);
        Assert.All(result.Excluded, e => Assert.Contains(e.Site.Id, e.Message, StringComparison.Ordinal));
        Assert.True(result.ExtraCost >= -1e-6);
        Assert.Equal(result.ExtraCost / result.Optimal.Cost * 100, result.ExtraPercent, 9);
    }

    [Fact]
    public void SitesOnTheSameDay_AreOrderedByTimeWhereKnown_ThenByName()
    {
        EncirclementModel model = EncirclementModel.Load();
        (IReadOnlyList<DatedSite> order, _) = ChronologicalTour.Select(model, model.Sites);
        foreach (IGrouping<DateOnly, DatedSite> day in order.Where(s => s.HasOwnEvent).GroupBy(s => s.KeyEvent!.Start))
        {
            var expected = day.OrderBy(s => s.KeyEvent!.StartTime ?? TimeOnly.MinValue).ThenBy(s => s.Site.Name, StringComparer.OrdinalIgnoreCase).ToList();
            Assert.Equal(expected.Select(s => s.Site.Id), day.Select(s => s.Site.Id));
        }
    }

    [Fact]
    public void NoVerifiedSite_GivesAnEmptyTour_NotAnError()
    {
        EncirclementModel model = EncirclementModel.Load();
        ChronologicalTourResult result = ChronologicalTour.Plan(model, [model.FindSite("Lille")], Geodesics);
        Assert.Empty(result.Order);
        Assert.Single(result.Excluded);
        Assert.Equal(0, result.ExtraCost);
    }
}
