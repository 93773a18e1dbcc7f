using System.Collections.Frozen;
using Routes.Geo.Elevation;
using Routes.Geo.Instructions;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Network;

/// <summary>
/// Which way tags an importer keeps: the keys its profiles read (<see cref="Profile.WayKeys"/>) and those the library's
/// own readers need whatever the profile (<see cref="Library"/>). Tags of other keys are dropped at import, so a network
/// holds what routing reads and not, say, every <c>name:xx</c> and <c>source</c> of the map.
/// </summary>
public static class WayTagKeys
{
    /// <summary>
    /// The keys the library reads on ways beside the profiles: instructions (<c>name</c>, <c>ref</c>, <c>highway</c>,
    /// <c>junction</c>), road classes for exclusions and custom weights (<see cref="RoadClassRules"/>: <c>toll</c>,
    /// <c>route</c>, <c>surface</c>, <c>tracktype</c>, <c>tunnel</c>, <c>bridge</c>), snapping (tunnels, ferries, the two
    /// halves of a divided road), a ferry's <c>duration</c>, and elevation's bridges and tunnels.
    /// </summary>
    public static IReadOnlySet<string> Library { get; } =
        RouteTrace.WayKeys.Concat(RouteBuilder.StepNameKeys).Concat(RoadClassRules.WayKeys).Concat(SnapIndex.WayKeys)
            .Concat(RoutingGraph.FerryWayKeys).Concat(ElevationSampler.WayKeys).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The keys to keep for <paramref name="profiles"/>: their <see cref="Profile.WayKeys"/>, <see cref="Library"/> and <paramref name="extraKeys"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">An extra key is null, empty or white space.</exception>
    public static IReadOnlySet<string> For(IEnumerable<Profile> profiles, IEnumerable<string>? extraKeys = null)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var keys = new HashSet<string>(Library, StringComparer.Ordinal);
        foreach (Profile profile in profiles)
        {
            ArgumentNullException.ThrowIfNull(profile, nameof(profiles));
            keys.UnionWith(profile.WayKeys);
        }

        foreach (string key in extraKeys ?? [])
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key, nameof(extraKeys));
            keys.Add(key);
        }

        return keys.ToFrozenSet(StringComparer.Ordinal);
    }
}
