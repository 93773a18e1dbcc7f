namespace Routes.Geo.Encirclement;

/// <summary>Reads which OpenStreetMap tags make an element a memorial site, and of which kinds.</summary>
internal static class SiteTags
{
    /// <summary>
    /// The kinds for tags read through <paramref name="tag"/> (key to value, null when absent):
    /// historic=memorial|monument|battlefield|fort, military=bunker, and landuse=cemetery or
    /// amenity=grave_yard with war graves (cemetery=war_cemetery, or any historic=* tag). Empty when none applies.
    /// </summary>
    public static List<SiteKind> Kinds(Func<string, string?> tag)
    {
        var kinds = new List<SiteKind>();
        string? historic = tag("historic");
        switch (historic)
        {
            case "memorial" or "monument":
                kinds.Add(SiteKind.Memorial);
                break;
            case "battlefield":
                kinds.Add(SiteKind.Battlefield);
                break;
            case "fort":
                kinds.Add(SiteKind.Fort);
                break;
        }

        if (tag("military") == "bunker")
        {
            kinds.Add(SiteKind.Bunker);
        }

        bool burialGround = tag("landuse") == "cemetery" || tag("amenity") == "grave_yard";
        bool warGraves = tag("cemetery") == "war_cemetery" || historic is not null and not "no";
        if (burialGround && warGraves)
        {
            kinds.Add(SiteKind.Cemetery);
        }

        return kinds;
    }

    /// <summary>The name tag, or a label from the first kind and the element ("Memorial (OSM node 42)").</summary>
    public static string Name(Func<string, string?> tag, IReadOnlyList<SiteKind> kinds, string element, long id) =>
        tag("name") is { Length: > 0 } name ? name : $"{kinds[0]} (OSM {element} {id})";
}
