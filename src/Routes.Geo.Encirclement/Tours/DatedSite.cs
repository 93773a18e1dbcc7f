using Routes.Geo.Tours;

namespace Routes.Geo.Encirclement;

/// <summary>A site with the first event that happened there, the key of the chronological order.</summary>
/// <param name="Site">The site (its coordinate is verified).</param>
/// <param name="FirstEvent">The earliest event at the site (by start day, then start time where known).</param>
public sealed record DatedSite(Site Site, HistoricalEvent FirstEvent)
{
    /// <summary>The site's verified coordinate.</summary>
    public GeoPoint Point => Site.Coordinate.Verified!.Value;
}
