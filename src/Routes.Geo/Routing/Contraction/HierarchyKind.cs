namespace Routes.Geo.Routing.Contraction;

/// <summary>What the nodes of a <see cref="ContractionHierarchy"/> are.</summary>
public enum HierarchyKind
{
    /// <summary>
    /// Nodes are travelable directed edges and arcs are allowed turns, so turn restrictions and the
    /// no-U-turn rule hold exactly. Used when a turn restriction binds the graph's profile.
    /// </summary>
    Turns,

    /// <summary>
    /// Nodes are junctions and arcs are travelable directed edges: fewer nodes and smaller searches.
    /// Used when no turn restriction binds the profile (a shortest route never turns back on its own edge).
    /// </summary>
    Junctions,
}
