using System.Globalization;
using System.Text;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>Small road networks written by the tests themselves as GeoJSON (WGS84).</summary>
internal static class TestRoads
{
    public const double Latitude = 50.6;
    public const double StartLongitude = 3.0;

    /// <summary>A straight east-bound chain of <paramref name="count"/> residential streets "Rue 1".."Rue N", each <paramref name="stepDegrees"/> of longitude long.</summary>
    public static string Chain(int count, double stepDegrees)
    {
        var json = new StringBuilder("""{"type":"FeatureCollection","features":[""");
        for (int i = 0; i < count; i++)
        {
            // Rounded so that neighbours share exactly the same coordinate, which is how lines join.
            double west = Math.Round(StartLongitude + (i * stepDegrees), 7), east = Math.Round(StartLongitude + ((i + 1) * stepDegrees), 7);
            json.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture,
                $$$"""{"type":"Feature","properties":{"osm_id":{{{i + 1}}},"highway":"residential","name":"Rue {{{i + 1}}}"},"geometry":{"type":"LineString","coordinates":[[{{{west}}},{{{Latitude}}}],[{{{east}}},{{{Latitude}}}]]}}""");
        }

        return json.Append("]}").ToString();
    }

    /// <summary>"lat,lon" of the point <paramref name="degreesEast"/> east of the chain's start.</summary>
    public static string Point(double degreesEast) =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude},{StartLongitude + degreesEast}");
}
