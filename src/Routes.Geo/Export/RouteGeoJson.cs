using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Routes.Geo.Routing;

namespace Routes.Geo.Export;

/// <summary>
/// Writes routes as RFC 7946 GeoJSON through NetTopologySuite.IO.GeoJSON4STJ: a FeatureCollection
/// with one LineString Feature per route, longitude/latitude order, no <c>crs</c> member, a <c>bbox</c>,
/// coordinates rounded to 7 decimals (about 1 cm), and the OpenStreetMap attribution.
/// </summary>
public static class RouteGeoJson
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(1e7), 4326);

    /// <summary>A labelled route to export: <paramref name="FromName"/> and <paramref name="ToName"/> name its ends in the file.</summary>
    public sealed record Entry(Route Route, string FromName, string ToName);

    /// <summary>Builds the Feature of one route: its LineString and properties profile, metric, length_m, duration_s, from, to, roads, legs.</summary>
    public static IFeature ToFeature(Route route, string fromName, string toName)
    {
        ArgumentNullException.ThrowIfNull(route);
        var line = Factory.CreateLineString([.. route.Geometry.Select(p => new Coordinate(Round(p.Longitude), Round(p.Latitude)))]);
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
        return new Feature(line, attributes) { BoundingBox = line.EnvelopeInternal };
    }

    /// <summary>Serialises the routes as a GeoJSON FeatureCollection string.</summary>
    public static string ToGeoJson(IEnumerable<Entry> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var collection = new FeatureCollection();
        foreach (Entry entry in routes)
        {
            collection.Add(ToFeature(entry.Route, entry.FromName, entry.ToName));
        }

        var bbox = new Envelope();
        foreach (IFeature feature in collection)
        {
            bbox.ExpandToInclude(feature.Geometry.EnvelopeInternal);
        }

        collection.BoundingBox = bbox;
        return JsonSerializer.Serialize(collection, CreateOptions());
    }

    /// <summary>Writes the routes to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    /// <exception cref="ExportException">The file cannot be written; the previous content, if any, is untouched.</exception>
    public static void Write(string path, IEnumerable<Entry> routes)
    {
        string json = ToGeoJson(routes);
        AtomicFile.Write(path, stream => stream.Write(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    private static double Round(double degrees) => Math.Round(degrees, 7);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { WriteIndented = false };
        // RFC 7946: counter-clockwise exterior rings, and a bbox on every geometry.
        options.Converters.Add(new GeoJsonConverterFactory(Factory, writeGeometryBBox: true, idPropertyName: "id", RingOrientationOption.EnforceRfc9746));
        return options;
    }
}
