using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Operation.Valid;

namespace Routes.Geo.Routing.Customizable;

/// <summary>
/// Areas a route must not enter, from GeoJSON Polygons or MultiPolygons (a bare geometry, a Feature or a FeatureCollection
/// of them; longitude, latitude in WGS84, holes allowed). An edge whose geometry touches or enters an area, drawn as
/// straight lines between its points in longitude and latitude as GeoJSON draws them, is left out of the request, and no
/// point snaps onto it. Validated when made: each ring closed, at least 4 positions, coordinates in range, no
/// self-intersection (NetTopologySuite's validity). Immutable; thread-safe.
/// </summary>
public sealed class AvoidArea
{
    private static readonly GeometryFactory Factory = new();
    private readonly Polygon[] _polygons;
    private readonly IPreparedGeometry _prepared;

    private AvoidArea(Polygon[] polygons)
    {
        _polygons = polygons;
        Geometry all = polygons.Length == 1 ? polygons[0] : Factory.CreateMultiPolygon(polygons);
        _prepared = PreparedGeometryFactory.Prepare(all);
        Key = KeyOf(polygons);
    }

    /// <summary>Number of polygons.</summary>
    public int PolygonCount => _polygons.Length;

    /// <summary>A digest of every coordinate: requests avoiding equal areas share one customization.</summary>
    public string Key { get; }

    /// <summary>Reads areas from GeoJSON text.</summary>
    /// <param name="json">A Polygon or MultiPolygon geometry, a Feature with one, or a FeatureCollection of such Features.</param>
    /// <param name="source">What to call the text in errors (a file name), or null.</param>
    /// <returns>The areas.</returns>
    /// <exception cref="InvalidAreaException">The text is not JSON, not such GeoJSON, or a polygon is invalid; the message names which and why.</exception>
    public static AvoidArea FromGeoJson(string json, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        string where = source is null ? "Area" : $"Area '{source}'";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidAreaException($"{where}: not JSON ({e.Message}).", e);
        }

