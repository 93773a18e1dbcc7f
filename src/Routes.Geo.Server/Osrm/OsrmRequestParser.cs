using System.Globalization;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Osrm;

/// <summary>
/// Reads <c>/{service}/v1/{profile}/{coordinates}[.json]?option=value&amp;...</c> as the OSRM HTTP API v5 documents it.
/// Every problem is an <see cref="OsrmException"/> whose code says which kind and whose message names the part.
/// </summary>
internal static class OsrmRequestParser
{
    private static readonly string[] Services = ["route", "table", "nearest", "trip"];

    private static readonly string[] General = ["bearings", "radiuses", "generate_hints", "hints", "approaches", "exclude", "snapping", "skip_waypoints"];

    private static readonly Dictionary<string, string[]> ServiceOptions = new()
    {
        ["route"] = ["alternatives", "steps", "annotations", "geometries", "overview", "continue_straight", "language"],
        ["trip"] = ["roundtrip", "source", "destination", "steps", "annotations", "geometries", "overview", "language"],
        ["table"] = ["sources", "destinations", "annotations", "fallback_speed", "fallback_coordinate", "scale_factor"],
        ["nearest"] = ["number"],
    };

    public static OsrmRequest Parse(string path, string query, ServerOptions limits)
    {
        if (query.Length > limits.MaxQueryStringBytes)
        {
            throw new OsrmException(OsrmCodes.TooBig, $"The query string is {query.Length} bytes long, more than the server's limit of {limits.MaxQueryStringBytes}.");
        }

        string[] parts = path.TrimStart('/').Split('/', 4);
        if (parts.Length < 4 || parts[3].Length == 0)
        {
            throw new OsrmException(OsrmCodes.InvalidUrl, $"URL '{Shorten(path)}' is not /{{service}}/v1/{{profile}}/{{coordinates}}, e.g. /route/v1/driving/7.4197,43.7311;7.4246,43.7384.");
        }

        string service = parts[0];
        if (!Services.Contains(service))
        {
            throw new OsrmException(OsrmCodes.InvalidService, service is "match" or "tile"
                ? $"Service '{service}' is not served here; this server answers route, table, nearest and trip."
                : $"Service '{Shorten(service)}' is unknown; use route, table, nearest or trip.");
        }

        if (parts[1] != "v1")
        {
            throw new OsrmException(OsrmCodes.InvalidVersion, $"Version '{Shorten(parts[1])}' is not served; use v1.");
        }

        TravelMode mode = parts[2] switch
        {
            "driving" or "car" => TravelMode.Driving,
            "walking" or "foot" => TravelMode.Walking,
            "cycling" or "bike" or "bicycle" => TravelMode.Cycling,
            _ => throw new OsrmException(OsrmCodes.InvalidUrl, $"Profile '{Shorten(parts[2])}' is unknown; use driving (car), walking (foot) or cycling (bike, bicycle)."),
        };

        GeoPoint[] coordinates = OsrmCoordinates.Parse(StripFormat(parts[3]));
        CheckCount(service, coordinates.Length, limits);
        Dictionary<string, string> options = OsrmQueryString.Parse(query, service, [.. General, .. ServiceOptions[service]]);
        var request = new OsrmRequest
        {
            Service = service,
            Mode = mode,
            Coordinates = coordinates,
            Radiuses = Radiuses(options, coordinates.Length, limits),
            Constraints = [.. Enumerable.Repeat(SnapConstraint.None, coordinates.Length)],
        };
        ReadGeneral(options, request);
        switch (service)
        {
            case "route" or "trip":
                ReadRouteLike(options, request);
                if (service == "trip")
                {
                    ReadTrip(options, request);
                }

                break;
            case "table":
                ReadTable(options, request, limits);
                break;
            default:
                ReadNearest(options, request, limits);
                break;
        }

        return request;
    }

    private static string StripFormat(string coordinates)
    {
        int dot = coordinates.LastIndexOf('.');
        if (coordinates.EndsWith(".json", StringComparison.Ordinal))
        {
            return coordinates[..^5];
        }

        // A format other than json ends in letters after the last dot: "…;7.42,43.73.flatbuffers".
        if (dot >= 0 && dot + 1 < coordinates.Length && coordinates[(dot + 1)..].All(char.IsAsciiLetter) && !coordinates.StartsWith("polyline", StringComparison.Ordinal))
        {
            throw new OsrmException(OsrmCodes.InvalidUrl, $"Format '{Shorten(coordinates[(dot + 1)..])}' is not served; only json.");
        }

        return coordinates;
    }

