using System.Globalization;
using System.Text.RegularExpressions;
using NetTopologySuite.Geometries;
using Routes.Geo.Geodesy;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Geodesy;

/// <summary>
/// Projections against published reference points and derivable identities, and round trips.
/// Sources: EPSG parameters (epsg.io); IGN's Lambert-93 constants (n, C, Xs, Ys; IGN NTG_71 and
/// the RGF93 documentation); IOGP Guidance Note 7-2 worked examples for the methods.
/// </summary>
public sealed partial class ProjectionsTests(ITestOutputHelper output)
{
    private const double Mm = 1e-3;
    private static readonly Geodesic G = Geodesic.Wgs84;

    [Fact]
    public void Lambert93_ProjectionOrigin_IsFalseOrigin()
    {
        // IGN / EPSG:2154: latitude of origin 46°30'N, central meridian 3°E -> (700000, 6600000).
        (double x, double y) = Projections.Lambert93.Project(new GeoPoint(46.5, 3));
        Assert.Equal(700000, x, Mm);
        Assert.Equal(6600000, y, Mm);
    }

    [Fact]
    public void Lambert93_NorthPole_IsConeApex()
    {
        // IGN's published Lambert-93 constants: the pole (cone apex) is at Xs = 700000, Ys = 12655612.050.
        (double x, double y) = Projections.Lambert93.Project(new GeoPoint(90, 3));
        Assert.Equal(700000, x, Mm);
        Assert.Equal(12655612.050, y, Mm);
    }

    [Theory]
    [InlineData(50.9513, 1.8587)]   // Calais
    [InlineData(51.0344, 2.3768)]   // Dunkirk
    [InlineData(50.7264, 1.6139)]   // Boulogne-sur-Mer
    [InlineData(48.5734, 7.7521)]   // Strasbourg
    [InlineData(42.6887, 2.8948)]   // Perpignan
    [InlineData(48.3904, -4.4861)]  // Brest
    public void Lambert93_Cities_MatchIgnConstantsFormula(double lat, double lon)
    {
        // IGN's closed form with its published constants, independent of ProjNET:
        // X = Xs + C e^(-nL) sin(n (lon - 3°)), Y = Ys - C e^(-nL) cos(n (lon - 3°)), L isometric latitude.
        const double N = 0.7256077650, C = 11754255.426, Xs = 700000, Ys = 12655612.050;
        const double E = 0.0818191910428158;
        double phi = lat * Math.PI / 180;
        double sinPhi = Math.Sin(phi);
        double isometric = Math.Log(Math.Tan((Math.PI / 4) + (phi / 2)) * Math.Pow((1 - (E * sinPhi)) / (1 + (E * sinPhi)), E / 2));
        double r = C * Math.Exp(-N * isometric);
        double gamma = N * (lon - 3) * Math.PI / 180;

        (double x, double y) = Projections.Lambert93.Project(new GeoPoint(lat, lon));
        Assert.Equal(Xs + (r * Math.Sin(gamma)), x, Mm);
        Assert.Equal(Ys - (r * Math.Cos(gamma)), y, Mm);
    }

    [Fact]
    public void LambertConicConformal2SP_IogpExample_MatchesPublished()
    {
        // IOGP GN 7-2, method 9802 example (NAD27 / Texas South Central, US survey feet):
        // 28°30'N, 96°W -> E = 2963503.91 ftUS, N = 254759.80 ftUS.
        const string Wkt = "PROJCS[\"NAD27 / Texas South Central\",GEOGCS[\"NAD27\",DATUM[\"North_American_Datum_1927\","
            + "SPHEROID[\"Clarke 1866\",6378206.4,294.978698213898]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
            + "PROJECTION[\"Lambert_Conformal_Conic_2SP\"],PARAMETER[\"standard_parallel_1\",28.3833333333333],"
            + "PARAMETER[\"standard_parallel_2\",30.2833333333333],PARAMETER[\"latitude_of_origin\",27.8333333333333],"
            + "PARAMETER[\"central_meridian\",-99],PARAMETER[\"false_easting\",2000000],PARAMETER[\"false_northing\",0],"
            + "UNIT[\"US survey foot\",0.304800609601219]]";
        (double x, double y) = new ProjectedCrs(32040, Wkt).Project(new GeoPoint(28.5, -96));
        Assert.Equal(2963503.91, x, 0.01);
        Assert.Equal(254759.80, y, 0.01);
    }

