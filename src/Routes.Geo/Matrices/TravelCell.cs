using Routes.Geo.Tours;

namespace Routes.Geo.Matrices;

/// <summary>
/// One cell of a <see cref="TravelMatrix"/>: the route's duration and length, or why there is none
/// (<see cref="NoRoute"/>, or <see cref="SnapFailure"/> when the source or target is too far from any road).
/// </summary>
/// <param name="DurationSeconds">Travel time in seconds; +∞ when not found.</param>
/// <param name="LengthMetres">Length in metres; +∞ when not found.</param>
/// <param name="NoRoute">Why the network has no route between the snapped points, or null.</param>
/// <param name="SnapFailure">Why the source or the target could not be snapped, or null.</param>
public sealed record TravelCell(double DurationSeconds, double LengthMetres, NoRoute? NoRoute, SnapTooFarException? SnapFailure)
{
    /// <summary>Whether the source was snapped to its nearest road or, when no route left from there, to its large-component candidate.</summary>
    public SnapCandidate SourceCandidate { get; init; } = SnapCandidate.Nearest;

    /// <summary>Whether the target was snapped to its nearest road or, when no route reached it there, to its large-component candidate.</summary>
    public SnapCandidate TargetCandidate { get; init; } = SnapCandidate.Nearest;

    /// <summary>True when a route was found.</summary>
    public bool IsFound => NoRoute is null && SnapFailure is null;

    /// <summary>Why there is no route, as a sentence; null when found.</summary>
    public string? FailureMessage => SnapFailure?.Message ?? NoRoute?.Message;

    /// <summary>The cell's cost in <paramref name="by"/>: seconds or metres, +∞ when not found.</summary>
    public double CostIn(TourCost by) => by == TourCost.Duration ? DurationSeconds : LengthMetres;

    internal static TravelCell Found(double seconds, double metres) => new(seconds, metres, null, null);

    internal static TravelCell NotFound(NoRoute reason) => new(double.PositiveInfinity, double.PositiveInfinity, reason, null);

    internal static TravelCell NotSnapped(SnapTooFarException reason) => new(double.PositiveInfinity, double.PositiveInfinity, null, reason);
}
