using System.Text.Json;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Osrm;

/// <summary>Answers a parsed OSRM request from the engine, writing the whole response object.</summary>
internal static class OsrmService
{
    public static void Answer(RoutingEngine engine, OsrmRequest request, JsonBuffer buffer)
    {
        switch (request.Service)
        {
            case "route":
                Route(engine, request, buffer);
                break;
            case "table":
                Table(engine, request, buffer.Writer);
                break;
            case "trip":
                Trip(engine, request, buffer);
                break;
            default:
                Nearest(engine, request, buffer.Writer);
                break;
        }
    }

    private static void Route(RoutingEngine engine, OsrmRequest request, JsonBuffer buffer)
    {
        IReadOnlyList<ServedRoute> routes = engine.Routes(request.Mode, request.Coordinates, request.Radiuses, request.Steps, request.Annotations != Annotations.None,
            request.Language, request.Exclude, request.Alternatives, request.Constraints, request.Avoid, request.Weights);
        Utf8JsonWriter json = buffer.Writer;
        json.WriteStartObject();
        json.WriteString("code", "Ok");
        json.WriteStartArray("routes");
        foreach (ServedRoute route in routes)
        {
            OsrmJson.Route(json, buffer, route, request);
        }

        json.WriteEndArray();
        if (!request.SkipWaypoints)
        {
            json.WriteStartArray("waypoints");
            foreach (ServedWaypoint waypoint in routes[0].Waypoints)
            {
                OsrmJson.StartWaypoint(json, waypoint, request.GenerateHints);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Nearest(RoutingEngine engine, OsrmRequest request, Utf8JsonWriter json)
    {
        // number=N: up to N candidates on distinct roads, nearest first.
        IReadOnlyList<ServedWaypoint> waypoints = engine.Nearest(request.Mode, request.Coordinates[0], request.Radiuses[0], request.Number, request.Constraints[0], request.Exclude);
        json.WriteStartObject();
        json.WriteString("code", "Ok");
        json.WriteStartArray("waypoints");
        foreach (ServedWaypoint waypoint in waypoints)
        {
            OsrmJson.StartWaypoint(json, waypoint, request.GenerateHints);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Table(RoutingEngine engine, OsrmRequest request, Utf8JsonWriter json)
    {
        int count = request.Coordinates.Length;
        int[] sources = request.Sources ?? [.. Enumerable.Range(0, count)];
        int[] destinations = request.Destinations ?? [.. Enumerable.Range(0, count)];
        var snapped = new ServedWaypoint?[count];
        double maxRadius = 0;
        foreach (int i in sources.Concat(destinations))
        {
            snapped[i] ??= engine.Snap(request.Mode, request.Coordinates[i], request.Radiuses[i], i, request.Constraints[i]);
            maxRadius = Math.Max(maxRadius, request.Radiuses[i]);
        }

        ServedTable table = engine.Table(request.Mode, [.. sources.Select(i => request.Coordinates[i])], [.. destinations.Select(i => request.Coordinates[i])], maxRadius,
            [.. sources.Select(i => request.Constraints[i])], [.. destinations.Select(i => request.Constraints[i])], request.Exclude);
        var fallback = new List<(int Row, int Column)>();
        bool any = false;
        for (int s = 0; s < sources.Length; s++)
        {
            for (int d = 0; d < destinations.Length; d++)
            {
                int k = (s * destinations.Length) + d;
                if (double.IsNaN(table.DurationSeconds[k]) && request.FallbackSpeed is { } speed)
                {
                    GeoPoint from = request.FallbackFromSnapped ? snapped[sources[s]]!.Location : request.Coordinates[sources[s]];
                    GeoPoint to = request.FallbackFromSnapped ? snapped[destinations[d]]!.Location : request.Coordinates[destinations[d]];
                    table.DistanceMetres[k] = RoutingEngine.DistanceMetres(from, to);
                    table.DurationSeconds[k] = table.DistanceMetres[k] / speed;
                    fallback.Add((s, d));
                }

                table.DurationSeconds[k] *= request.ScaleFactor;
                any |= !double.IsNaN(table.DurationSeconds[k]);
            }
        }

        if (!any)
        {
            throw new OsrmException(OsrmCodes.NoTable, $"No route found between any of the {sources.Length} sources and {destinations.Length} destinations.");
        }

        json.WriteStartObject();
        json.WriteString("code", "Ok");
        if (request.TableDurations)
        {
            Matrix(json, "durations", table.DurationSeconds, sources.Length, destinations.Length);
        }

        if (request.TableDistances)
        {
            Matrix(json, "distances", table.DistanceMetres, sources.Length, destinations.Length);
        }

        if (fallback.Count > 0)
        {
            json.WriteStartArray("fallback_speed_cells");
            foreach ((int row, int column) in fallback)
            {
                json.WriteStartArray();
                json.WriteNumberValue(row);
                json.WriteNumberValue(column);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        if (!request.SkipWaypoints)
        {
            Waypoints(json, "sources", sources, snapped, request.GenerateHints);
            Waypoints(json, "destinations", destinations, snapped, request.GenerateHints);
        }

        json.WriteEndObject();
    }

    private static void Trip(RoutingEngine engine, OsrmRequest request, JsonBuffer buffer)
    {
        int count = request.Coordinates.Length;
        for (int i = 0; i < count; i++)
        {
            _ = engine.Snap(request.Mode, request.Coordinates[i], request.Radiuses[i], i, request.Constraints[i]);
        }

        int[] order = engine.TripOrder(request.Mode, request.Coordinates, request.Radiuses.Max(), request.RoundTrip, request.SourceFirst, request.DestinationLast,
            request.Constraints, request.Exclude);
        int[] stops = request.RoundTrip ? [.. order, order[0]] : order;
        ServedRoute trip;
        try
        {
            trip = engine.Route(request.Mode, [.. stops.Select(i => request.Coordinates[i])], [.. stops.Select(i => request.Radiuses[i])],
                request.Steps, request.Annotations != Annotations.None, request.Language, [.. stops.Select(i => request.Constraints[i])], request.Exclude);
        }
        catch (OsrmException e) when (e.Code == OsrmCodes.NoRoute)
        {
            throw new OsrmException(OsrmCodes.NoTrips, e.Message);
        }

        Utf8JsonWriter json = buffer.Writer;
        json.WriteStartObject();
        json.WriteString("code", "Ok");
        json.WriteStartArray("trips");
        OsrmJson.Route(json, buffer, trip, request);
        json.WriteEndArray();
        if (!request.SkipWaypoints)
        {
            var position = new int[count];
            for (int p = 0; p < order.Length; p++)
            {
                position[order[p]] = p;
            }

            json.WriteStartArray("waypoints");
            for (int i = 0; i < count; i++)
            {
                OsrmJson.StartWaypoint(json, trip.Waypoints[position[i]], request.GenerateHints);
                json.WriteNumber("waypoint_index", position[i]);
                json.WriteNumber("trips_index", 0);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Matrix(Utf8JsonWriter json, string name, double[] values, int rows, int columns)
    {
        json.WriteStartArray(name);
        for (int r = 0; r < rows; r++)
        {
            json.WriteStartArray();
            for (int c = 0; c < columns; c++)
            {
                double value = values[(r * columns) + c];
                if (double.IsNaN(value))
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteNumberValue(OsrmJson.Tenth(value));
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void Waypoints(Utf8JsonWriter json, string name, int[] indices, ServedWaypoint?[] snapped, bool hints)
    {
        json.WriteStartArray(name);
        foreach (int i in indices)
        {
            OsrmJson.StartWaypoint(json, snapped[i]!, hints);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