    [Fact]
    public void Utm31N_EquatorOnCentralMeridian_IsFalseOrigin()
    {
        (double x, double y) = Projections.UtmZone31N.Project(new GeoPoint(0, 3));
        Assert.Equal(500000, x, Mm);
        Assert.Equal(0, y, Mm);
    }

    [Theory]
    [InlineData(50.9513)]
    [InlineData(45)]
    [InlineData(80)]
    public void Utm31N_CentralMeridian_NorthingIsScaledMeridianArc(double lat)
    {
        // On the central meridian transverse Mercator is true to scale k0: N = 0.9996 * meridian arc.
        (double x, double y) = Projections.UtmZone31N.Project(new GeoPoint(lat, 3));
        Assert.Equal(500000, x, Mm);
        Assert.Equal(0.9996 * G.Distance(0, 3, lat, 3), y, Mm);
    }

    [Fact]
    public void TransverseMercator_IogpExample_MatchesPublished()
    {
        // IOGP GN 7-2, method 9807 example (OSGB 1936 / British National Grid):
        // 50°30'N, 0°30'E -> E = 577274.99 m, N = 69740.50 m.
        const string Wkt = "PROJCS[\"OSGB 1936 / British National Grid\",GEOGCS[\"OSGB 1936\",DATUM[\"OSGB_1936\","
            + "SPHEROID[\"Airy 1830\",6377563.396,299.3249646]],PRIMEM[\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433]],"
            + "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",49],PARAMETER[\"central_meridian\",-2],"
            + "PARAMETER[\"scale_factor\",0.9996012717],PARAMETER[\"false_easting\",400000],PARAMETER[\"false_northing\",-100000],"
            + "UNIT[\"metre\",1]]";
        (double x, double y) = new ProjectedCrs(27700, Wkt).Project(new GeoPoint(50.5, 0.5));
        Assert.Equal(577274.99, x, 0.01);
        Assert.Equal(69740.50, y, 0.01);
    }

    [Fact]
    public void WebMercator_IogpExample_MatchesPublished()
    {
        // IOGP GN 7-2, method 1024 example: 24°22'54.433"N, 100°20'W -> E = -11169055.58, N = 2800000.00.
        var point = new GeoPoint(24 + (22 / 60.0) + (54.433 / 3600), -(100 + (20 / 60.0)));
        (double x, double y) = Projections.WebMercator.Project(point);
        Assert.Equal(-11169055.58, x, 0.01);
        Assert.Equal(2800000.00, y, 0.01);

        GeoPoint back = Projections.WebMercator.Unproject(-11169055.58, 2800000.00);
        Assert.True(G.Distance(back, point) < 0.01);
    }

    [Fact]
    public void WebMercator_WorldSquareCorner_IsAntimeridianAt85Degrees()
    {
        // The web-map square: x = y = pi a = 20037508.342789244 m at 180°E, 85.0511287798°N.
        Assert.Equal(20037508.342789244, Projections.WebMercator.Project(new GeoPoint(0, 180)).X, Mm);
        GeoPoint corner = Projections.WebMercator.Unproject(20037508.342789244, 20037508.342789244);
        Assert.Equal(85.0511287798066, corner.Latitude, 1e-10);
        Assert.Equal(180, corner.Longitude, 1e-10);
    }

