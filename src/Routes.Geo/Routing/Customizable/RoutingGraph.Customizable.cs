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
    /// A graph opened from a saved network that stores one (format 9, <see cref="Storage.CustomizableSaving"/>) returns it at once.
    /// </summary>
    /// <returns>The hierarchy, with its node and edge counts and preparation times.</returns>
    public CustomizableHierarchy PrepareCustomizable() =>
        LazyInitializer.EnsureInitialized(ref _customizable, ref _customizableBuilt, ref _customizableGate, () => CustomizableHierarchy.Build(this))!;

    /// <summary>The customizable hierarchy when it has been prepared (or attached from a saved network), else null; never prepares it.</summary>
    internal CustomizableHierarchy? PreparedCustomizable => Volatile.Read(ref _customizableBuilt) ? _customizable : null;

    /// <summary>Makes <paramref name="stored"/> (read from a saved network, before the graph is handed out) what <see cref="PrepareCustomizable"/> returns.</summary>
    internal void AttachCustomizable(CustomizableHierarchy stored)
    {
        _customizable = stored;
        Volatile.Write(ref _customizableBuilt, true);
    }

    /// <summary>Runs one leg's search on the customized hierarchy of <paramref name="metric"/> without <paramref name="excluded"/>.</summary>
    internal EdgeSearch.Found? SearchCustomized(SnapResult from, SnapResult to, RouteMetric metric, RoadClassSet excluded, AvoidArea? avoided = null, CustomWeights? custom = null) =>
        EliminationTreeQuery.Run(Customized(metric, excluded, avoided, custom), from, to);

    /// <summary>
    /// The customizable hierarchy with <paramref name="metric"/> applied and <paramref name="excluded"/> removed, from a
    /// bounded cache (<see cref="CustomizationCache.Capacity"/> metrics; the least recently used is dropped).
    /// </summary>
    public CustomizedHierarchy Customized(RouteMetric metric, RoadClassSet excluded) => Customized(metric, excluded, null);

    /// <summary>As <see cref="Customized(RouteMetric, RoadClassSet)"/>, with the edges touching or entering <paramref name="avoided"/> (null: none) removed too; cached by the areas' key.</summary>
    public CustomizedHierarchy Customized(RouteMetric metric, RoadClassSet excluded, AvoidArea? avoided) => Customized(metric, excluded, avoided, null);

    /// <summary>As <see cref="Customized(RouteMetric, RoadClassSet, AvoidArea?)"/>, with <paramref name="custom"/> weights (null: none); cached by their <see cref="CustomWeights.Key"/>.</summary>
    /// <exception cref="InvalidCustomWeightsException">A rule names a way key the network's import did not keep (<see cref="RoadNetwork.KeptWayKeys"/>); names the rule and the key.</exception>
    public CustomizedHierarchy Customized(RouteMetric metric, RoadClassSet excluded, AvoidArea? avoided, CustomWeights? custom)
    {
        CustomizationCache cache = LazyInitializer.EnsureInitialized(ref _customizations, () => new CustomizationCache(this));
        return cache.Get(metric, excluded, avoided, custom);
    }

    /// <summary>The number of customizations cached for this graph (at most <see cref="CustomizationCache.Capacity"/>).</summary>
    public int CustomizationCount => _customizations?.Count ?? 0;
}
