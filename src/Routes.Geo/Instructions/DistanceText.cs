using System.Globalization;

namespace Routes.Geo.Instructions;

/// <summary>
/// Distances as a traveller reads them: 5 m steps below 100 m, 10 m steps below 1 km, then km with
/// one decimal (none from 10 km). The decimal separator is given, since the process culture is invariant.
/// </summary>
internal static class DistanceText
{
    public static string Format(double metres, char decimalSeparator)
    {
        double m = Math.Max(0, metres);
        double rounded = m < 100 ? Math.Round(m / 5) * 5 : Math.Round(m / 10) * 10;
        if (rounded < 1000)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{rounded:0} m");
        }

        double km = m < 10_000 ? Math.Round(m / 100) / 10 : Math.Round(m / 1000);
        string text = km.ToString(km == Math.Floor(km) ? "0" : "0.0", CultureInfo.InvariantCulture);
        return text.Replace('.', decimalSeparator) + " km";
    }
}
