namespace Routes.Geo.Encirclement;

/// <summary>A site with the event that places it in the order of history.</summary>
/// <param name="Site">The site (its coordinate is verified).</param>
/// <param name="KeyEvent">
/// The site's key event (<see cref="ChronologyRule.KeyEvent"/>), or that of the site it is placed with
/// (<see cref="ChronologyRule.WithSite"/>); null for a site placed after every dated site.
/// </param>
/// <param name="Placement">The rule of the data that placed the site, with its reason for an undated site.</param>
public sealed record DatedSite(Site Site, HistoricalEvent? KeyEvent, SiteChronology Placement)
{
    /// <summary>The site's verified coordinate.</summary>
    public GeoPoint Point => Site.Coordinate.Verified!.Value;

    /// <summary>True when the site has a dated event of its own (rather than a documented place).</summary>
    public bool HasOwnEvent => Placement.Rule == ChronologyRule.KeyEvent;
}
