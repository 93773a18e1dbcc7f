using System.Text.Json;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Osrm;

/// <summary>Writes OSRM v5 response objects (route, leg, step, waypoint, geometry) with a Utf8JsonWriter, no reflection.</summary>
internal static class OsrmJson
{
    /// <summary>The weight OSRM reports; ours is the travel time of the fastest metric.</summary>
    public const string WeightName = "duration";

    public static void Error(Utf8JsonWriter json, string code, string message)
    {
        json.WriteStartObject();
        json.WriteString("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
    }

    public static void Route(Utf8JsonWriter json, JsonBuffer buffer, ServedRoute route, OsrmRequest request)
    {
        json.WriteStartObject();
        if (request.Overview != Overview.None)
        {
            GeoPoint[] full = Joined(route.Legs);
            json.WritePropertyName("geometry");
            Geometry(json, buffer, request.Overview == Overview.Simplified ? Simplifier.Simplify(full) : full, request.Geometries);
        }

        json.WriteStartArray("legs");
        foreach (ServedLeg leg in route.Legs)
        {
            Leg(json, buffer, leg, request);
        }

        json.WriteEndArray();
        json.WriteString("weight_name", WeightName);
        Figures(json, route.DurationSeconds, route.DistanceMetres);
        if (route.Legs.All(l => l.ClimbMetres is not null))
        {
            Climb(json, route.Legs.Sum(l => l.ClimbMetres!.Value.Ascent), route.Legs.Sum(l => l.ClimbMetres!.Value.Descent));
        }

        json.WriteEndObject();
    }

    /// <summary>Opens a waypoint object and writes its fields; the caller adds its own and closes it.</summary>
    public static void StartWaypoint(Utf8JsonWriter json, ServedWaypoint waypoint, bool hint)
    {
        json.WriteStartObject();
        if (hint)
        {
            json.WriteString("hint", Hint(waypoint));
        }

        json.WriteNumber("distance", Round(waypoint.DistanceMetres, 6));
        json.WriteString("name", waypoint.Name);
        json.WritePropertyName("location");
        Location(json, waypoint.Location);
    }

    public static void Location(Utf8JsonWriter json, GeoPoint point)
    {
        json.WriteStartArray();
        json.WriteNumberValue(Round(point.Longitude, 6));
        json.WriteNumberValue(Round(point.Latitude, 6));
        json.WriteEndArray();
    }

    /// <summary>OSRM rounds its figures to a tenth (of a metre, a second).</summary>
    public static double Tenth(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static void Leg(Utf8JsonWriter json, JsonBuffer buffer, ServedLeg leg, OsrmRequest request)
    {
        json.WriteStartObject();
        json.WriteStartArray("steps");
        foreach (ServedStep step in leg.Steps)
        {
            Step(json, buffer, leg, step, request);
        }

        json.WriteEndArray();
        json.WriteString("summary", leg.Summary);
        Figures(json, leg.DurationSeconds, leg.DistanceMetres);
        if (leg.ClimbMetres is { } climb)
        {
            Climb(json, climb.Ascent, climb.Descent);
        }
        if (request.Annotations != Annotations.None)
        {
            Annotation(json, leg, request.Annotations);
        }

        json.WriteEndObject();
    }

    private static void Step(Utf8JsonWriter json, JsonBuffer buffer, ServedLeg leg, ServedStep step, OsrmRequest request)
    {
        json.WriteStartObject();
        json.WritePropertyName("geometry");
        ReadOnlySpan<GeoPoint> line = leg.Geometry.AsSpan(step.First, step.Last - step.First + 1);
        Geometry(json, buffer, line.Length >= 2 ? line : [line[0], line[0]], request.Geometries);
        json.WriteStartObject("maneuver");
        json.WriteNumber("bearing_after", step.BearingAfter);
        json.WriteNumber("bearing_before", step.BearingBefore);
        json.WritePropertyName("location");
        Location(json, step.Location);
        if (step.Modifier is not null)
        {
            json.WriteString("modifier", step.Modifier);
        }

        json.WriteString("type", step.Type);
        if (step.Exit is { } exit)
        {
            json.WriteNumber("exit", exit);
        }

        json.WriteEndObject();
        json.WriteString("mode", Mode(request.Mode));
        json.WriteString("driving_side", "right");
        json.WriteString("name", step.Name);
        Intersection(json, step);
        Figures(json, step.DurationSeconds, step.DistanceMetres);
        json.WriteString("routes_geo_instruction", step.Text);
        json.WriteEndObject();
    }

    // The maneuver's own intersection: the road in (reversed) and the road out, the only ones the step model knows.
    private static void Intersection(Utf8JsonWriter json, ServedStep step)
    {
        json.WriteStartArray("intersections");
        json.WriteStartObject();
        json.WritePropertyName("location");
        Location(json, step.Location);
        int? inBearing = step.Type == "depart" ? null : (step.BearingBefore + 180) % 360;
        int? outBearing = step.Type == "arrive" ? null : step.BearingAfter;
        json.WriteStartArray("bearings");
        bool inFirst = inBearing is { } a && (outBearing is not { } b || a <= b);
        if (inFirst)
        {
            json.WriteNumberValue(inBearing!.Value);
        }

        if (outBearing is { } o)
        {
            json.WriteNumberValue(o);
        }

        if (!inFirst && inBearing is { } late)
        {
            json.WriteNumberValue(late);
        }

        json.WriteEndArray();
        json.WriteStartArray("entry");
        if (inBearing is not null)
        {
            json.WriteBooleanValue(inFirst ? false : true);
        }

        if (outBearing is not null)
        {
            json.WriteBooleanValue(inFirst || inBearing is null);
        }

        json.WriteEndArray();
        if (inBearing is not null)
        {
            json.WriteNumber("in", inFirst || outBearing is null ? 0 : 1);
        }

        if (outBearing is not null)
        {
            json.WriteNumber("out", inFirst ? 1 : 0);
        }

        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void Annotation(Utf8JsonWriter json, ServedLeg leg, Annotations wanted)
    {
        json.WriteStartObject("annotation");
        if (wanted.HasFlag(Annotations.Distance))
        {
            Numbers(json, "distance", leg.SegmentMetres, 1);
        }

        if (wanted.HasFlag(Annotations.Duration))
        {
            Numbers(json, "duration", leg.SegmentSeconds, 1);
        }

        if (wanted.HasFlag(Annotations.Weight))
        {
            Numbers(json, "weight", leg.SegmentSeconds, 1);
        }

        if (wanted.HasFlag(Annotations.Speed))
        {
            json.WriteStartArray("speed");
            for (int i = 0; i < leg.SegmentMetres.Length; i++)
            {
                json.WriteNumberValue(leg.SegmentSeconds[i] > 0 ? Tenth(leg.SegmentMetres[i] / leg.SegmentSeconds[i]) : 0);
            }

            json.WriteEndArray();
        }

        if (wanted.HasFlag(Annotations.Datasources))
        {
            json.WriteStartArray("datasources");
            for (int i = 0; i < leg.SegmentMetres.Length; i++)
            {
                json.WriteNumberValue(0);
            }

            json.WriteEndArray();
            json.WriteStartObject("metadata");
            json.WriteStartArray("datasource_names");
            json.WriteStringValue("routes-geo profile");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void Numbers(Utf8JsonWriter json, string name, double[] values, int digits)
    {
        json.WriteStartArray(name);
        foreach (double value in values)
        {
            json.WriteNumberValue(Round(value, digits));
        }

        json.WriteEndArray();
    }

    private static void Figures(Utf8JsonWriter json, double durationSeconds, double distanceMetres)
    {
        json.WriteNumber("weight", Tenth(durationSeconds));
        json.WriteNumber("duration", Tenth(durationSeconds));
        json.WriteNumber("distance", Tenth(distanceMetres));
    }

    // Not in OSRM's API (it has no heights): metres like its "distance", present only on a network with elevation.
    private static void Climb(Utf8JsonWriter json, double ascentMetres, double descentMetres)
    {
        json.WriteNumber("ascent", Tenth(ascentMetres));
        json.WriteNumber("descent", Tenth(descentMetres));
    }

    private static void Geometry(Utf8JsonWriter json, JsonBuffer buffer, ReadOnlySpan<GeoPoint> points, GeometryFormat format)
    {
        if (format == GeometryFormat.GeoJson)
        {
            json.WriteStartObject();
            json.WriteString("type", "LineString");
            json.WriteStartArray("coordinates");
            foreach (GeoPoint p in points)
            {
                Location(json, p);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return;
        }

        buffer.Scratch.ResetWrittenCount();
        Polyline.Encode(points, format == GeometryFormat.Polyline6 ? 1e6 : 1e5, buffer.Scratch);
        json.WriteStringValue(buffer.Scratch.WrittenSpan);
    }

    private static GeoPoint[] Joined(IReadOnlyList<ServedLeg> legs)
    {
        if (legs.Count == 1)
        {
            return legs[0].Geometry;
        }

        var points = new List<GeoPoint>();
        foreach (ServedLeg leg in legs)
        {
            int start = points.Count > 0 && leg.Geometry.Length > 0 && points[^1] == leg.Geometry[0] ? 1 : 0;
            points.AddRange(leg.Geometry.AsSpan(start));
        }

        return [.. points];
    }

    private static string Mode(TravelMode mode) => mode switch
    {
        TravelMode.Driving => "driving",
        TravelMode.Walking => "walking",
        _ => "cycling",
    };

    // Not OSRM's segment hint (clients treat it as opaque and send it back): the snapped edge and offset, base64url.
    private static string Hint(ServedWaypoint waypoint)
    {
        Span<byte> bytes = stackalloc byte[8];
        BitConverter.TryWriteBytes(bytes, waypoint.Edge);
        BitConverter.TryWriteBytes(bytes[4..], (float)waypoint.OffsetMetres);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
