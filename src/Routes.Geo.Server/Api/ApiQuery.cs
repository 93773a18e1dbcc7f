using System.Globalization;
using Microsoft.AspNetCore.Http;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Api;

/// <summary>Reads the own endpoints' query values; every refusal names the parameter and what it would read.</summary>
internal static class ApiQuery
{
    public static string? Text(HttpRequest request, string name)
    {
        var values = request.Query[name];
        if (values.Count > 1)
        {
            throw new ApiException(name, $"Parameter '{name}' is given {values.Count} times; give it once.", Osrm.OsrmCodes.InvalidQuery);
        }

        return values.Count == 1 ? values[0] : null;
    }

    public static string Required(HttpRequest request, string name, string example) =>
        Text(request, name) is { Length: > 0 } value ? value : throw new ApiException(name, $"Parameter '{name}' is required, e.g. {name}={example}.");

    /// <summary>A point written <c>lon,lat</c> (OSRM's order).</summary>
    public static GeoPoint Point(HttpRequest request, string name)
    {
        string text = Required(request, name, "3.0633,50.6330");
        string[] parts = text.Split(',');
        if (parts.Length != 2
            || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon)
            || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
            || !double.IsFinite(lon) || !double.IsFinite(lat) || lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            throw new ApiException(name, $"Parameter '{name}' must be 'longitude,latitude' in degrees (longitude -180..180, latitude -90..90), e.g. 3.0633,50.6330; '{text}' was given.");
        }

        return new GeoPoint(lat, lon);
    }

    public static TravelMode Mode(HttpRequest request, string name = "mode") => (Text(request, name) ?? "foot").ToUpperInvariant() switch
    {
        "FOOT" or "WALKING" => TravelMode.Walking,
        "BIKE" or "BICYCLE" or "CYCLING" => TravelMode.Cycling,
        "CAR" or "DRIVING" => TravelMode.Driving,
        _ => throw new ApiException(name, $"Parameter '{name}' must be foot, bike or car; '{Text(request, name)}' was given."),
    };

    public static string Language(HttpRequest request) => (Text(request, "language") ?? "en").ToUpperInvariant() switch
    {
        "EN" => "en",
        "FR" => "fr",
        "NL" => "nl",
        _ => throw new ApiException("language", $"Parameter 'language' must be en, fr or nl; '{Text(request, "language")}' was given."),
    };

    public static double Number(HttpRequest request, string name, double fallback, double min, double max)
    {
        string? text = Text(request, name);
        if (text is null)
        {
            return fallback;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw new ApiException(name, string.Create(CultureInfo.InvariantCulture, $"Parameter '{name}' must be a number from {min} to {max}; '{text}' was given."));
    }

    public static bool Flag(HttpRequest request, string name) => Text(request, name)?.ToUpperInvariant() switch
    {
        null or "FALSE" or "0" => false,
        "TRUE" or "1" => true,
        _ => throw new ApiException(name, $"Parameter '{name}' must be true or false; '{Text(request, name)}' was given."),
    };
}
