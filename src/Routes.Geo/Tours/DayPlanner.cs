using Routes.Geo.Matrices;

namespace Routes.Geo.Tours;

/// <summary>
/// Splits a tour into days without changing its order: greedily, each day takes legs until the next
/// would push its travel plus visit time over the limit; the night is spent at the day's last stop.
/// </summary>
public static class DayPlanner
{
    /// <summary>Splits <paramref name="plan"/> with durations from <paramref name="durations"/>.</summary>
    /// <inheritdoc cref="Split(IReadOnlyList{int}, CostMatrix, TimeSpan, TimeSpan, bool, IReadOnlyList{string})"/>
    public static IReadOnlyList<TourDay> Split(TourPlan plan, CostMatrix durations, TimeSpan maxPerDay, TimeSpan visitPerStop = default, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Split(plan.Order, durations, maxPerDay, visitPerStop, plan.ReturnToStart, names);
    }

    /// <summary>Splits the visiting order <paramref name="order"/> into days.</summary>
    /// <param name="order">Stop indices in visiting order.</param>
    /// <param name="durations">Travel times in seconds between the stops.</param>
    /// <param name="maxPerDay">The most travel plus visit time a day may hold.</param>
    /// <param name="visitPerStop">Time spent at each stop (default none).</param>
    /// <param name="returnToStart">True when the tour ends with the way back to its first stop.</param>
    /// <param name="names">Optional stop names for the error message.</param>
    /// <returns>The days in order; every leg belongs to exactly one day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxPerDay"/> is not positive, or <paramref name="visitPerStop"/> is negative.</exception>
    /// <exception cref="ArgumentException">The order is empty or names a stop outside the matrix.</exception>
    /// <exception cref="LegTooLongException">A single leg (with the visit at its end) exceeds a day; the exception names it.</exception>
    public static IReadOnlyList<TourDay> Split(IReadOnlyList<int> order, CostMatrix durations, TimeSpan maxPerDay, TimeSpan visitPerStop = default,
        bool returnToStart = false, IReadOnlyList<string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(durations);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxPerDay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(visitPerStop, TimeSpan.Zero);
        if (order.Count == 0 || order.Any(s => s < 0 || s >= durations.Size))
        {
            throw new ArgumentException("The order must list at least one stop, each an index of the matrix.", nameof(order));
        }

        string Name(int stop) => names is not null && stop < names.Count ? names[stop] : FormattableString.Invariant($"stop {stop}");
        double max = maxPerDay.TotalSeconds, visit = visitPerStop.TotalSeconds;

        // Each step: travel from one stop to the next and visit it; the first step only visits the start.
        var steps = new List<(int From, int To, double Travel, double Visit)> { (order[0], order[0], 0, visit) };
        for (int i = 1; i < order.Count; i++)
        {
            steps.Add((order[i - 1], order[i], durations[order[i - 1], order[i]], visit));
        }

        if (returnToStart && order.Count > 1)
        {
            steps.Add((order[^1], order[0], durations[order[^1], order[0]], 0));
        }

        var days = new List<TourDay>();
        var visited = new List<int>();
        int startsAt = order[0];
        double travel = 0, visits = 0;
        for (int i = 0; i < steps.Count; i++)
        {
            (int from, int to, double t, double v) = steps[i];
            if (t + v > max)
            {
                string leg = from == to ? $"visit of {Name(from)}" : $"{Name(from)} → {Name(to)}";
                throw new LegTooLongException(from, to, t + v, max, leg);
            }

            if (travel + visits + t + v > max && i > 0)
            {
                days.Add(new TourDay(days.Count + 1, startsAt, from, [.. visited], travel, visits));
                (startsAt, travel, visits) = (from, 0, 0);
                visited.Clear();
            }

            travel += t;
            visits += v;
            if (i < order.Count)
            {
                visited.Add(to);
            }
        }

        days.Add(new TourDay(days.Count + 1, startsAt, steps[^1].To, [.. visited], travel, visits));
        return days;
    }
}
