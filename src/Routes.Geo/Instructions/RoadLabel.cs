using Routes.Geo.Profiles;

namespace Routes.Geo.Instructions;

/// <summary>What kind of unnamed way a traveller is on, so the text can say "the footpath" rather than "the road".</summary>
internal enum RoadCategory
{
    Road,
    Footpath,
    CyclePath,
    Steps,
    Track,
}

/// <summary>A road as the instructions speak of it: its name (or ref) if it has one, else its category.</summary>
internal readonly record struct RoadLabel(string? Name, RoadCategory Category)
{
    public static RoadLabel Of(IReadOnlyDictionary<string, string> tags)
    {
        string? name = tags.Get("name") ?? tags.Get("ref");
        RoadCategory category = tags.Get("highway") switch
        {
            "footway" or "path" or "pedestrian" or "bridleway" => RoadCategory.Footpath,
            "cycleway" => RoadCategory.CyclePath,
            "steps" => RoadCategory.Steps,
            "track" => RoadCategory.Track,
            _ => RoadCategory.Road,
        };
        return new RoadLabel(name, category);
    }

    // Unnamed ways of one category read the same, so passing from one to another says nothing.
    public bool SameAs(RoadLabel other) => Name is not null ? Name == other.Name : other.Name is null && Category == other.Category;
}
