namespace Routes.Geo.Encirclement;

/// <summary>A site and its geodesic distance on the WGS84 ellipsoid from a point asked about.</summary>
/// <param name="Site">The site; its coordinate is verified.</param>
/// <param name="Metres">Length of the shortest geodesic from the point to the site, in metres.</param>
public readonly record struct SiteDistance(Site Site, double Metres);
