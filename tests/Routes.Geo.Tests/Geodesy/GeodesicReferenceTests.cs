using System.Globalization;
using Routes.Geo.Geodesy;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Geodesy;

/// <summary>
/// Geodesic against the 10,000 reference geodesics of GeodTest-short.dat.gz (shared data).
/// Each test asserts on every line and logs the largest error it measured.
/// </summary>
public sealed class GeodesicReferenceTests(ITestOutputHelper output)
{
    private const double MaxDistanceErrorMetres = 1e-3;
    private const double MaxAzimuthErrorDegrees = 1e-6;

    // Rounding the reference decimals to double moves each point by up to about 2.2e-9 m.
    private const double InputRoundingMetres = 5e-9;
    private static readonly Geodesic G = Geodesic.Wgs84;

    [Fact]
    public void ReferenceFile_HasTenThousandLines() => Assert.Equal(10_000, GeodTestData.Lines.Count);

    [Fact]
    public void Inverse_AllReferenceLines_DistanceWithinOneMillimetre()
    {
        var worst = new Worst();
        foreach (GeodTestLine t in GeodTestData.Lines)
        {
            GeodesicInverseResult r = G.Inverse(t.Lat1, t.Lon1, t.Lat2, t.Lon2);
            worst.Add(Math.Abs(r.DistanceMetres - t.S12), t);
        }

        output.WriteLine($"inverse s12: max error {worst}");
        Assert.True(worst.Value <= MaxDistanceErrorMetres, $"inverse s12 error {worst}");
    }

    [Fact]
    public void Distance_AllReferenceLines_EqualsInverseDistance()
    {
        foreach (GeodTestLine t in GeodTestData.Lines)
        {
            Assert.Equal(G.Inverse(t.Lat1, t.Lon1, t.Lat2, t.Lon2).DistanceMetres, G.Distance(t.Lat1, t.Lon1, t.Lat2, t.Lon2));
        }
    }

    /// <summary>
    /// Azimuths within 1e-6 degree, plus the part the input itself does not determine: the
    /// reference end points are decimals rounded to double (a few nanometres), and moving point 2
    /// by dx turns the azimuths by dx / m12 radians, so near conjugate points (m12 -> 0) the
    /// reference azimuth is only defined to that precision (the 2,000 nearly antipodal lines).
    /// </summary>
    [Fact]
    public void Inverse_AllReferenceLines_AzimuthsWithinMicrodegree()
    {
        var worst1 = new Worst();
        var worst2 = new Worst();
        var worstIllConditioned = new Worst();
        var worstIllConditionedRaw = new Worst();
        int illConditioned = 0;
        foreach (GeodTestLine t in GeodTestData.Lines)
        {
            GeodesicInverseResult r = G.Inverse(t.Lat1, t.Lon1, t.Lat2, t.Lon2);
            double e1 = AzimuthError(r.Azimuth1Degrees, t.Azi1);
            double e2 = AzimuthError(r.Azimuth2Degrees, t.Azi2);
            double undetermined = InputRoundingMetres / Math.Abs(t.M12) * 180 / Math.PI;
            if (undetermined <= MaxAzimuthErrorDegrees)
            {
                worst1.Add(e1, t);
                worst2.Add(e2, t);
            }
            else
            {
                illConditioned++;
                worstIllConditioned.Add(Math.Max(e1, e2) / undetermined, t);
                worstIllConditionedRaw.Add(Math.Max(e1, e2), t);
            }

            Assert.True(e1 <= MaxAzimuthErrorDegrees + undetermined, $"azi1 error {e1} on line {t.LineNumber}");
            Assert.True(e2 <= MaxAzimuthErrorDegrees + undetermined, $"azi2 error {e2} on line {t.LineNumber}");
        }

        output.WriteLine($"inverse azi1: max error {worst1} degree (well-conditioned lines)");
        output.WriteLine($"inverse azi2: max error {worst2} degree (well-conditioned lines)");
        output.WriteLine($"{illConditioned} ill-conditioned lines (input rounding alone turns the azimuth by more than 1e-6 degree):");
        output.WriteLine($"  max azimuth error {worstIllConditionedRaw} degree; max error / undetermined part {worstIllConditioned}");
        Assert.True(worst1.Value <= MaxAzimuthErrorDegrees, $"azi1 error {worst1}");
        Assert.True(worst2.Value <= MaxAzimuthErrorDegrees, $"azi2 error {worst2}");
    }

