namespace Routes.Geo.Encirclement;

/// <summary>Why a discovered site was taken for a curated one.</summary>
public enum SiteMatchReason
{
    /// <summary>Both come from the same OpenStreetMap node.</summary>
    SameOsmElement,

    /// <summary>The discovered name equals the curated site's id, name or an alternative name (ignoring case, accents and punctuation).</summary>
    SameName,
}
