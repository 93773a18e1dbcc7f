using Routes.Geo.Matrices;

namespace Routes.Geo.Tours;

/// <summary>Which figure of a <see cref="TravelMatrix"/> a tour minimises.</summary>
public enum TourCost
{
    /// <summary>Travel time in seconds.</summary>
    Duration,

    /// <summary>Length in metres.</summary>
    Distance,
}