    /// <summary>
    /// Whatever the conditioning, the azimuth returned must start a geodesic that reaches point 2:
    /// Direct(point 1, azi1, s12) lands within 1 mm of point 2.
    /// </summary>
    [Fact]
    public void Inverse_AllReferenceLines_AzimuthLeadsToPoint2()
    {
        var worst = new Worst();
        foreach (GeodTestLine t in GeodTestData.Lines)
        {
            GeodesicInverseResult r = G.Inverse(t.Lat1, t.Lon1, t.Lat2, t.Lon2);
            GeodesicDirectResult d = G.Direct(t.Lat1, t.Lon1, r.Azimuth1Degrees, r.DistanceMetres);
            worst.Add(G.Distance(d.Latitude, d.Longitude, t.Lat2, t.Lon2), t);
        }

        output.WriteLine($"direct(inverse azi1, s12) miss: max {worst} m");
        Assert.True(worst.Value <= MaxDistanceErrorMetres, $"miss {worst}");
    }

    [Fact]
    public void Inverse_AllReferenceLines_ArcAndReducedLengthMatch()
    {
        var worstArc = new Worst();
        var worstM12 = new Worst();
        foreach (GeodTestLine t in GeodTestData.Lines)
        {
            GeodesicInverseResult r = G.Inverse(t.Lat1, t.Lon1, t.Lat2, t.Lon2);
            worstArc.Add(Math.Abs(r.ArcDegrees - t.A12), t);
            worstM12.Add(Math.Abs(r.ReducedLengthMetres - t.M12), t);
        }

        output.WriteLine($"inverse a12: max error {worstArc} degree");
        output.WriteLine($"inverse m12: max error {worstM12} m");
        Assert.True(worstArc.Value <= 1e-9, $"a12 error {worstArc}");
        Assert.True(worstM12.Value <= MaxDistanceErrorMetres, $"m12 error {worstM12}");
    }

    [Fact]
    public void Direct_AllReferenceLines_LandWithinOneMillimetre()
    {
        var worstPosition = new Worst();
        var worstAzimuth = new Worst();
        foreach (GeodTestLine t in GeodTestData.Lines)
        {
            GeodesicDirectResult r = G.Direct(t.Lat1, t.Lon1, t.Azi1, t.S12);
            worstPosition.Add(G.Distance(r.Latitude, r.Longitude, t.Lat2, t.Lon2), t);
            worstAzimuth.Add(AzimuthError(r.Azimuth2Degrees, t.Azi2), t);
        }

        output.WriteLine($"direct end point: max error {worstPosition} m");
        output.WriteLine($"direct azi2: max error {worstAzimuth} degree");
        Assert.True(worstPosition.Value <= MaxDistanceErrorMetres, $"direct position error {worstPosition}");
        Assert.True(worstAzimuth.Value <= MaxAzimuthErrorDegrees, $"direct azi2 error {worstAzimuth}");
    }

    /// <summary>Absolute angular difference modulo 360, so that 179.9999999 and -180 are close.</summary>
    internal static double AzimuthError(double actual, double expected)
    {
        double d = Math.IEEERemainder(actual - expected, 360);
        return Math.Abs(d);
    }

    private sealed class Worst
    {
        public double Value { get; private set; }

        public GeodTestLine? Line { get; private set; }

        public void Add(double error, GeodTestLine line)
        {
            if (double.IsNaN(error) || error > Value)
            {
                Value = double.IsNaN(error) ? double.PositiveInfinity : error;
                Line = line;
            }
        }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{Value:E3} (line {Line?.LineNumber})");
    }
}
