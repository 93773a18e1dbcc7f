namespace Routes.Geo.Encirclement;

/// <summary>No site has the requested name; <see cref="Suggestions"/> lists the nearest names.</summary>
public sealed class UnknownSiteException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="name"/> with the nearest known names.</summary>
    public UnknownSiteException(string name, IReadOnlyList<string> suggestions)
        : base(suggestions.Count == 0
            ? $"No site named '{name}'."
            : $"No site named '{name}'. Nearest names: {string.Join(", ", suggestions)}.")
    {
        Name = name;
        Suggestions = suggestions;
    }

    /// <summary>The name that was asked for.</summary>
    public string Name { get; }

    /// <summary>Display names of the nearest sites, nearest first.</summary>
    public IReadOnlyList<string> Suggestions { get; }
}
