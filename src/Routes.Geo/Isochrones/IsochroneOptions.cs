using Routes.Geo.Routing;

namespace Routes.Geo.Isochrones;

/// <summary>Choices for <see cref="Isochrone.Compute(RoutingGraph, GeoPoint, IReadOnlyList{TimeSpan}, IsochroneOptions?)"/>; every one has a default.</summary>
public sealed record IsochroneOptions
{
    /// <summary>How the polygon is drawn; null for <see cref="IsochroneShape.For"/> of the graph's profile.</summary>
    public IsochroneShape? Shape { get; init; }

    /// <summary>The search; <see cref="IsochroneSearch.Auto"/> by default.</summary>
    public IsochroneSearch Search { get; init; } = IsochroneSearch.Auto;

    /// <summary>Largest distance from the origin to its road, metres.</summary>
    public double MaxSnapMetres { get; init; } = RouteRequest.DefaultMaxSnapMetres;
}