    private static void CheckCount(string service, int count, ServerOptions limits)
    {
        (int min, int max) = service switch
        {
            "route" => (2, limits.MaxRouteCoordinates),
            "trip" => (2, limits.MaxTripCoordinates),
            "nearest" => (1, 1),
            _ => (1, int.MaxValue),
        };
        if (service == "nearest" && count != 1)
        {
            throw new OsrmException(OsrmCodes.InvalidOptions, $"Nearest takes exactly one coordinate; {count} were given.");
        }

        if (count < min)
        {
            throw new OsrmException(OsrmCodes.InvalidOptions, $"A {service} request needs at least {min} coordinates; {count} {(count == 1 ? "was" : "were")} given.");
        }

        if (count > max)
        {
            throw new OsrmException(OsrmCodes.TooBig, $"A {service} request may have at most {max} coordinates; {count} were given.");
        }
    }

    private static double[] Radiuses(Dictionary<string, string> options, int count, ServerOptions limits)
    {
        var radiuses = new double[count];
        string[]? given = options.TryGetValue("radiuses", out string? text) ? PerCoordinate("radiuses", text, count) : null;
        for (int i = 0; i < count; i++)
        {
            string element = given?[i] ?? "";
            radiuses[i] = element.Length == 0 ? limits.DefaultRadiusMetres
                : element == "unlimited" ? limits.MaxRadiusMetres
                : ParseDouble("radiuses", element, i);
            if (radiuses[i] < 0)
            {
                throw new OsrmException(OsrmCodes.InvalidValue, $"radiuses: the radius of coordinate {i} is {element}; it must be >= 0 or 'unlimited'.");
            }

            if (radiuses[i] > limits.MaxRadiusMetres)
            {
                throw new OsrmException(OsrmCodes.InvalidValue, FormattableString.Invariant($"radiuses: the radius of coordinate {i} is {element} m, more than the server's limit of {limits.MaxRadiusMetres} m ('unlimited' means that limit)."));
            }
        }

        return radiuses;
    }

    private static void ReadGeneral(Dictionary<string, string> options, OsrmRequest request)
    {
        int count = request.Coordinates.Length;
        if (options.TryGetValue("bearings", out string? bearings))
        {
            string[] elements = PerCoordinate("bearings", bearings, count);
            for (int i = 0; i < count; i++)
            {
                if (elements[i].Length == 0)
                {
                    continue;
                }

                (int value, int range) = Bearing(elements[i])
                    ?? throw new OsrmException(OsrmCodes.InvalidValue, $"bearings: '{Shorten(elements[i])}' (coordinate {i}) is not {{value}},{{range}} with value 0..360 and range 0..180.");
                request.Constraints[i] = request.Constraints[i].WithHeading(value, range);
            }
        }

        if (options.TryGetValue("hints", out string? hints))
        {
            _ = PerCoordinate("hints", hints, count);
        }

        if (options.TryGetValue("approaches", out string? approaches))
        {
            string[] elements = PerCoordinate("approaches", approaches, count);
            for (int i = 0; i < count; i++)
            {
                request.Constraints[i] = elements[i] switch
                {
                    "" or "unrestricted" => request.Constraints[i],
                    "curb" => request.Constraints[i].WithApproach(Approach.Curb),
                    "opposite" => request.Constraints[i].WithApproach(Approach.Opposite),
                    _ => throw new OsrmException(OsrmCodes.InvalidValue, $"approaches: '{Shorten(elements[i])}' (coordinate {i}) is not curb, unrestricted or opposite."),
                };
            }
        }

        if (options.TryGetValue("exclude", out string? exclude) && exclude.Length > 0)
        {
            request.Exclude = Exclusions(exclude);
        }

        if (options.TryGetValue("snapping", out string? snapping) && snapping is not ("default" or "any"))
        {
            throw new OsrmException(OsrmCodes.InvalidValue, $"snapping: '{Shorten(snapping)}' is not default or any.");
        }

        request.GenerateHints = Bool(options, "generate_hints", true);
        request.SkipWaypoints = Bool(options, "skip_waypoints", false);
    }

