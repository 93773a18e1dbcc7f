namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// The customized metrics of one graph, keyed by metric, excluded classes and avoided areas (<see cref="AvoidArea.Key"/>), least recently used dropped beyond
/// <see cref="Capacity"/>; a customization that throws caches nothing. Thread-safe: one customization per key at a time.
/// </summary>
public sealed class CustomizationCache
{
    /// <summary>Most customized metrics kept per graph (each holds three numbers per chordal edge direction).</summary>
    public const int Capacity = 8;

    private readonly RoutingGraph _graph;
    private readonly LinkedList<(RouteMetric Metric, RoadClassSet Excluded, string AreaKey, Lazy<CustomizedHierarchy> Value)> _entries = new();
    private readonly object _gate = new();

    internal CustomizationCache(RoutingGraph graph) => _graph = graph;

    /// <summary>Number of cached customizations.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    internal CustomizedHierarchy Get(RouteMetric metric, RoadClassSet excluded, AvoidArea? avoided = null, CustomWeights? custom = null)
    {
        Lazy<CustomizedHierarchy> value;
        // Areas and rules share the key's text: an area key is hex, a rules key starts with "|".
        string areaKey = (avoided?.Key ?? "") + (custom is null || custom.Rules.Count == 0 ? "" : "|" + custom.Key);
        lock (_gate)
        {
            LinkedListNode<(RouteMetric Metric, RoadClassSet Excluded, string AreaKey, Lazy<CustomizedHierarchy> Value)>? node = _entries.First;
            while (node is not null && (node.Value.Metric != metric || node.Value.Excluded != excluded || node.Value.AreaKey != areaKey))
            {
                node = node.Next;
            }

            if (node is not null)
            {
                _entries.Remove(node);
                _entries.AddFirst(node);
                value = node.Value.Value;
            }
            else
            {
                value = new Lazy<CustomizedHierarchy>(() => _graph.PrepareCustomizable().Customize(metric, excluded, avoided, custom));
                _entries.AddFirst((metric, excluded, areaKey, value));
                if (_entries.Count > Capacity)
                {
                    _entries.RemoveLast();
                }
            }
        }

        try
        {
            return value.Value;
        }
        catch
        {
            lock (_gate)
            {
                LinkedListNode<(RouteMetric Metric, RoadClassSet Excluded, string AreaKey, Lazy<CustomizedHierarchy> Value)>? node = _entries.First;
                while (node is not null && !ReferenceEquals(node.Value.Value, value))
                {
                    node = node.Next;
                }

                if (node is not null)
                {
                    _entries.Remove(node);
                }
            }

            throw;
        }
    }
}
