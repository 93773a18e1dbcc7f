using System.Collections.Concurrent;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Routing;

public sealed partial class RoutingGraph
{
    private readonly ConcurrentDictionary<RouteMetric, Lazy<ContractionHierarchy>> _hierarchies = new();

    /// <summary>
    /// Builds (once, then cached) the contraction hierarchy of this graph for <paramref name="metric"/>,
    /// after which queries with <see cref="RouteAlgorithm.Auto"/> use it. Preparation reads the whole graph.
    /// The hierarchy is of junctions unless a turn restriction binds the profile (<see cref="ContractionHierarchy.Kind"/>).
    /// </summary>
    /// <returns>The hierarchy, with its node and shortcut counts.</returns>
    public ContractionHierarchy Prepare(RouteMetric metric = RouteMetric.Fastest)
    {
        // Every query with RouteAlgorithm.ContractionHierarchy comes here: once built, look it up without
        // allocating GetOrAdd's factory delegate (it captures this).
        return PreparedHierarchy(metric)
            ?? _hierarchies.GetOrAdd(metric, m => new Lazy<ContractionHierarchy>(() => ContractionHierarchy.Build(this, m, ContractionHierarchy.KindFor(this)))).Value;
    }

    /// <summary>The prepared hierarchy for <paramref name="metric"/>, or null when none was prepared.</summary>
    internal ContractionHierarchy? PreparedHierarchy(RouteMetric metric) =>
        _hierarchies.TryGetValue(metric, out Lazy<ContractionHierarchy>? lazy) && lazy.IsValueCreated ? lazy.Value : null;

    /// <summary>The metrics whose hierarchies are prepared.</summary>
    internal IReadOnlyList<RouteMetric> PreparedMetrics =>
        [.. _hierarchies.Where(h => h.Value.IsValueCreated).Select(h => h.Key).Order()];

    /// <summary>Installs a hierarchy read from a saved file.</summary>
    internal void Attach(ContractionHierarchy hierarchy) =>
        _hierarchies[hierarchy.Metric] = new Lazy<ContractionHierarchy>(hierarchy);

    /// <summary>The hierarchy a search with <paramref name="algorithm"/> uses (built for ContractionHierarchy, if prepared for Auto), or null.</summary>
    internal ContractionHierarchy? HierarchyFor(RouteMetric metric, RouteAlgorithm algorithm) => algorithm switch
    {
        RouteAlgorithm.ContractionHierarchy => Prepare(metric),
        RouteAlgorithm.Auto => PreparedHierarchy(metric),
        _ => null,
    };

    /// <summary>Runs one leg's search with the chosen algorithm.</summary>
    internal EdgeSearch.Found? Search(SnapResult from, SnapResult to, RouteMetric metric, RouteAlgorithm algorithm)
    {
        if (algorithm == RouteAlgorithm.CustomizableHierarchy)
        {
            return SearchCustomized(from, to, metric, Customizable.RoadClassSet.None);
        }

        ContractionHierarchy? hierarchy = HierarchyFor(metric, algorithm);
        return hierarchy is not null
            ? HierarchySearch.Run(hierarchy, from, to)
            : EdgeSearch.Run(this, from, to, metric, useHeuristic: algorithm != RouteAlgorithm.Dijkstra);
    }
}
