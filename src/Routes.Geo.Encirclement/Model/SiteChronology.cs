namespace Routes.Geo.Encirclement;

/// <summary>How a site is placed in the order of history (the data's <c>chronology</c> field).</summary>
public enum ChronologyRule
{
    /// <summary>By its key event: the liberation or capture of the place, or the event it commemorates.</summary>
    KeyEvent,

    /// <summary>No dated event of its own: placed right after the site it belongs to (a cemetery after its port).</summary>
    WithSite,

    /// <summary>No dated event and no place of the story it belongs to: placed after every dated site.</summary>
    AfterDatedSites,
}

/// <summary>
/// Where a site stands in a chronological tour. Every site of the data has one, checked on load:
/// a key event lists the site, a <see cref="ChronologyRule.WithSite"/> anchor has a key event of its own.
/// </summary>
/// <param name="Rule">Which rule places the site.</param>
/// <param name="EventId">The key event for <see cref="ChronologyRule.KeyEvent"/>, else null.</param>
/// <param name="WithSiteId">The site it is placed after for <see cref="ChronologyRule.WithSite"/>, else null.</param>
/// <param name="Reason">Why an undated site stands where it does (required unless the rule is <see cref="ChronologyRule.KeyEvent"/>).</param>
public sealed record SiteChronology(ChronologyRule Rule, string? EventId, string? WithSiteId, string? Reason);
