using System.Globalization;
using Routes.Geo.Encirclement;

namespace Routes.Geo.Cli;

/// <summary>A place of the command line: its coordinate, a label, and the model's site when it was named by one.</summary>
internal sealed record Place(GeoPoint Point, string Label, Site? Site);

/// <summary>Turns a command-line place ("lat,lon" or a site name from the encirclement model) into a <see cref="Place"/>.</summary>
internal static class PlaceResolver
{
    public static Place Resolve(string text, string role)
    {
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon))
        {
            return new Place(new GeoPoint(lat, lon, $"--{role} {text}"), text, null);
        }

        Site site = EncirclementModel.Load().FindSite(text);
        return new Place(VerifiedPoint(site, $"--{role}"), site.Name, site);
    }

    public static GeoPoint VerifiedPoint(Site site, string option) =>
        site.Coordinate.Verified
        ?? throw new UsageException($"Site '{site.Name}' has no verified coordinate ({site.Coordinate.Status.ToString().ToUpperInvariant()}): {site.Coordinate.Note ?? "see the fact sheet"}. Give {option} as \"lat,lon\" or choose another site.");
}

/// <summary>A command-line mistake, reported with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
