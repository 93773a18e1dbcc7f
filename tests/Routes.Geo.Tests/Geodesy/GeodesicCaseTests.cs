using Routes.Geo.Geodesy;

namespace Routes.Geo.Tests.Geodesy;

/// <summary>Named special cases of the geodesic problems, with published or derivable answers.</summary>
public sealed class GeodesicCaseTests
{
    private const double Mm = 1e-3;
    private const double MicroDegree = 1e-6;

    // Half the WGS84 meridian (pole to pole): the largest s12 of Karney's GeodTest set.
    private const double HalfMeridian = 20003931.4586254;
    private static readonly Geodesic G = Geodesic.Wgs84;

    [Fact]
    public void Inverse_CoincidentPoints_IsZero()
    {
        GeodesicInverseResult r = G.Inverse(50.7264, 1.6139, 50.7264, 1.6139);
        Assert.Equal(0, r.DistanceMetres);
        Assert.Equal(0, r.ArcDegrees);
        Assert.Equal(0, G.Distance(-33.9, 151.2, -33.9, 151.2));
    }

    [Fact]
    public void Inverse_SamePoleDifferentMeridians_IsZero() =>
        Assert.Equal(0, G.Distance(90, 0, 90, 135), 9);

    [Fact]
    public void Inverse_PoleToPole_IsHalfMeridian()
    {
        GeodesicInverseResult r = G.Inverse(90, 0, -90, 0);
        Assert.Equal(HalfMeridian, r.DistanceMetres, Mm);
        Assert.Equal(180, r.Azimuth1Degrees, MicroDegree);
        Assert.Equal(180, r.ArcDegrees, 1e-12);
    }

    [Fact]
    public void Inverse_AntipodalOnEquator_GoesOverThePole()
    {
        // Along the equator would be pi * a = 20037508 m; over a pole is shorter.
        GeodesicInverseResult r = G.Inverse(0, 0, 0, 180);
        Assert.Equal(HalfMeridian, r.DistanceMetres, Mm);
        Assert.Equal(0, Math.Abs(Math.IEEERemainder(r.Azimuth1Degrees, 180)), MicroDegree);
    }

    [Fact]
    public void Inverse_AlongEquator_IsArcOfEquatorialCircle()
    {
        GeodesicInverseResult r = G.Inverse(0, 10, 0, 11);
        Assert.Equal(6378137 * Math.PI / 180, r.DistanceMetres, 1e-6);
        Assert.Equal(90, r.Azimuth1Degrees, MicroDegree);
        Assert.Equal(90, r.Azimuth2Degrees, MicroDegree);
    }

    [Fact]
    public void Inverse_AlongMeridian_MatchesMeridianArc()
    {
        // One degree of latitude from the equator on WGS84: 110574.3886 m (meridian arc series).
        GeodesicInverseResult r = G.Inverse(0, 3, 1, 3);
        Assert.Equal(110574.3886, r.DistanceMetres, 1e-3);
        Assert.Equal(0, r.Azimuth1Degrees, MicroDegree);
        Assert.Equal(0, r.Azimuth2Degrees, MicroDegree);
    }

    [Fact]
    public void Inverse_NearlyAntipodal_MatchesReference()
    {
        // Line 9075 of GeodTest-short.dat: lat2 = -lat1 to 2e-14 degree, 0.5 degree from the antipode.
        GeodesicInverseResult r = G.Inverse(29.376410073282, 0, -29.376410073281976283, 179.473777183285008385);
        Assert.Equal(19978379.4529163, r.DistanceMetres, Mm);

        // Vincenty's method converges slowly or not at all on these (Karney 2013, section 1).
        Assert.Equal(19936288.579, G.Distance(0, 0, 0.5, 179.5), Mm);
        Assert.Equal(19944127.421, G.Distance(0, 0, 0.5, 179.7), Mm);
    }

    [Fact]
    public void Inverse_ExactlySymmetricAntipodalCase_ReturnsAShortestGeodesic()
    {
        // A reference line with lat2 = -lat1 and a12 = 180: several geodesics are equally short.
        GeodesicInverseResult r = G.Inverse(4.199535552987, 0, -4.199535552987, 179.398106343454992238);
        Assert.Equal(19970505.608097404994, r.DistanceMetres, Mm);
        GeodesicDirectResult d = G.Direct(4.199535552987, 0, r.Azimuth1Degrees, r.DistanceMetres);
        Assert.True(G.Distance(d.Latitude, d.Longitude, -4.199535552987, 179.398106343454992238) < Mm);
    }

