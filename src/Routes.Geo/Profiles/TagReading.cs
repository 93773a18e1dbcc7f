using System.Globalization;

namespace Routes.Geo.Profiles;

/// <summary>Helpers that read OpenStreetMap tag values the way the wiki defines them.</summary>
public static partial class TagReading
{
    /// <summary>Returns the value of <paramref name="key"/>, or null when absent or empty.</summary>
    internal static string? Get(this IReadOnlyDictionary<string, string> tags, string key)
    {
        ArgumentNullException.ThrowIfNull(tags);
        return tags.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
    }

    /// <summary>
    /// Reads a oneway-style value: +1 for "yes"/"true"/"1", -1 for "-1"/"reverse", 0 for "no"/"false"/"0",
    /// null when absent or not understood. "reversible" is reported through <paramref name="isReversible"/>
    /// (its direction changes a few times a day, so it is not routable); "alternating" (both directions
    /// take turns within minutes, as at road works) is null, so the way is two-way unless a one-way is implied.
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
            case "REVERSIBLE":
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
        return TryParseMaxSpeedKmh(value, out double? kmh) ? kmh : null;
    }

    /// <summary>
    /// Parses a <c>maxspeed</c> value as <see cref="ParseMaxSpeedKmh"/> does, telling a value that sets no limit
    /// ("none", "signals", "variable", absent: true with a null speed) from one not understood ("fast": false).
    /// </summary>
    public static bool TryParseMaxSpeedKmh(string? value, out double? kmh)
    {
        kmh = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        string v = value.Trim().ToUpperInvariant();
        switch (v)
        {
            case "NONE" or "SIGNALS" or "VARIABLE" or "NO":
                return true;
            case "WALK":
                kmh = 6;
                return true;
            case "FR:URBAN" or "BE:URBAN" or "DE:URBAN":
                kmh = 50;
                return true;
            case "FR:RURAL" or "DE:RURAL":
                kmh = 80;
                return true;
            case "BE:RURAL" or "BE-VLG:RURAL":
                kmh = 70;
                return true;
            case "FR:MOTORWAY":
                kmh = 130;
                return true;
            case "BE:MOTORWAY" or "NL:MOTORWAY":
                kmh = 120;
                return true;
            case "FR:ZONE30" or "FR:ZONE:30" or "DE:ZONE30" or "BE:ZONE30":
                kmh = 30;
                return true;
            case "FR:WALK" or "DE:LIVING_STREET" or "BE:LIVING_STREET":
                kmh = 6;
                return true;
        }

        // Several values separated by ';' mean different lanes or times: take the lowest.
        foreach (string part in v.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            double? single = ParseSingleSpeed(part);
            if (single is null)
            {
                kmh = null;
                return false;
            }

            kmh = kmh is null ? single : Math.Min(kmh.Value, single.Value);
        }

        return kmh is not null;
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
