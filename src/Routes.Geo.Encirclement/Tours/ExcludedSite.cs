namespace Routes.Geo.Encirclement;

/// <summary>Why a site was left out of a tour.</summary>
public enum ExclusionReason
{
    /// <summary>The site's coordinate is unverified or conflicting: no tour routes to a guess.</summary>
    NoVerifiedCoordinate,

    /// <summary>The coordinate is too far from any road the profile may use.</summary>
    NotOnNetwork,
}

/// <summary>A site left out of a tour, and why.</summary>
/// <param name="Site">The site.</param>
/// <param name="Reason">Why it was left out.</param>
/// <param name="Message">The reason as a sentence naming the site.</param>
public sealed record ExcludedSite(Site Site, ExclusionReason Reason, string Message);