    [Fact]
    public void Inverse_FromPole_AzimuthFollowsMeridianConvention()
    {
        // The pole is the limit along its given meridian 0: meridian 90 leaves it at azimuth 180 - 90.
        GeodesicInverseResult r = G.Inverse(90, 0, 45, 90);
        Assert.Equal(90, r.Azimuth1Degrees, MicroDegree);
        Assert.Equal(180, r.Azimuth2Degrees, MicroDegree);
        Assert.Equal(G.Distance(90, 0, 45, 0), r.DistanceMetres, 1e-6);
    }

    [Fact]
    public void Inverse_SwappedPoints_SameDistanceAndReversedAzimuths()
    {
        GeodesicInverseResult ab = G.Inverse(50.9513, 1.8587, 51.0344, 2.3768);
        GeodesicInverseResult ba = G.Inverse(51.0344, 2.3768, 50.9513, 1.8587);
        Assert.Equal(ab.DistanceMetres, ba.DistanceMetres, 1e-9);
        Assert.Equal(0, GeodesicReferenceTests.AzimuthError(ab.Azimuth1Degrees, ba.Azimuth2Degrees + 180), 1e-9);
    }

    [Fact]
    public void Inverse_LongitudesOutsideRange_AreReducedModulo360() =>
        Assert.Equal(G.Distance(50, 1, 51, 2), G.Distance(50, 361, 51, -358), 1e-6);

    [Fact]
    public void Distance_GeoPointOverload_EqualsDoubles()
    {
        var calais = new GeoPoint(50.9513, 1.8587);
        var dunkirk = new GeoPoint(51.0344, 2.3768);
        Assert.Equal(G.Distance(50.9513, 1.8587, 51.0344, 2.3768), G.Distance(calais, dunkirk));
        Assert.Equal(G.Inverse(50.9513, 1.8587, 51.0344, 2.3768), G.Inverse(calais, dunkirk));
    }

    [Fact]
    public void Distance_ShortSegment_DoesNotAllocate()
    {
        double total = G.Distance(50.9513, 1.8587, 50.9514, 1.8589);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            total += G.Distance(50.9513, 1.8587 + (i * 1e-6), 50.9514, 1.8589);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }

    [Fact]
    public void Direct_ZeroDistance_ReturnsStart()
    {
        GeodesicDirectResult r = G.Direct(50.7264, 1.6139, 37, 0);
        Assert.Equal(50.7264, r.Latitude, 1e-12);
        Assert.Equal(1.6139, r.Longitude, 1e-12);
        Assert.Equal(37, r.Azimuth2Degrees, 1e-12);
    }

    [Fact]
    public void Direct_FromPoleAlongMeridian_ReachesOtherPole()
    {
        GeodesicDirectResult r = G.Direct(90, 0, 180, HalfMeridian);
        Assert.Equal(-90, r.Latitude, 1e-9);
    }

    [Fact]
    public void Direct_ThenInverse_RoundTrips()
    {
        GeodesicDirectResult d = G.Direct(51.0344, 2.3768, -123.4, 4_321_000);
        GeodesicInverseResult i = G.Inverse(51.0344, 2.3768, d.Latitude, d.Longitude);
        Assert.Equal(4_321_000, i.DistanceMetres, 1e-6);
        Assert.Equal(-123.4, i.Azimuth1Degrees, 1e-9);
        Assert.Equal(d.Azimuth2Degrees, i.Azimuth2Degrees, 1e-9);
    }

    [Fact]
    public void Sphere_QuarterCircle_IsRadiusTimesHalfPi() =>
        Assert.Equal(6371000 * Math.PI / 2, new Geodesic(6371000, 0).Distance(0, 0, 0, 90), 1e-6);

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(90.0000001, 0)]
    [InlineData(-91, 0)]
    [InlineData(double.PositiveInfinity, 0)]
    [InlineData(0, double.NaN)]
    [InlineData(0, double.NegativeInfinity)]
    public void InvalidCoordinate_Throws(double lat, double lon)
    {
        Assert.Throws<InvalidCoordinateException>(() => G.Inverse(lat, lon, 0, 0));
        Assert.Throws<InvalidCoordinateException>(() => G.Distance(0, 0, lat, lon));
        Assert.Throws<InvalidCoordinateException>(() => G.Direct(lat, lon, 0, 1000));
    }

    [Theory]
    [InlineData(double.NaN, 1000)]
    [InlineData(10, double.PositiveInfinity)]
    public void Direct_NonFiniteAzimuthOrDistance_Throws(double azimuth, double distance) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => G.Direct(0, 0, azimuth, distance));

    [Theory]
    [InlineData(0, 0.003)]
    [InlineData(-1, 0.003)]
    [InlineData(6378137, -0.001)]
    [InlineData(6378137, 0.02)]
    public void Constructor_InvalidEllipsoid_Throws(double a, double f) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Geodesic(a, f));
}
