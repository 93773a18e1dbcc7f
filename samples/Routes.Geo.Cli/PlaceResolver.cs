using System.Globalization;
using Routes.Geo.History;

namespace Routes.Geo.Cli;

/// <summary>Turns a command-line place ("lat,lon" or a site name from the encirclement model) into a coordinate and a label.</summary>
internal static class PlaceResolver
{
    public static (GeoPoint Point, string Label) Resolve(string text, string role)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon))
        {
            return (new GeoPoint(lat, lon, $"--{role} {text}"), text);
        }

        Site site = EncirclementModel.Load().FindSite(text);
        GeoPoint point = site.Coordinate.Verified
            ?? throw new UsageException($"Site '{site.Name}' has no verified coordinate ({site.Coordinate.Status}): {site.Coordinate.Note ?? "see the fact sheet"}. Give --{role} as \"lat,lon\".");
        return (point, site.Name);
    }
}

/// <summary>A command-line mistake, reported with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
