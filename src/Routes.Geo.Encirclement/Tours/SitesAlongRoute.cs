using Routes.Geo.Geodesy;

namespace Routes.Geo.Encirclement;

/// <summary>
/// Which sites lie within a distance of a route, in the order the route passes them. Distances are
/// WGS84 geodesics; a planar (equirectangular) test only discards segments clearly too far.
/// </summary>
public static class SitesAlongRoute
{
    private const double MetresPerDegree = 111_320;

    /// <inheritdoc cref="Find(IReadOnlyList{GeoPoint}, IEnumerable{Site}, double)"/>
    public static SitesAlongRouteResult Find(Route route, IEnumerable<Site> sites, double maxDistanceMetres)
    {
        ArgumentNullException.ThrowIfNull(route);
        return Find(route.Geometry, sites, maxDistanceMetres);
    }

    /// <summary>
    /// Finds the sites within <paramref name="maxDistanceMetres"/> of the polyline <paramref name="geometry"/>,
    /// each placed at its nearest point of the line and ordered by the distance along the line to it.
    /// </summary>
    /// <param name="geometry">The route's WGS84 polyline (<see cref="Route.Geometry"/>); at least one point.</param>
    /// <param name="sites">Candidate sites; those without a verified coordinate are reported, not placed.</param>
    /// <param name="maxDistanceMetres">Largest distance off the route, metres; non-negative.</param>
    /// <returns>The sites passed in route order (ties by name), and the sites that could not be placed.</returns>
    /// <exception cref="ArgumentException">The geometry is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The distance is negative or not finite.</exception>
    public static SitesAlongRouteResult Find(IReadOnlyList<GeoPoint> geometry, IEnumerable<Site> sites, double maxDistanceMetres)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(sites);
        if (geometry.Count == 0)
        {
            throw new ArgumentException("The route geometry has no point.", nameof(geometry));
        }

        if (!double.IsFinite(maxDistanceMetres) || maxDistanceMetres < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDistanceMetres), maxDistanceMetres, "The distance off the route must be a non-negative number of metres.");
        }

        var along = new double[geometry.Count];
        for (int i = 1; i < geometry.Count; i++)
        {
            along[i] = along[i - 1] + Geodesic.Wgs84.Distance(geometry[i - 1], geometry[i]);
        }

        var passed = new List<SiteOnRoute>();
        var unplaced = new List<Site>();
        foreach (Site site in sites.Distinct())
        {
            if (site.Coordinate.Verified is not { } point)
            {
                unplaced.Add(site);
            }
            else if (Nearest(geometry, along, point, maxDistanceMetres) is { } hit)
            {
                passed.Add(new SiteOnRoute(site, hit.Offset, hit.Distance, hit.Point));
            }
        }

        return new SitesAlongRouteResult(
            [.. passed.OrderBy(p => p.OffsetMetres).ThenBy(p => p.Site.Name, StringComparer.OrdinalIgnoreCase)], unplaced);
    }

    private static (double Offset, double Distance, GeoPoint Point)? Nearest(IReadOnlyList<GeoPoint> line, double[] along, GeoPoint site, double max)
    {
        (double Offset, double Distance, GeoPoint Point)? best = null;
        double cosLat = Math.Cos(site.Latitude * Math.PI / 180);

        // The planar margin covers the equirectangular error over route segments of a few kilometres.
        double prefilter = (max * 1.02) + 10;
        int segments = Math.Max(1, line.Count - 1);
        for (int i = 0; i < segments; i++)
        {
            GeoPoint a = line[i], b = line[Math.Min(i + 1, line.Count - 1)];
            (double ax, double ay) = Plane(a, site, cosLat);
            (double bx, double by) = Plane(b, site, cosLat);
            double dx = bx - ax, dy = by - ay, lengthSquared = (dx * dx) + (dy * dy);
            double t = lengthSquared > 0 ? Math.Clamp(-((ax * dx) + (ay * dy)) / lengthSquared, 0, 1) : 0;
            double px = ax + (t * dx), py = ay + (t * dy);
            if (Math.Sqrt((px * px) + (py * py)) > prefilter)
            {
                continue;
            }

            var nearest = new GeoPoint(a.Latitude + (t * (b.Latitude - a.Latitude)), a.Longitude + (t * (b.Longitude - a.Longitude)));
            double distance = Geodesic.Wgs84.Distance(site, nearest);
            if (distance <= max && (best is null || distance < best.Value.Distance))
            {
                double offset = along[i] + (t * (along[Math.Min(i + 1, line.Count - 1)] - along[i]));
                best = (offset, distance, nearest);
            }
        }

        return best;
    }

    // Metres east and north of the site, equirectangular at the site's latitude.
    private static (double X, double Y) Plane(GeoPoint p, GeoPoint origin, double cosLat) =>
        ((p.Longitude - origin.Longitude) * cosLat * MetresPerDegree, (p.Latitude - origin.Latitude) * MetresPerDegree);
}
