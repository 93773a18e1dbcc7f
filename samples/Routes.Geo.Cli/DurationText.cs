using System.Globalization;
using System.Text.RegularExpressions;

namespace Routes.Geo.Cli;

/// <summary>Durations as people type them ("6h", "7h30m", "90m", "6:30") and as every command prints them ("1 h 05 min").</summary>
internal static partial class DurationText
{
    /// <summary>The longest duration an option takes: a day.</summary>
    public static readonly TimeSpan OneDay = TimeSpan.FromHours(24);

    /// <summary>
    /// Reads <paramref name="text"/> as hours and minutes between <paramref name="min"/> and <paramref name="max"/>;
    /// throws <see cref="UsageException"/> naming <paramref name="option"/> when it is not a duration or out of that range.
    /// </summary>
    public static TimeSpan Parse(string text, string option, TimeSpan min, TimeSpan max)
    {
        double minutes = TotalMinutes(text.Trim())
            ?? throw new UsageException($"{option} '{text}' is not a duration; write it like 6h, 7h30m, 90m or 6:30.");

        // Checked before any TimeSpan is made: a huge number of hours would overflow it.
        if (minutes < min.TotalMinutes || minutes > max.TotalMinutes)
        {
            throw new UsageException($"{option} '{text}' is out of range: give between {Format(min.TotalSeconds)} and {Format(max.TotalSeconds)}.");
        }

        return TimeSpan.FromMinutes(minutes);
    }

    /// <summary>A duration in seconds rounded to the nearest minute: "12 min", "1 h 05 min", "&lt; 1 min" under half a minute.</summary>
    public static string Format(double seconds)
    {
        if (!double.IsFinite(seconds))
        {
            return "no route";
        }

        long minutes = (long)Math.Round(seconds / 60, MidpointRounding.AwayFromZero);
        return minutes switch
        {
            0 when seconds > 0 => "< 1 min",
            >= 60 => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60:00} min"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{minutes} min"),
        };
    }

    private static double? TotalMinutes(string text)
    {
        Match m = HoursMinutes().Match(text);
        if (m.Success && (m.Groups["h"].Success || m.Groups["m"].Success))
        {
            // Digits only, so these parse; a long run of them reads as a large or infinite number, caught by the range check.
            double hours = m.Groups["h"].Success ? double.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            double minutes = m.Groups["m"].Success ? double.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            return (hours * 60) + minutes;
        }

        return TimeSpan.TryParseExact(text, [@"h\:mm", @"hh\:mm"], CultureInfo.InvariantCulture, out TimeSpan clock) ? clock.TotalMinutes : null;
    }

    [GeneratedRegex(@"^(?:(?<h>\d+(?:\.\d+)?)\s*h)?\s*(?:(?<m>\d+)\s*m(?:in)?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HoursMinutes();
}
