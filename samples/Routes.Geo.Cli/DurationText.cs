using System.Globalization;
using System.Text.RegularExpressions;

namespace Routes.Geo.Cli;

/// <summary>Durations as people type them: "6h", "7h30m", "90m", "6:30".</summary>
internal static partial class DurationText
{
    public static TimeSpan Parse(string text, string option)
    {
        Match m = HoursMinutes().Match(text.Trim());
        if (m.Success && (m.Groups["h"].Success || m.Groups["m"].Success))
        {
            double hours = m.Groups["h"].Success ? double.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            double minutes = m.Groups["m"].Success ? double.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes);
        }

        return TimeSpan.TryParseExact(text.Trim(), [@"h\:mm", @"hh\:mm"], CultureInfo.InvariantCulture, out TimeSpan clock)
            ? clock
            : throw new UsageException($"{option} '{text}' is not a duration; write it like 6h, 7h30m, 90m or 6:30.");
    }

    [GeneratedRegex(@"^(?:(?<h>\d+(?:\.\d+)?)\s*h)?\s*(?:(?<m>\d+)\s*m(?:in)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HoursMinutes();
}
