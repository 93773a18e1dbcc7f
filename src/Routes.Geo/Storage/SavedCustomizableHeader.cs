using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Storage;

/// <summary>What a saved network's header says about its stored customizable hierarchy (format 9; see <see cref="SavedNetworkHeader.Customizable"/>).</summary>
/// <param name="Kind">What its nodes are (junctions, or directed edges when turn restrictions bind), as for the plain hierarchies.</param>
/// <param name="NodeCount">Number of ranked nodes.</param>
/// <param name="OriginalArcCount">Number of arcs before contraction.</param>
/// <param name="ChordalEdgeCount">Number of edges of the chordal supergraph (<see cref="Routing.Customizable.CustomizableHierarchy.EdgeCount"/>).</param>
/// <param name="TreeHeight">Height of the elimination tree (<see cref="Routing.Customizable.CustomizableHierarchy.TreeHeight"/>).</param>
public sealed record SavedCustomizableHeader(HierarchyKind Kind, int NodeCount, int OriginalArcCount, int ChordalEdgeCount, int TreeHeight);