    private static void ReadRouteLike(Dictionary<string, string> options, OsrmRequest request)
    {
        request.Steps = Bool(options, "steps", false);
        request.Alternatives = AlternativeCount(options.GetValueOrDefault("alternatives", "false"));

        if (options.TryGetValue("continue_straight", out string? straight) && straight is not ("default" or "true" or "false"))
        {
            throw new OsrmException(OsrmCodes.InvalidValue, $"continue_straight: '{Shorten(straight)}' is not default, true or false.");
        }

        request.Geometries = options.GetValueOrDefault("geometries", "polyline") switch
        {
            "polyline" => GeometryFormat.Polyline,
            "polyline6" => GeometryFormat.Polyline6,
            "geojson" => GeometryFormat.GeoJson,
            string other => throw new OsrmException(OsrmCodes.InvalidValue, $"geometries: '{Shorten(other)}' is not polyline, polyline6 or geojson."),
        };
        request.Overview = options.GetValueOrDefault("overview", "simplified") switch
        {
            "simplified" => Overview.Simplified,
            "full" => Overview.Full,
            "false" => Overview.None,
            string other => throw new OsrmException(OsrmCodes.InvalidValue, $"overview: '{Shorten(other)}' is not simplified, full or false."),
        };
        request.Annotations = RouteAnnotations(options.GetValueOrDefault("annotations", "false"));
        string language = options.GetValueOrDefault("language", "en");
        string primary = language.Split('-', '_')[0].ToLowerInvariant();
        if (primary is not ("en" or "fr" or "nl"))
        {
            throw new OsrmException(OsrmCodes.InvalidValue, $"language: '{Shorten(language)}' is not one of en, fr, nl.");
        }

        request.Language = primary;
    }

    // OSRM's exclude: class names joined by commas; route, table and trip apply them (on the customizable hierarchy), nearest too.
    private static RoadClassSet Exclusions(string text)
    {
        RoadClassSet classes;
        try
        {
            classes = RoadClassSet.Parse(text);
        }
        catch (UnknownRoadClassException e)
        {
            throw new OsrmException(OsrmCodes.InvalidValue, $"exclude: class '{Shorten(e.Name)}' is unknown; classes: {string.Join(", ", RoadClassSet.Names)}.");
        }

        return classes;
    }

