namespace Routes.Geo.Routing.Customizable;

/// <summary>Which ways belong to a <see cref="RoadClass"/>: the tag rule of each class, as documented on its member.</summary>
public static class RoadClassRules
{
    /// <summary>The way keys <see cref="Matches"/> reads, for every class.</summary>
    internal static readonly string[] WayKeys = ["highway", "toll", "route", "surface", "tracktype", "tunnel", "bridge"];

    private static readonly HashSet<string> UnpavedSurfaces =
    [
        "unpaved", "compacted", "gravel", "fine_gravel", "pebblestone", "rock", "dirt", "earth", "ground", "grass",
        "grass_paver", "gravel_turf", "mud", "sand", "woodchips", "salt", "snow", "ice",
    ];

    /// <summary>Whether a way with <paramref name="tags"/> belongs to <paramref name="roadClass"/>.</summary>
    /// <exception cref="UnknownRoadClassException"><paramref name="roadClass"/> is not a defined member.</exception>
    public static bool Matches(RoadClass roadClass, IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        string? Tag(string key) => tags.TryGetValue(key, out string? value) ? value : null;
        return roadClass switch
        {
            RoadClass.Motorway => Tag("highway") is "motorway" or "motorway_link",
            RoadClass.Toll => Tag("toll") is "yes",
            RoadClass.Ferry => Tag("route") is "ferry",
            RoadClass.Unpaved => Tag("surface") is { } surface ? UnpavedSurfaces.Contains(surface) : Tag("highway") is "track" && Tag("tracktype") is not "grade1",
            RoadClass.Steps => Tag("highway") is "steps",
            RoadClass.Tunnel => Tag("tunnel") is { } tunnel && tunnel != "no",
            RoadClass.Bridge => Tag("bridge") is { } bridge && bridge != "no",
            _ => throw new UnknownRoadClassException(roadClass.ToString()),
        };
    }
}
