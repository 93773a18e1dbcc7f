using Routes.Geo.Matrices;
using Routes.Geo.Tours;

namespace Routes.Geo.Tests.Tours;

public class DayPlannerTests
{
    // Stops on a line, one hour apart each way.
    private static readonly CostMatrix Hourly = CostMatrix.Create(6, (i, j) => Math.Abs(i - j) * 3600.0);

    [Fact]
    public void Split_KeepsTheOrder_AndNoDayExceedsTheLimit()
    {
        int[] order = [0, 1, 2, 3, 4, 5];
        IReadOnlyList<TourDay> days = DayPlanner.Split(order, Hourly, TimeSpan.FromHours(3), TimeSpan.FromMinutes(20));

        Assert.Equal(order, days.SelectMany(d => d.Visited));
        Assert.All(days, d => Assert.True(d.TotalSeconds <= 3 * 3600));
        Assert.Equal(days.Sum(d => d.TravelSeconds), Hourly.CostOf(order, returnToStart: false));
        for (int i = 1; i < days.Count; i++)
        {
            Assert.Equal(days[i - 1].EndsAt, days[i].StartsAt);
        }

        // Greedy: 20 min + 2 × 1 h 20 fills day 1 exactly; day 2 takes two legs, day 3 the last.
        Assert.Equal([0, 1, 2], days[0].Visited);
        Assert.Equal([3, 4], days[1].Visited);
        Assert.Equal(3, days.Count);
    }

    [Fact]
    public void RoundTrip_EndsTheLastDayBackAtTheStart()
    {
        IReadOnlyList<TourDay> days = DayPlanner.Split([0, 1, 2], Hourly, TimeSpan.FromHours(3), returnToStart: true);
        Assert.Equal(0, days[^1].EndsAt);
        Assert.Equal(4 * 3600, days.Sum(d => d.TravelSeconds));
        Assert.Equal([0, 1, 2], days.SelectMany(d => d.Visited));
    }

    [Fact]
    public void LegLongerThanADay_IsATypedErrorNamingTheLeg()
    {
        string[] names = ["Calais", "Boulogne", "Dunkirk", "D", "E", "F"];
        var error = Assert.Throws<LegTooLongException>(() => DayPlanner.Split([0, 1, 4], Hourly, TimeSpan.FromHours(2), names: names));
        Assert.Equal(1, error.FromStop);
        Assert.Equal(4, error.ToStop);
        Assert.Contains("Boulogne → E", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<RoutesGeoException>(error);
    }

    [Fact]
    public void BadLimits_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DayPlanner.Split([0, 1], Hourly, TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => DayPlanner.Split([0, 1], Hourly, TimeSpan.FromHours(1), TimeSpan.FromMinutes(-1)));
        Assert.Throws<ArgumentException>(() => DayPlanner.Split([], Hourly, TimeSpan.FromHours(1)));
    }
}
