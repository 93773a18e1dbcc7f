using Routes.Geo.Profiles;

namespace Routes.Geo;

/// <summary>The built-in profiles, one shared instance each, and lookup by name.</summary>
public static class TravelProfiles
{
    /// <summary>Walking.</summary>
    public static Profile Foot { get; } = new FootProfile();

    /// <summary>Driving a car.</summary>
    public static Profile Car { get; } = new CarProfile();

    /// <summary>Cycling.</summary>
    public static Profile Bicycle { get; } = new BicycleProfile();

    /// <summary>Walking for a wheelchair, a walking frame or a pram: no steps, raised kerbs or stiles, no rough surfaces or steep grades (<see cref="AccessibleFootProfile"/>).</summary>
    public static Profile Wheelchair { get; } = new AccessibleFootProfile();

    /// <summary>The built-in profiles.</summary>
    public static IReadOnlyList<Profile> All { get; } = [Foot, Car, Bicycle, Wheelchair];

    /// <summary>
    /// Finds a built-in profile by name: "foot" (or "walk"), "car" (or "drive"), "bicycle" (or "bike", "cycle"), "wheelchair" (or "accessible").
    /// </summary>
    /// <exception cref="ArgumentException">The name is not one of these.</exception>
    public static Profile ByName(string name) => name?.Trim().ToUpperInvariant() switch
    {
        "FOOT" or "WALK" or "WALKING" => Foot,
        "CAR" or "DRIVE" or "DRIVING" => Car,
        "BICYCLE" or "BIKE" or "CYCLE" or "CYCLING" => Bicycle,
        "WHEELCHAIR" or "ACCESSIBLE" => Wheelchair,
        _ => throw new ArgumentException($"Unknown profile '{name}'; use foot, car, bicycle or wheelchair.", nameof(name)),
    };
}
