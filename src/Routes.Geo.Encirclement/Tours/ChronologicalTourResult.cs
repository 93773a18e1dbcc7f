using Routes.Geo.Tours;

namespace Routes.Geo.Encirclement;

/// <summary>
/// The sites in the order their history happened, what that order costs, and how it compares with
/// the best order of the same sites.
/// </summary>
/// <param name="Order">The included sites, by the date (and time where known) of their key event (see <see cref="ChronologicalTour.Select"/>), undated sites in their documented place.</param>
/// <param name="Excluded">The sites left out, each with its reason; never dropped silently.</param>
/// <param name="ChronologicalCost">The cost of visiting <paramref name="Order"/> in turn (seconds or metres); +∞ when a leg has no route.</param>
/// <param name="Optimal">The best order of the same sites; indices refer to <paramref name="Order"/>.</param>
/// <param name="Cost">Whether costs are durations or distances.</param>
public sealed record ChronologicalTourResult(
    IReadOnlyList<DatedSite> Order,
    IReadOnlyList<ExcludedSite> Excluded,
    double ChronologicalCost,
    TourPlan Optimal,
    TourCost Cost)
{
    /// <summary>How much more the chronological order costs than the optimal one (seconds or metres).</summary>
    public double ExtraCost => ChronologicalCost - Optimal.Cost;

    /// <summary><see cref="ExtraCost"/> as a percentage of the optimal cost (0 when the optimal cost is 0).</summary>
    public double ExtraPercent => Optimal.Cost > 0 ? ExtraCost / Optimal.Cost * 100 : 0;
}
