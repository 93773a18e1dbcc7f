using System.Globalization;

namespace Routes.Geo.Server.Osrm;

/// <summary>The coordinates part of an OSRM URL: <c>{lon},{lat};{lon},{lat}...</c>, <c>polyline(...)</c> or <c>polyline6(...)</c>.</summary>
internal static class OsrmCoordinates
{
    public static GeoPoint[] Parse(string text)
    {
        if (Wrapped(text, "polyline6(") is { } encoded6)
        {
            return Checked(Polyline.Decode(encoded6, 1e6), text);
        }

        if (Wrapped(text, "polyline(") is { } encoded)
        {
            return Checked(Polyline.Decode(encoded, 1e5), text);
        }

        string[] pairs = text.Split(';');
        var points = new GeoPoint[pairs.Length];
        for (int i = 0; i < pairs.Length; i++)
        {
            string[] parts = pairs[i].Split(',');
            if (parts.Length != 2 || !TryNumber(parts[0], out double lon) || !TryNumber(parts[1], out double lat))
            {
                throw new OsrmException(OsrmCodes.InvalidUrl, $"Coordinate {i} '{OsrmRequestParser.Shorten(pairs[i])}' is not {{longitude}},{{latitude}} in decimal degrees.");
            }

            points[i] = Point(lat, lon, i);
        }

        return points;
    }

    private static string? Wrapped(string text, string prefix) =>
        text.StartsWith(prefix, StringComparison.Ordinal) && text.EndsWith(')') ? text[prefix.Length..^1] : null;

    private static GeoPoint[] Checked(GeoPoint[]? points, string text)
    {
        if (points is null || points.Length == 0)
        {
            throw new OsrmException(OsrmCodes.InvalidUrl, $"'{OsrmRequestParser.Shorten(text)}' is not a valid encoded polyline of at least one coordinate.");
        }

        for (int i = 0; i < points.Length; i++)
        {
            _ = Point(points[i].Latitude, points[i].Longitude, i);
        }

        return points;
    }

    private static GeoPoint Point(double lat, double lon, int index)
    {
        if (!GeoPoint.IsValid(lat, lon))
        {
            throw new OsrmException(OsrmCodes.InvalidValue, FormattableString.Invariant(
                $"Coordinate {index} has longitude {lon} and latitude {lat}: a longitude must be within -180..180 and a latitude within -90..90 (the order is longitude,latitude)."));
        }

        return new GeoPoint(lat, lon);
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