    // As OSRM reads it: true = one alternative, false = none, a number = that many (capped by the library's maximum).
    private static int AlternativeCount(string text)
    {
        if (text is "true" or "false")
        {
            return text == "true" ? 1 : 0;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
        {
            throw new OsrmException(OsrmCodes.InvalidValue, $"alternatives: '{Shorten(text)}' is not true, false or a number >= 0.");
        }

        if (n > AlternativeRoutes.MaxCount)
        {
            throw new OsrmException(OsrmCodes.TooBig, $"alternatives: {n} is more than this server's maximum of {AlternativeRoutes.MaxCount}.");
        }

        return n;
    }

    private static Annotations RouteAnnotations(string text)
    {
        if (text == "true")
        {
            return Annotations.Duration | Annotations.Distance | Annotations.Speed | Annotations.Weight | Annotations.Nodes | Annotations.Datasources;
        }

        if (text == "false")
        {
            return Annotations.None;
        }

        Annotations result = Annotations.None;
        foreach (string name in text.Split(','))
        {
            result |= name switch
            {
                "duration" => Annotations.Duration,
                "distance" => Annotations.Distance,
                "speed" => Annotations.Speed,
                "weight" => Annotations.Weight,
                "nodes" => Annotations.Nodes,
                "datasources" => Annotations.Datasources,
                _ => throw new OsrmException(OsrmCodes.InvalidValue, $"annotations: '{Shorten(name)}' is not true, false or a list of duration, distance, speed, weight, nodes, datasources."),
            };
        }

        return result;
    }

    private static void ReadTrip(Dictionary<string, string> options, OsrmRequest request)
    {
        request.RoundTrip = Bool(options, "roundtrip", true);
        request.SourceFirst = options.GetValueOrDefault("source", "any") switch
        {
            "any" => false,
            "first" => true,
            string other => throw new OsrmException(OsrmCodes.InvalidValue, $"source: '{Shorten(other)}' is not any or first."),
        };
        request.DestinationLast = options.GetValueOrDefault("destination", "any") switch
        {
            "any" => false,
            "last" => true,
            string other => throw new OsrmException(OsrmCodes.InvalidValue, $"destination: '{Shorten(other)}' is not any or last."),
        };
    }

    private static void ReadTable(Dictionary<string, string> options, OsrmRequest request, ServerOptions limits)
    {
        int count = request.Coordinates.Length;
        request.Sources = Indices(options, "sources", count);
        request.Destinations = Indices(options, "destinations", count);
        long cells = (long)(request.Sources?.Length ?? count) * (request.Destinations?.Length ?? count);
        if (cells > (long)limits.MaxTableSize * limits.MaxTableSize)
        {
            throw new OsrmException(OsrmCodes.TooBig, $"A table may have at most {limits.MaxTableSize}x{limits.MaxTableSize} cells; this one has {request.Sources?.Length ?? count}x{request.Destinations?.Length ?? count}.");
        }

        string annotations = options.GetValueOrDefault("annotations", "duration");
        request.TableDurations = false;
        foreach (string name in annotations.Split(','))
        {
            switch (name)
            {
                case "duration":
                    request.TableDurations = true;
                    break;
                case "distance":
                    request.TableDistances = true;
                    break;
                default:
                    throw new OsrmException(OsrmCodes.InvalidValue, $"annotations: '{Shorten(name)}' is not duration or distance (a table gives those two).");
            }
        }

        if (options.TryGetValue("fallback_speed", out string? speed))
        {
            double value = ParseDouble("fallback_speed", speed, null);
            request.FallbackSpeed = value > 0 ? value : throw new OsrmException(OsrmCodes.InvalidValue, $"fallback_speed: {speed} must be a number > 0 (metres per second).");
        }

        request.FallbackFromSnapped = options.GetValueOrDefault("fallback_coordinate", "input") switch
        {
            "input" => false,
            "snapped" => true,
            string other => throw new OsrmException(OsrmCodes.InvalidValue, $"fallback_coordinate: '{Shorten(other)}' is not input or snapped."),
        };
        if (options.TryGetValue("scale_factor", out string? scale))
        {
            double value = ParseDouble("scale_factor", scale, null);
            request.ScaleFactor = value > 0 ? value : throw new OsrmException(OsrmCodes.InvalidValue, $"scale_factor: {scale} must be a number > 0.");
        }
    }

    private static void ReadNearest(Dictionary<string, string> options, OsrmRequest request, ServerOptions limits)
    {
        if (!options.TryGetValue("number", out string? text))
        {
            return;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1)
        {
            throw new OsrmException(OsrmCodes.InvalidValue, $"number: '{Shorten(text)}' is not a whole number >= 1.");
        }

        request.Number = number <= limits.MaxNearestResults ? number
            : throw new OsrmException(OsrmCodes.TooBig, $"number: {number} is more than the server's limit of {limits.MaxNearestResults} results.");
    }

    private static int[]? Indices(Dictionary<string, string> options, string name, int count)
    {
        if (!options.TryGetValue(name, out string? text) || text == "all")
        {
            return null;
        }

        string[] elements = text.Split(';');
        var indices = new int[elements.Length];
        for (int i = 0; i < elements.Length; i++)
        {
            if (!int.TryParse(elements[i], NumberStyles.None, CultureInfo.InvariantCulture, out indices[i]))
            {
                throw new OsrmException(OsrmCodes.InvalidValue, $"{name}: '{Shorten(elements[i])}' is not 'all' or a coordinate index.");
            }

            if (indices[i] >= count)
            {
                throw new OsrmException(OsrmCodes.InvalidOptions, $"{name}: index {indices[i]} names no coordinate; there are {count} (0..{count - 1}).");
            }
        }

        return indices;
    }

    private static string[] PerCoordinate(string name, string text, int count)
    {
        string[] elements = text.Split(';');
        return elements.Length == count ? elements
            : throw new OsrmException(OsrmCodes.InvalidValue, $"{name}: {elements.Length} {(elements.Length == 1 ? "element" : "elements")} for {count} coordinates; give one per coordinate (an empty one keeps the default).");
    }

    private static bool Bool(Dictionary<string, string> options, string name, bool byDefault) =>
        !options.TryGetValue(name, out string? text) ? byDefault
        : text switch
        {
            "true" => true,
            "false" => false,
            _ => throw new OsrmException(OsrmCodes.InvalidValue, $"{name}: '{Shorten(text)}' is not true or false."),
        };

    private static (int Value, int Range)? Bearing(string element)
    {
        string[] parts = element.Split(',');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value <= 360
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int range) && range <= 180
            ? (value, range) : null;
    }

    private static double ParseDouble(string name, string text, int? coordinate)
    {
        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : throw new OsrmException(OsrmCodes.InvalidValue, coordinate is { } i ? $"{name}: '{Shorten(text)}' (coordinate {i}) is not a number." : $"{name}: '{Shorten(text)}' is not a number.");
    }

    /// <summary>A piece of the request quoted in a message, cut so a huge input does not make a huge answer.</summary>
    internal static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
