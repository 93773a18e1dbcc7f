namespace Routes.Geo.Encirclement;

/// <summary>A site passed by a route.</summary>
/// <param name="Site">The site.</param>
/// <param name="OffsetMetres">Distance along the route from its start to <paramref name="Nearest"/>, metres on the ellipsoid.</param>
/// <param name="DistanceMetres">Ellipsoidal distance from the site to <paramref name="Nearest"/>.</param>
/// <param name="Nearest">The route's point nearest to the site.</param>
public sealed record SiteOnRoute(Site Site, double OffsetMetres, double DistanceMetres, GeoPoint Nearest);

/// <summary>The sites a route passes, and those that could not be placed.</summary>
/// <param name="Passed">Sites within the distance, in the order the route passes them.</param>
/// <param name="WithoutVerifiedCoordinate">Sites given whose coordinate is unverified or conflicting, so they were not placed.</param>
public sealed record SitesAlongRouteResult(IReadOnlyList<SiteOnRoute> Passed, IReadOnlyList<Site> WithoutVerifiedCoordinate);
