using System.Globalization;

namespace Routes.Geo.Profiles;

/// <summary>Helpers that read OpenStreetMap tag values the way the wiki defines them.</summary>
public static class TagReading
{
    /// <summary>Returns the value of <paramref name="key"/>, or null when absent or empty.</summary>
    public static string? Get(this IReadOnlyDictionary<string, string> tags, string key)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return tags.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    /// <summary>
    /// Reads a oneway-style value: +1 for "yes"/"true"/"1", -1 for "-1"/"reverse", 0 for "no"/"false"/"0",
    /// null when absent or not understood. "reversible" and "alternating" are reported through
    /// <paramref name="isReversible"/> because their direction changes with time.
    /// </summary>
    public static int? ReadOneway(string? value, out bool isReversible)
    {
        isReversible = false;
        switch (value?.ToUpperInvariant())
        {
            case "YES" or "TRUE" or "1":
                return 1;
            case "-1" or "REVERSE":
                return -1;
            case "NO" or "FALSE" or "0":
                return 0;
            case "REVERSIBLE" or "ALTERNATING":
                isReversible = true;
                return null;
            default:
                return null;
        }
    }

    /// <summary>
    /// Parses a <c>maxspeed</c> value into km/h: numbers ("50"), miles ("30 mph"), knots, "walk",
    /// and the French implicit values ("FR:urban" 50, "FR:rural" 80, "FR:motorway" 130, "FR:zone30" 30).
    /// Returns null for "none", "signals", "variable" or anything not understood.
    /// </summary>
    public static double? ParseMaxSpeedKmh(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string v = value.Trim().ToUpperInvariant();
        switch (v)
        {
            case "WALK":
                return 6;
            case "FR:URBAN" or "BE:URBAN" or "DE:URBAN":
                return 50;
            case "FR:RURAL" or "DE:RURAL":
                return 80;
            case "BE:RURAL" or "BE-VLG:RURAL":
                return 70;
            case "FR:MOTORWAY":
                return 130;
            case "BE:MOTORWAY" or "NL:MOTORWAY":
                return 120;
            case "FR:ZONE30" or "FR:ZONE:30" or "DE:ZONE30" or "BE:ZONE30":
                return 30;
            case "FR:WALK" or "DE:LIVING_STREET" or "BE:LIVING_STREET":
                return 6;
        }

        // Several values separated by ';' mean different lanes or times: take the lowest.
        double? lowest = null;
        foreach (string part in v.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            double? kmh = ParseSingleSpeed(part);
            if (kmh is > 0 && (lowest is null || kmh < lowest))
            {
                lowest = kmh;
            }
        }

        return lowest;
    }

    private static double? ParseSingleSpeed(string part)
    {
        double factor = 1;
        string number = part;
        if (part.EndsWith("MPH", StringComparison.Ordinal))
        {
            factor = 1.609344;
            number = part[..^3];
        }
        else if (part.EndsWith("KNOTS", StringComparison.Ordinal))
        {
            factor = 1.852;
            number = part[..^5];
        }
        else if (part.EndsWith("KM/H", StringComparison.Ordinal) || part.EndsWith("KMH", StringComparison.Ordinal))
        {
            number = part[..part.IndexOf('K', StringComparison.Ordinal)];
        }

        return double.TryParse(number.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double n) && n > 0 && n < 400
            ? n * factor
            : null;
    }

    /// <summary>
    /// Parses an OSM <c>duration</c> value ("hh:mm", "hh:mm:ss", "mm", or ISO 8601 "PT1H30M") into seconds.
    /// Returns null when absent or not understood.
    /// </summary>
    public static double? ParseDurationSeconds(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string v = value.Trim();
        if (v.StartsWith('P'))
        {
            try
            {
                double iso = System.Xml.XmlConvert.ToTimeSpan(v).TotalSeconds;
                return iso > 0 && double.IsFinite(iso) ? iso : null;
            }
            catch (Exception e) when (e is FormatException or OverflowException)
            {
                return null;
            }
        }

        string[] parts = v.Split(':');
        double seconds = 0;
        double[] scale = parts.Length switch { 1 => [60], 2 => [3600, 60], 3 => [3600, 60, 1], _ => [] };
        if (scale.Length == 0)
        {
            return null;
        }

        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out double n) || n < 0)
            {
                return null;
            }

            seconds += n * scale[i];
        }

        return seconds > 0 && double.IsFinite(seconds) ? seconds : null;
    }
}
