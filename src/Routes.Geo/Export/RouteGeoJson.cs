using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Routes.Geo.Routing;

namespace Routes.Geo.Export;

/// <summary>
/// Writes routes as RFC 7946 GeoJSON through NetTopologySuite.IO.GeoJSON4STJ: a FeatureCollection
/// with one LineString Feature per route, longitude/latitude order, no <c>crs</c> member, a <c>bbox</c>,
/// coordinates rounded to 7 decimals (about 1 cm), and the OpenStreetMap attribution.
/// </summary>
public static class RouteGeoJson
{
    /// <summary>A labelled route to export: <paramref name="FromName"/> and <paramref name="ToName"/> name its ends in the file.</summary>
    public sealed record Entry(Route Route, string FromName, string ToName);

    /// <summary>Builds the Feature of one route: its LineString and properties profile, metric, length_m, duration_s, from, to, roads, legs.</summary>
    public static IFeature ToFeature(Route route, string fromName, string toName)
    {
        ArgumentNullException.ThrowIfNull(route);
        LineString line = GeoJsonOutput.Factory.CreateLineString(
            [.. route.Geometry.Select(p => new Coordinate(GeoJsonOutput.Round(p.Longitude), GeoJsonOutput.Round(p.Latitude)))]);
        var attributes = new AttributesTable
        {
            { "profile", route.Profile },
            { "metric", route.Metric.ToString().ToLowerInvariant() },
            { "length_m", Math.Round(route.LengthMetres, 1) },
            { "duration_s", Math.Round(route.DurationSeconds, 1) },
            { "from", fromName },
            { "to", toName },
            { "roads", string.Join(" ; ", route.RoadNames) },
            { "legs", route.Legs.Count },
            { "attribution", Attribution.OpenStreetMap },
        };
        return GeoJsonOutput.Feature(line, attributes);
    }

    /// <summary>Serialises the routes as a GeoJSON FeatureCollection string.</summary>
    public static string ToGeoJson(IEnumerable<Entry> routes) => GeoJsonOutput.Serialize(Collection(routes));

    /// <summary>Writes the routes to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    /// <exception cref="ExportException">The file cannot be written; the previous content, if any, is untouched.</exception>
    public static void Write(string path, IEnumerable<Entry> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        GeoJsonOutput.Write(path, () => Collection(routes));
    }

    private static FeatureCollection Collection(IEnumerable<Entry> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return GeoJsonOutput.Collection(routes.Select(e => ToFeature(e.Route, e.FromName, e.ToName)));
    }
}
