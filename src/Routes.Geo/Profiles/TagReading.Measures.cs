using System.Globalization;
using System.Text.RegularExpressions;

namespace Routes.Geo.Profiles;

/// <summary>Reading of the size and weight limits <c>maxheight</c>, <c>maxwidth</c>, <c>maxlength</c>, <c>maxweight</c>.</summary>
public static partial class TagReading
{
    // Values that name no number: the wiki's "no limit signed" forms; below_default has no number to compare with.
    private static readonly HashSet<string> NoLimitValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "default", "no_sign", "no-sign", "unsigned", "no_indications", "below_default",
    };

    /// <summary>
    /// Parses a length limit (<c>maxheight</c>, <c>maxwidth</c>, <c>maxlength</c>) into metres: "2.5", "2.5 m",
    /// "250 cm", feet and inches ("6'6\"", "6'", "6 ft 6 in"). "none", "default", "unsigned", "below_default" set no
    /// limit (true with null), as does an absent value; false when the value is not understood ("very low", "2,5").
    /// </summary>
    public static bool TryParseMetres(string? value, out double? metres)
    {
        metres = null;
        if (string.IsNullOrWhiteSpace(value) || NoLimitValues.Contains(value.Trim()))
        {
            return true;
        }

        string v = value.Trim();
        Match m = MetricLength().Match(v);
        if (m.Success)
        {
            metres = Number(m.Groups["n"]) * (m.Groups["unit"].Value.Equals("cm", StringComparison.OrdinalIgnoreCase) ? 0.01 : 1);
        }
        else if ((m = ImperialLength().Match(v)).Success)
        {
            double inches = m.Groups["in"].Success ? Number(m.Groups["in"]) : 0;
            metres = (Number(m.Groups["ft"]) * 12 + inches) * 0.0254;
        }

        if (metres is > 0 && double.IsFinite(metres.Value))
        {
            return true;
        }

        metres = null;
        return false;
    }

    /// <summary>
    /// Parses a weight limit (<c>maxweight</c>) into tonnes: "3.5", "3.5 t", "3500 kg", "8000 lbs", "5 st" (short tons).
    /// "none", "default", "unsigned" set no limit (true with null), as does an absent value; false when not understood.
    /// </summary>
    public static bool TryParseTonnes(string? value, out double? tonnes)
    {
        tonnes = null;
        if (string.IsNullOrWhiteSpace(value) || NoLimitValues.Contains(value.Trim()))
        {
            return true;
        }

        Match m = Weight().Match(value.Trim());
        if (m.Success)
        {
            double factor = m.Groups["unit"].Value.ToUpperInvariant() switch
            {
                "KG" => 0.001,
                "LBS" or "LB" => 0.00045359237,
                "ST" => 0.90718474,
                _ => 1,
            };
            tonnes = Number(m.Groups["n"]) * factor;
        }

        if (tonnes is > 0 && double.IsFinite(tonnes.Value))
        {
            return true;
        }

        tonnes = null;
        return false;
    }

    private static double Number(Group g) => double.Parse(g.Value, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<unit>m|cm)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetricLength();

    [GeneratedRegex(@"^(?<ft>\d+(\.\d+)?)\s*('|ft)\s*((?<in>\d+(\.\d+)?)\s*(""|''|in))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImperialLength();

    [GeneratedRegex(@"^(?<n>\d+(\.\d+)?)\s*(?<unit>t|kg|lbs|lb|st)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weight();
}
