using System.Text.RegularExpressions;

namespace Routes.Geo.Encirclement;

/// <summary>Checks on source citations: every record names one, and Liberation Route POIs are cited as URLs.</summary>
internal static partial class SourceRules
{
    public const string LiberationRoutePrefix = "https://www.liberationroute.com/pois/";

    public static IReadOnlyList<string> Required(JsonRecord record, string field)
    {
        IReadOnlyList<string> sources = record.Strings(field);
        if (sources.Count == 0)
        {
            throw record.Error($"missing source: field '{field}' must list at least one source");
        }

        foreach (string source in sources)
        {
            Check(record, source);
        }

        return sources;
    }

    public static string RequiredSingle(JsonRecord record, string field)
    {
        string source = record.OptionalString(field)
            ?? throw record.Error($"missing source: field '{field}' must name where the value comes from");
        Check(record, source);
        return source;
    }

    private static void Check(JsonRecord record, string source)
    {
        // A bare "LR 2482" cannot be followed by a reader; the sheet's URL form can.
        if (ShortLiberationRoute().IsMatch(source))
        {
            throw record.Error($"source '{source}' must be written as a URL: {LiberationRoutePrefix}NNNN");
        }

        if (source.StartsWith(LiberationRoutePrefix, StringComparison.Ordinal) && !LiberationRouteUrl().IsMatch(source))
        {
            throw record.Error($"source '{source}' is not of the form {LiberationRoutePrefix}NNNN");
        }
    }

    [GeneratedRegex(@"^LR\s*\d+$")]
    private static partial Regex ShortLiberationRoute();

    [GeneratedRegex(@"^https://www\.liberationroute\.com/pois/\d+$")]
    private static partial Regex LiberationRouteUrl();
}
