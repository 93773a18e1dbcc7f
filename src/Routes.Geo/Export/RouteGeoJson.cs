using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Routes.Geo.Elevation;
using Routes.Geo.Export;
using Routes.Geo.Instructions;

namespace Routes.Geo;

/// <summary>
/// Writes routes as RFC 7946 GeoJSON through NetTopologySuite.IO.GeoJSON4STJ: a FeatureCollection
/// with one LineString Feature per route, longitude/latitude order, no <c>crs</c> member, a <c>bbox</c>,
/// coordinates rounded to 7 decimals (about 1 cm), and the OpenStreetMap attribution.
/// An entry with <see cref="Entry.Instructions"/> adds one Point Feature per instruction after its route:
/// GIS tools open them as a point layer beside the line (QGIS offers both sublayers), with each
/// instruction's text as a plain field, which a nested array property would not give.
/// </summary>
public static class RouteGeoJson
{
    /// <summary>A labelled route to export: <paramref name="FromName"/> and <paramref name="ToName"/> name its ends in the file.</summary>
    public sealed record Entry(Route Route, string FromName, string ToName)
    {
        /// <summary>
        /// Turn-by-turn instructions of <see cref="Route"/> (from <see cref="RouteInstructions.For"/>) to write
        /// after it as Point Features; null (the default) writes the route alone.
        /// </summary>
        public IReadOnlyList<Instruction>? Instructions { get; init; }
    }

    /// <summary>
    /// Builds the Feature of one route: its LineString and properties profile, metric, length_m, duration_s, from, to, roads, legs;
    /// on a network with elevation, positions carry their altitude (a third value, metres, where known) and the properties
    /// ascent_m, descent_m and elevation_coverage.
    /// </summary>
    public static IFeature ToFeature(Route route, string fromName, string toName)
    {
        ArgumentNullException.ThrowIfNull(route);
        LineString line = GeoJsonOutput.Factory.CreateLineString(RouteElevationExport.Coordinates(route));
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
        RouteElevationExport.AddProperties(route, attributes);
        return GeoJsonOutput.Feature(line, attributes);
    }

    /// <summary>
    /// Builds one Point Feature per instruction, at its location, with properties route (<paramref name="routeIndex"/>),
    /// step (0-based order), kind (snake_case: depart, slight_left, u_turn, roundabout, waypoint, arrive ...),
    /// text, distance_m and duration_s (to the next instruction), road (null when unnamed) and exit (roundabouts, else null).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="instructions"/> is null.</exception>
    public static IEnumerable<IFeature> ToInstructionFeatures(IReadOnlyList<Instruction> instructions, int routeIndex = 0)
    {
        ArgumentNullException.ThrowIfNull(instructions);
        return instructions.Select((instruction, step) => (IFeature)GeoJsonOutput.Feature(
            GeoJsonOutput.Point(instruction.Location),
            new AttributesTable
            {
                { "route", routeIndex },
                { "step", step },
                { "kind", SnakeCase(instruction.Kind.ToString()) },
                { "text", instruction.Text },
                { "distance_m", Math.Round(instruction.DistanceMetres, 1) },
                { "duration_s", Math.Round(instruction.DurationSeconds, 1) },
                { "road", instruction.RoadName },
                { "exit", instruction.ExitNumber },
            }));
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
        return GeoJsonOutput.Collection(routes.SelectMany((e, index) =>
            e.Instructions is null
                ? [ToFeature(e.Route, e.FromName, e.ToName)]
                : ToInstructionFeatures(e.Instructions, index).Prepend(ToFeature(e.Route, e.FromName, e.ToName))));
    }

    // SlightLeft -> slight_left, UTurn -> u_turn.
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
