namespace Routes.Geo.Storage;

/// <summary>Whether <see cref="SavedNetwork.Save(string, Routing.RoutingGraph, CustomizableSaving, RouteMetric[])"/> stores the graph's customizable hierarchy.</summary>
public enum CustomizableSaving
{
    /// <summary>Stored when it has been prepared already (<see cref="Routing.RoutingGraph.PrepareCustomizable"/> was called, or the graph was opened with one); the default.</summary>
    IfPrepared,

    /// <summary>Prepared now when it is not yet (ordering takes seconds to minutes on large networks), then stored.</summary>
    Prepare,

    /// <summary>Not stored, even when prepared: a smaller file, and each process that needs it orders again.</summary>
    Omit,
}
