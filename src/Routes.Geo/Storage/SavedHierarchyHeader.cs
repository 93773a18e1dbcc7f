using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Storage;

/// <summary>What a saved network's header says about one of its contraction hierarchies.</summary>
/// <param name="Metric">The metric the hierarchy's weights are in.</param>
/// <param name="Kind">What its nodes are (junctions, or directed edges when turn restrictions bind).</param>
/// <param name="NodeCount">Number of ranked nodes.</param>
/// <param name="OriginalArcCount">Number of arcs before contraction.</param>
/// <param name="ShortcutCount">Number of shortcuts contraction added.</param>
public sealed record SavedHierarchyHeader(RouteMetric Metric, HierarchyKind Kind, int NodeCount, int OriginalArcCount, int ShortcutCount);
