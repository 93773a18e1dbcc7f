namespace Routes.Geo.Isochrones;

/// <summary>How an isochrone finds what is reachable from its origin.</summary>
public enum IsochroneSearch
{
    /// <summary>
    /// The hierarchy sweep when a contraction hierarchy of the metric is already prepared and the reach is wide
    /// (see <see cref="Isochrone"/>), else the bounded Dijkstra. Never prepares a hierarchy itself.
    /// </summary>
    Auto,

    /// <summary>A Dijkstra over directed road pieces, stopped at the largest band's time.</summary>
    Dijkstra,

    /// <summary>
    /// A one-to-all sweep over the contraction hierarchy (PHAST: an upward search from the origin, then one pass over
    /// the nodes in descending rank); prepares the hierarchy when it is missing.
    /// </summary>
    Hierarchy,
}
