using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Routing;

public sealed partial class RoutingGraph
{
    private CustomizableHierarchy? _customizable;
    private bool _customizableBuilt;
    private object? _customizableGate;
    private CustomizationCache? _customizations;

    /// <summary>
    /// Builds (once, then cached) the customizable contraction hierarchy of this graph: a metric-independent order and
    /// contraction, to which requests that exclude road classes apply their metric in milliseconds
    /// (<see cref="RouteRequest.Excluding(RoadClass[])"/>); also used by <see cref="RouteAlgorithm.CustomizableHierarchy"/>.
    /// </summary>
    /// <returns>The hierarchy, with its node and edge counts and preparation times.</returns>
    public CustomizableHierarchy PrepareCustomizable() =>
        LazyInitializer.EnsureInitialized(ref _customizable, ref _customizableBuilt, ref _customizableGate, () => CustomizableHierarchy.Build(this))!;

    /// <summary>Runs one leg's search on the customized hierarchy of <paramref name="metric"/> without <paramref name="excluded"/>.</summary>
    internal EdgeSearch.Found? SearchCustomized(SnapResult from, SnapResult to, RouteMetric metric, RoadClassSet excluded) =>
        EliminationTreeQuery.Run(Customized(metric, excluded), from, to);

    /// <summary>
    /// The customizable hierarchy with <paramref name="metric"/> applied and <paramref name="excluded"/> removed, from a
    /// bounded cache (<see cref="CustomizationCache.Capacity"/> metrics; the least recently used is dropped).
    /// </summary>
    public CustomizedHierarchy Customized(RouteMetric metric, RoadClassSet excluded)
    {
        CustomizationCache cache = LazyInitializer.EnsureInitialized(ref _customizations, () => new CustomizationCache(this));
        return cache.Get(metric, excluded);
    }
}