        using (document)
        {
            var polygons = new List<Polygon>();
            Read(document.RootElement, where, polygons);
            if (polygons.Count == 0)
            {
                throw new InvalidAreaException($"{where}: no Polygon or MultiPolygon in it.");
            }

            return new AvoidArea([.. polygons]);
        }
    }

    /// <summary>Reads areas from a GeoJSON file; see <see cref="FromGeoJson"/>.</summary>
    /// <exception cref="InvalidAreaException">The file cannot be read or holds no valid area; the message names the file.</exception>
    public static AvoidArea Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidAreaException($"Area '{path}': cannot be read ({e.Message}).", e);
        }

        return FromGeoJson(text, path);
    }

    /// <summary>These areas and <paramref name="other"/>'s together.</summary>
    public AvoidArea With(AvoidArea other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new AvoidArea([.. _polygons, .. other._polygons]);
    }

    /// <summary>Whether the line through <paramref name="lat"/>/<paramref name="lon"/> (degrees) touches or enters an area.</summary>
    internal bool Touches(ReadOnlySpan<double> lat, ReadOnlySpan<double> lon)
    {
        var coordinates = new Coordinate[lat.Length];
        for (int i = 0; i < coordinates.Length; i++)
        {
            coordinates[i] = new Coordinate(lon[i], lat[i]);
        }

        Geometry line = coordinates.Length == 1 ? Factory.CreatePoint(coordinates[0]) : Factory.CreateLineString(coordinates);
        return _prepared.Intersects(line);
    }

    /// <summary>Per edge of <paramref name="graph"/>'s network: whether its geometry touches or enters an area.</summary>
    internal bool[] EdgesTouched(RoutingGraph graph)
    {
        RoadNetwork n = graph.Network;
        Envelope box = _prepared.Geometry.EnvelopeInternal;
        var touched = new bool[n.EdgeCount];
        for (int e = 0; e < n.EdgeCount; e++)
        {
            int first = n.EdgeGeometryStart[e], end = n.EdgeGeometryStart[e + 1];
            ReadOnlySpan<double> lat = n.PointLat.AsSpan(first, end - first), lon = n.PointLon.AsSpan(first, end - first);
            // Most edges lie wholly outside the areas' bounding box.
            if (Envelope(lat, lon).Intersects(box))
            {
                touched[e] = Touches(lat, lon);
            }
        }

        return touched;
    }

    private static Envelope Envelope(ReadOnlySpan<double> lat, ReadOnlySpan<double> lon)
    {
        var envelope = new Envelope();
        for (int i = 0; i < lat.Length; i++)
        {
            envelope.ExpandToInclude(lon[i], lat[i]);
        }

        return envelope;
    }

    private static void Read(JsonElement element, string where, List<Polygon> polygons)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out JsonElement type) || type.ValueKind != JsonValueKind.String)
        {
            throw new InvalidAreaException($"{where}: expected a GeoJSON object with a \"type\".");
        }

        switch (type.GetString())
        {
            case "FeatureCollection":
                if (!element.TryGetProperty("features", out JsonElement features) || features.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidAreaException($"{where}: a FeatureCollection needs a \"features\" array.");
                }

                int f = 0;
                foreach (JsonElement feature in features.EnumerateArray())
                {
                    Read(feature, $"{where}, feature {f++}", polygons);
                }

                break;
            case "Feature":
                if (!element.TryGetProperty("geometry", out JsonElement geometry))
                {
                    throw new InvalidAreaException($"{where}: a Feature needs a \"geometry\".");
                }

                Read(geometry, where, polygons);
                break;
            case "Polygon":
                polygons.Add(PolygonOf(Coordinates(element, where), $"{where}, polygon {polygons.Count}"));
                break;
            case "MultiPolygon":
                foreach (JsonElement polygon in Arrays(Coordinates(element, where), $"{where}: MultiPolygon coordinates"))
                {
                    polygons.Add(PolygonOf(polygon, $"{where}, polygon {polygons.Count}"));
                }

                break;
            default:
                throw new InvalidAreaException($"{where}: type '{type.GetString()}' is not an area; give a Polygon or MultiPolygon.");
        }
    }

    private static JsonElement Coordinates(JsonElement geometry, string where) =>
        geometry.TryGetProperty("coordinates", out JsonElement coordinates) && coordinates.ValueKind == JsonValueKind.Array
            ? coordinates
            : throw new InvalidAreaException($"{where}: a {geometry.GetProperty("type").GetString()} needs a \"coordinates\" array.");

    private static JsonElement.ArrayEnumerator Arrays(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray() : throw new InvalidAreaException($"{what}: expected an array.");

    private static Polygon PolygonOf(JsonElement rings, string where)
    {
        var linear = new List<LinearRing>();
        foreach (JsonElement ring in Arrays(rings, where))
        {
            linear.Add(RingOf(ring, $"{where}, ring {linear.Count}"));
        }

        if (linear.Count == 0)
        {
            throw new InvalidAreaException($"{where}: no rings.");
        }

        Polygon polygon = Factory.CreatePolygon(linear[0], [.. linear.Skip(1)]);
        TopologyValidationError? error = new IsValidOp(polygon).ValidationError;
        if (error is not null)
        {
            throw new InvalidAreaException(string.Create(
                CultureInfo.InvariantCulture, $"{where}: {error.Message.ToLowerInvariant()} at longitude {error.Coordinate?.X}, latitude {error.Coordinate?.Y}."));
        }

        return polygon;
    }

    private static LinearRing RingOf(JsonElement ring, string where)
    {
        var coordinates = new List<Coordinate>();
        foreach (JsonElement position in Arrays(ring, where))
        {
            string at = $"{where}, position {coordinates.Count}";
            if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
            {
                throw new InvalidAreaException($"{at}: expected [longitude, latitude] numbers, got {position.GetRawText()}.");
            }

            double lon = position[0].GetDouble(), lat = position[1].GetDouble();
            if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90))
            {
                throw new InvalidAreaException(string.Create(CultureInfo.InvariantCulture, $"{at}: longitude {lon}, latitude {lat} is out of range."));
            }

            coordinates.Add(new Coordinate(lon, lat));
        }

        if (coordinates.Count < 4)
        {
            throw new InvalidAreaException($"{where}: {coordinates.Count} positions; a ring needs at least 4 (the first repeated last).");
        }

        if (!coordinates[0].Equals2D(coordinates[^1]))
        {
            throw new InvalidAreaException($"{where}: open ring (the last position differs from the first).");
        }

        return Factory.CreateLinearRing([.. coordinates]);
    }

    private static string KeyOf(Polygon[] polygons)
    {
        var text = new StringBuilder();
        foreach (Polygon polygon in polygons)
        {
            text.Append('P');
            foreach (LineString ring in (LineString[])[polygon.ExteriorRing, .. polygon.InteriorRings])
            {
                text.Append('R');
                foreach (Coordinate c in ring.Coordinates)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{c.X:R},{c.Y:R};");
                }
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
