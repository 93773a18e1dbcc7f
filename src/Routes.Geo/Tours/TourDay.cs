namespace Routes.Geo.Tours;

/// <summary>One day of a tour split by <see cref="DayPlanner"/>.</summary>
/// <param name="Number">1 for the first day.</param>
/// <param name="StartsAt">The stop the day starts from (the first stop, or where the previous day ended).</param>
/// <param name="EndsAt">The stop the day ends at.</param>
/// <param name="Visited">Stops visited this day, in order (a round trip's return to the first stop is not a visit).</param>
/// <param name="TravelSeconds">Travel time of the day's legs.</param>
/// <param name="VisitSeconds">Time spent at the visited stops.</param>
public sealed record TourDay(int Number, int StartsAt, int EndsAt, IReadOnlyList<int> Visited, double TravelSeconds, double VisitSeconds)
{
    /// <summary>Travel plus visits.</summary>
    public double TotalSeconds => TravelSeconds + VisitSeconds;
}
