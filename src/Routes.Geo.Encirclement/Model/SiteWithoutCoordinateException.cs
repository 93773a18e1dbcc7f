namespace Routes.Geo.Encirclement;

/// <summary>
/// A computation needs one coordinate for a site whose coordinate is UNVERIFIED (none) or
/// CONFLICTING (several, none preferred); the message names the site and its status.
/// </summary>
public sealed class SiteWithoutCoordinateException : RoutesGeoException
{
    /// <summary>Creates the exception for <paramref name="site"/>.</summary>
    public SiteWithoutCoordinateException(Site site)
        : base($"Site '{site?.Name}' [{site?.Id}] has no verified coordinate ({site?.Coordinate.Status.ToString().ToUpperInvariant()}); it cannot be measured.")
    {
        ArgumentNullException.ThrowIfNull(site);
        Site = site;
    }

    /// <summary>The site without a single trusted coordinate.</summary>
    public Site Site { get; }

    /// <summary>Its coordinate status: <see cref="CoordinateStatus.Unverified"/> or <see cref="CoordinateStatus.Conflicting"/>.</summary>
    public CoordinateStatus Status => Site.Coordinate.Status;
}
