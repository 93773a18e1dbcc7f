using System.Globalization;
using Routes.Geo.Geodesy;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Geodesy;

/// <summary>FastDistance against Geodesic on many random pairs: the documented bounds hold.</summary>
public sealed class FastDistanceTests(ITestOutputHelper output)
{
    private static readonly Geodesic G = Geodesic.Wgs84;

    [Fact]
    public void LowerBound_RandomPairs_NeverExceedsGeodesicDistance()
    {
        var random = new Random(1944);
        double worstLooseness = 0, worstLocalLooseness = 0;
        int count = 0;
        foreach ((double lat1, double lon1, double lat2, double lon2) in Pairs(random, 40_000))
        {
            double s = G.Distance(lat1, lon1, lat2, lon2);
            double bound = FastDistance.LowerBound(lat1, lon1, lat2, lon2);
            Assert.True(bound <= s, Describe("lower bound exceeds geodesic", lat1, lon1, lat2, lon2, bound, s));
            if (s > 0)
            {
                double looseness = 1 - (bound / s);
                worstLooseness = Math.Max(worstLooseness, looseness);
                if (s <= 100_000)
                {
                    worstLocalLooseness = Math.Max(worstLocalLooseness, looseness);
                }
            }

            count++;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count} pairs: lower bound at most {worstLooseness:P4} below the geodesic ({worstLocalLooseness:P5} within 100 km)"));
        Assert.True(worstLooseness <= 0.0034);
        Assert.True(worstLocalLooseness <= 0.0001);
    }

    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(90, 0, -90, 0)]
    [InlineData(0, 0, 0, 180)]
    [InlineData(0, 0, 0, 179.5)]
    [InlineData(0, 0, 0.5, 179.5)]
    [InlineData(90, 0, 90, 180)]
    [InlineData(0, 0, 0, 1e-9)]
    [InlineData(50.9513, 1.8587, 50.95130001, 1.85870001)]
    [InlineData(89.9, -45, 89.9, 135)]
    public void LowerBound_SpecialPairs_NeverExceedsGeodesicDistance(double lat1, double lon1, double lat2, double lon2)
    {
        double bound = FastDistance.LowerBound(lat1, lon1, lat2, lon2);
        Assert.InRange(bound, 0, G.Distance(lat1, lon1, lat2, lon2));
    }

    [Fact]
    public void Haversine_RandomPairs_WithinSixTenthsOfAPercent()
    {
        var random = new Random(1066);
        double worst = 0;
        foreach ((double lat1, double lon1, double lat2, double lon2) in Pairs(random, 20_000))
        {
            double s = G.Distance(lat1, lon1, lat2, lon2);
            if (s > 1)
            {
                worst = Math.Max(worst, Math.Abs(FastDistance.Haversine(lat1, lon1, lat2, lon2) / s - 1));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"haversine: max relative error {worst:P4}"));
        Assert.True(worst <= 0.006);
    }

    [Fact]
    public void Equirectangular_ShortPairsBelow80Degrees_WithinSevenTenthsOfAPercent()
    {
        var random = new Random(1815);
        double worst = 0;
        for (int i = 0; i < 20_000; i++)
        {
            double lat1 = (random.NextDouble() * 160) - 80;
            double lon1 = (random.NextDouble() * 360) - 180;
            GeodesicDirectResult end = G.Direct(lat1, lon1, random.NextDouble() * 360, random.NextDouble() * 100_000);
            if (Math.Abs(end.Latitude) > 80)
            {
                continue;
            }

            double s = G.Distance(lat1, lon1, end.Latitude, end.Longitude);
            if (s > 1)
            {
                double approx = FastDistance.Equirectangular(lat1, lon1, end.Latitude, end.Longitude);
                worst = Math.Max(worst, Math.Abs(approx / s - 1));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"equirectangular (< 100 km, |lat| <= 80): max relative error {worst:P4}"));
        Assert.True(worst <= 0.007);
    }

    [Fact]
    public void GeoPointOverloads_EqualDoubles()
    {
        var a = new GeoPoint(50.7264, 1.6139);
        var b = new GeoPoint(50.9513, 1.8587);
        Assert.Equal(FastDistance.LowerBound(50.7264, 1.6139, 50.9513, 1.8587), FastDistance.LowerBound(a, b));
        Assert.Equal(FastDistance.Haversine(50.7264, 1.6139, 50.9513, 1.8587), FastDistance.Haversine(a, b));
    }

    /// <summary>Half the pairs anywhere on the globe, half within about 100 km of each other.</summary>
    private static IEnumerable<(double, double, double, double)> Pairs(Random random, int count)
    {
        for (int i = 0; i < count; i++)
        {
            double lat1 = Math.Asin((2 * random.NextDouble()) - 1) * 180 / Math.PI;
            double lon1 = (random.NextDouble() * 360) - 180;
            if (i % 2 == 0)
            {
                yield return (lat1, lon1, Math.Asin((2 * random.NextDouble()) - 1) * 180 / Math.PI, (random.NextDouble() * 360) - 180);
            }
            else
            {
                double scale = Math.Pow(10, -6 + (random.NextDouble() * 6));
                double lat2 = Math.Clamp(lat1 + ((random.NextDouble() - 0.5) * scale), -90, 90);
                double lon2 = lon1 + ((random.NextDouble() - 0.5) * scale);
                yield return (lat1, lon1, lat2, lon2);
            }
        }
    }

    private static string Describe(string what, double lat1, double lon1, double lat2, double lon2, double value, double geodesic) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}: ({lat1}, {lon1}) -> ({lat2}, {lon2}): {value} > {geodesic}");
}
