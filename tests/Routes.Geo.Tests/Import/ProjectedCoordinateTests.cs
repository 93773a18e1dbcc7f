using System.Globalization;
using System.Text;
using Routes.Geo.Geodesy;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Import;

public class ProjectedCoordinateTests(ITestOutputHelper output)
{
    // Central Lille in Lambert-93 (EPSG:2154); gdaltransform gives 3.057854 E, 50.634256 N for (704100, 7059700).
    private const double LilleX = 704_000, LilleY = 7_059_700;

    private static RoadNetwork LoadLambert93(double x, double y)
    {
        string json = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:2154\"}},\"features\":[\n"
            + "{\"type\":\"Feature\",\"properties\":{\"highway\":\"footway\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
            + string.Create(CultureInfo.InvariantCulture, $"[[{LilleX},{LilleY}],[{x},{y}]]") + "}}]}";
        return GeoJsonRoads.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "l93.geojson");
    }

    [Fact]
    public void Lambert93CoordinatesOfLille_AreTransformed()
    {
        GeoPoint end = LoadLambert93(LilleX + 100, LilleY).GetVertex(1);
        Assert.Equal(50.634256, end.Latitude, 5);
        Assert.Equal(3.057854, end.Longitude, 5);
    }

    [Theory]
    [InlineData(1e20, 1e20)]
    [InlineData(LilleX, -1e20)]
    [InlineData(LilleX + 6e6, LilleY)]
    public void AbsurdLambert93Coordinate_IsAnInvalidCoordinateNamingTheFeatureAndTheRange(double x, double y)
    {
        var error = Assert.Throws<InvalidCoordinateException>(() => LoadLambert93(x, y));
        Assert.Contains("l93.geojson, feature 0 (line 2)", error.Message, StringComparison.Ordinal);
        Assert.Contains(x.ToString(CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.Contains("plausible range", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> AllCrs() => ["Lambert93", "UtmZone31N", "WebMercator"];

    private static ProjectedCrs Crs(string name) => name switch
    {
        "Lambert93" => Projections.Lambert93,
        "UtmZone31N" => Projections.UtmZone31N,
        _ => Projections.WebMercator,
    };

    [Theory]
    [MemberData(nameof(AllCrs))]
    public void PlausibleBounds_HoldTheAreaOfUseButNotFarBeyondIt(string name)
    {
        ProjectedCrs crs = Crs(name);
        (double minX, double minY, double maxX, double maxY) = crs.PlausibleBoundsMetres;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{crs}: x {minX:F0}..{maxX:F0} m, y {minY:F0}..{maxY:F0} m"));
        foreach (GeoPoint p in new GeoPoint[] { new(50.95, 1.85), new(43.3, 5.4), new(48.86, 2.35), new(50.63, 3.06) })
        {
            (double x, double y) = crs.Project(p);
            Assert.True(crs.IsPlausible(x, y), $"{p} -> ({x}, {y})");
        }

        Assert.False(crs.IsPlausible(1e20, 1e20));
        Assert.False(crs.IsPlausible(double.NaN, (minY + maxY) / 2));
        Assert.False(crs.IsPlausible(maxX + ((maxX - minX) / 2), (minY + maxY) / 2));
        Assert.False(crs.IsPlausible((minX + maxX) / 2, minY - ((maxY - minY) / 2)));
    }

    [Fact]
    public void WebMercatorPlausibleBounds_AreTheWholeWebMapSquare()
    {
        (double minX, double minY, double maxX, double maxY) = Projections.WebMercator.PlausibleBoundsMetres;
        Assert.True(Projections.WebMercator.IsPlausible(20037508.342789244, 20037508.342789244));
        Assert.InRange(maxX, 20037508.34, 20037510);
        Assert.InRange(-minX, 20037508.34, 20037510);
        Assert.Equal(Projections.WebMercator.Project(85.06, 0).Y, maxY, 0);
        Assert.Equal(-maxY, minY, 6);
    }
}
