using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Routes.Geo.Export;

namespace Routes.Geo.Elevation;

/// <summary>What a route's heights add to its exports: altitudes (RFC 7946 allows a third position value) and climb properties.</summary>
internal static class RouteElevationExport
{
    /// <summary>The route's positions, with the altitude rounded to 0.1 m where known (NaN, hence left out, elsewhere).</summary>
    public static Coordinate[] Coordinates(Route route)
    {
        IReadOnlyList<double>? heights = route.GeometryElevationMetres;
        var coordinates = new Coordinate[route.Geometry.Count];
        for (int i = 0; i < coordinates.Length; i++)
        {
            GeoPoint p = route.Geometry[i];
            double lon = GeoJsonOutput.Round(p.Longitude), lat = GeoJsonOutput.Round(p.Latitude);
            coordinates[i] = heights is null ? new Coordinate(lon, lat) : new CoordinateZ(lon, lat, Math.Round(heights[i], 1));
        }

        return coordinates;
    }

    /// <summary>ascent_m, descent_m (0.1 m) and elevation_coverage (the share of the length with heights, 0 to 1), on a network with elevation only.</summary>
    public static void AddProperties(Route route, AttributesTable attributes)
    {
        if (route.GeometryElevationMetres is null)
        {
            return;
        }

        attributes.Add("ascent_m", Math.Round(route.AscentMetres, 1));
        attributes.Add("descent_m", Math.Round(route.DescentMetres, 1));
        attributes.Add("elevation_coverage", Math.Round(route.ElevationCoverage ?? 0, 3));
    }
}