    [Fact]
    public void WebMercator_ProjNetTransform_AgreesWithClosedForm()
    {
        var toGeographic = Projections.WebMercator.CreateToGeographicTransform();
        var toProjected = Projections.WebMercator.CreateToProjectedTransform();
        var random = new Random(3857);
        for (int i = 0; i < 1000; i++)
        {
            var p = new GeoPoint((random.NextDouble() * 170) - 85, (random.NextDouble() * 360) - 180);
            (double x, double y) = Projections.WebMercator.Project(p);
            (double px, double py) = toProjected.Transform(p.Longitude, p.Latitude);
            Assert.Equal(x, px, Mm);
            Assert.Equal(y, py, Mm);
            (double lon, double lat) = toGeographic.Transform(x, y);
            Assert.True(G.Distance(lat, lon, p.Latitude, p.Longitude) < Mm);
        }
    }

    [Fact]
    public void WebMercator_LilleGeoJsonVertices_FallInDocumentedBox()
    {
        // shared/data/README.md: central Lille, lon 3.0285..3.0799, lat 50.6248..50.6534, EPSG:3857.
        string json = File.ReadAllText(SharedData.PathOf("lille", "highway_line.json"));
        int count = 0;
        foreach (Match m in VertexPattern().Matches(json))
        {
            double x = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            double y = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            GeoPoint p = Projections.WebMercator.Unproject(x, y);
            Assert.InRange(p.Longitude, 3.0285 - 0.01, 3.0799 + 0.01);
            Assert.InRange(p.Latitude, 50.6248 - 0.01, 50.6534 + 0.01);
            count++;
        }

        output.WriteLine($"{count} Lille vertices unprojected");
        Assert.True(count > 1000);
    }

    public static TheoryData<string> AllCrs() => ["Lambert93", "UtmZone31N", "WebMercator"];

    [Theory]
    [MemberData(nameof(AllCrs))]
    public void RoundTrip_RandomPointsInAreaOfUse_WithinOneMillimetre(string name)
    {
        (ProjectedCrs crs, double latMin, double latMax, double lonMin, double lonMax) = name switch
        {
            "Lambert93" => (Projections.Lambert93, 41.0, 51.5, -5.5, 10.0),
            "UtmZone31N" => (Projections.UtmZone31N, 0.0, 84.0, 0.0, 6.0),
            _ => (Projections.WebMercator, -85.0, 85.0, -180.0, 180.0),
        };
        var random = new Random(crs.EpsgCode);
        double worst = 0;
        for (int i = 0; i < 2000; i++)
        {
            var p = new GeoPoint(latMin + (random.NextDouble() * (latMax - latMin)), lonMin + (random.NextDouble() * (lonMax - lonMin)));
            (double x, double y) = crs.Project(p);
            worst = Math.Max(worst, G.Distance(p, crs.Unproject(x, y)));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{crs}: round trip max {worst:E2} m"));
        Assert.True(worst <= Mm);
    }

    [Fact]
    public void Geometry_UnprojectThenProject_RoundTripsAndSetsSrid()
    {
        var line = new LineString([new Coordinate(341117.29, 6556400.2), new Coordinate(341164.9, 6556354.06)]) { SRID = 3857 };
        Geometry geographic = Projections.WebMercator.Unproject(line);
        Assert.Equal(4326, geographic.SRID);
        GeoPoint first = Projections.WebMercator.Unproject(341117.29, 6556400.2);
        Assert.Equal(first.Longitude, geographic.Coordinates[0].X);
        Assert.Equal(first.Latitude, geographic.Coordinates[0].Y);
        Assert.Equal(341117.29, line.Coordinates[0].X);

        Geometry lambert = Projections.Lambert93.Project(geographic);
        Assert.Equal(2154, lambert.SRID);
        Assert.Equal(Projections.Lambert93.Project(first).X, lambert.Coordinates[0].X, 1e-9);
    }

    [Fact]
    public void Unproject_NonFinite_ThrowsInvalidCoordinate()
    {
        Assert.Throws<InvalidCoordinateException>(() => Projections.Lambert93.Unproject(double.NaN, 6600000));
        Assert.Throws<InvalidCoordinateException>(() => Projections.WebMercator.Unproject(1e9, 0));
    }

    [Fact]
    public void WebMercator_ProjectBeyondAreaOfUse_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Projections.WebMercator.Project(new GeoPoint(89, 0)));

    [GeneratedRegex(@"\[(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)\]")]
    private static partial Regex VertexPattern();
}
