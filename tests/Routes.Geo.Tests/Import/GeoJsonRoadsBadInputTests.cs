using System.Text;

namespace Routes.Geo.Tests.Import;

// Inputs from an attack on the loader: each must load correctly or be a typed error naming where it is.
public class GeoJsonRoadsBadInputTests
{
    private const string Road = "{\"highway\":\"residential\"}";
    private const string GoodLine = "[[3.0,50.6],[3.001,50.6]]";

    private static RoadNetwork Load(string json, string? crs = null) => Load(Encoding.UTF8.GetBytes(json), crs);

    private static RoadNetwork Load(byte[] json, string? crs = null) => GeoJsonRoads.Load(new MemoryStream(json), "bad.geojson", crs);

    // A FeatureCollection with one feature per line after the first, so feature i is on line i + 2.
    private static string Collection(params string[] features) =>
        "{\"type\":\"FeatureCollection\",\"features\":[\n" + string.Join(",\n", features) + "]}";

    private static string Feature(string geometry, string properties = Road) =>
        $"{{\"type\":\"Feature\",\"properties\":{properties},\"geometry\":{geometry}}}";

    private static string Line(string coordinates, string properties = Road) =>
        Feature($"{{\"type\":\"LineString\",\"coordinates\":{coordinates}}}", properties);

    private static GeoJsonFormatException FormatError(string json) => Assert.Throws<GeoJsonFormatException>(() => Load(json));

    private static void AssertNames(Exception error, params string[] parts)
    {
        foreach (string part in parts)
        {
            Assert.Contains(part, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OnePointLineString_IsAFormatErrorNamingTheFeatureAndLine()
    {
        var error = FormatError(Collection(Line(GoodLine), Line("[[3.0,50.6]]")));
        AssertNames(error, "bad.geojson", "feature 1", "line 3", "at least 2");
    }

    [Fact]
    public void UnknownGeometryType_IsAFormatErrorNamingTheType() =>
        AssertNames(FormatError(Collection(Feature("{\"type\":\"Curve\",\"coordinates\":[[3.0,50.6],[3.1,50.6]]}"))), "feature 0", "line 2", "'Curve'");

    [Fact]
    public void UnclosedPolygon_IsAFormatErrorNamingTheFeature()
    {
        string polygon = Feature("{\"type\":\"Polygon\",\"coordinates\":[[[3.0,50.6],[3.1,50.6],[3.1,50.7],[3.0,50.7]]]}");
        AssertNames(FormatError(Collection(Line(GoodLine), polygon)), "feature 1", "line 3", "Polygon");
    }

    [Fact]
    public void NumberPropertyBeyondDecimalRange_IsKeptAsItsJsonText()
    {
        RoadNetwork network = Load(Collection(Line(GoodLine, "{\"highway\":\"residential\",\"width\":1e30,\"lanes\":2.50}")));
        Assert.Equal("1e30", network.EdgeTags(0)["width"]);
        Assert.Equal("2.50", network.EdgeTags(0)["lanes"]);
    }

    [Fact]
    public void LoneSurrogateInAProperty_IsAFormatErrorNamingTheProperty() =>
        AssertNames(FormatError(Collection(Line(GoodLine, "{\"highway\":\"residential\",\"name\":\"Rue \\ud800\"}"))),
            "feature 0", "line 2", "'name'", "not valid Unicode");

    [Fact]
    public void InvalidUtf8InAProperty_IsAFormatErrorNamingTheFeature()
    {
        byte[] json = Encoding.UTF8.GetBytes(Collection(Line(GoodLine, "{\"highway\":\"residential\",\"name\":\"Rue XX\"}")));
        int x = Array.IndexOf(json, (byte)'X');
        json[x] = 0xC3;
        json[x + 1] = 0x28;
        var error = Assert.Throws<GeoJsonFormatException>(() => Load(json));
        AssertNames(error, "bad.geojson", "line 2");
    }

    [Fact]
    public void DeepNesting_IsAFormatErrorWithTheLine()
    {
        string deep = new string('[', 200) + new string(']', 200);
        AssertNames(FormatError(Collection(Line(GoodLine, "{\"highway\":\"residential\",\"x\":" + deep + "}"))), "line 2", "depth");
    }

    [Theory]
    [InlineData("[[3.0,50.6],[1e400,50.6]]", "1e400")]
    [InlineData("[[3.0,50.6],[NaN,50.6]]", "line 2")]
    [InlineData("[[3.0,50.6],[\"3.1\",50.6]]", "position 1")]
    [InlineData("[[3.0,50.6],[3.1]]", "position 1")]
    public void CoordinateThatIsNotAFiniteNumber_IsAFormatError(string coordinates, string named) =>
        AssertNames(FormatError(Collection(Line(coordinates))), "bad.geojson", named);

    [Theory]
    [InlineData("\"EPSG:3857\"")]
    [InlineData("{\"type\":\"link\",\"properties\":{\"href\":\"http://example.com/crs\"}}")]
    [InlineData("{\"type\":\"name\",\"properties\":{\"name\":3857}}")]
    public void CrsMemberThatIsNotANamedCrs_IsAFormatError(string crs)
    {
        string json = "{\"type\":\"FeatureCollection\",\n\"crs\":" + crs + ",\"features\":[" + Line(GoodLine) + "]}";
        AssertNames(FormatError(json), "'crs'", "line 2");
    }

    [Fact]
    public void NullCrsMember_MeansLongitudeLatitude()
    {
        string json = "{\"type\":\"FeatureCollection\",\"crs\":null,\"features\":[" + Line(GoodLine) + "]}";
        Assert.Equal(50.6, Load(json).GetVertex(0).Latitude, 12);
    }

    [Fact]
    public void EmptyFeatureCollection_IsAFormatErrorSayingItHasNoFeatures() =>
        AssertNames(FormatError("{\"type\":\"FeatureCollection\",\"features\":[]}"), "no features");

    [Fact]
    public void FeatureWithNullGeometry_IsSkippedAndTheLinesLoad()
    {
        RoadNetwork network = Load(Collection("{\"type\":\"Feature\",\"properties\":{\"name\":\"memorial\"},\"geometry\":null}", Line(GoodLine)));
        Assert.Equal(2, network.VertexCount);
        AssertNames(FormatError(Collection("{\"type\":\"Feature\",\"properties\":null,\"geometry\":null}")), "1 null geometry");
    }

    [Fact]
    public void MultiLineString_PartsAreRoadsJoinedWhereTheyShareACoordinate()
    {
        RoadNetwork network = Load(Collection(Feature("{\"type\":\"MultiLineString\",\"coordinates\":[[[3.0,50.6],[3.001,50.6]],[[3.001,50.6],[3.001,50.601]]]}")));
        Assert.Equal(3, network.VertexCount);
        Assert.Equal(2, network.EdgeCount);
    }

    [Fact]
    public void MixedTwoAndThreeDimensionalPositions_KeepEveryVertex()
    {
        // NetTopologySuite's reader drops the 2D positions read before the first 3D one.
        IReadOnlyList<GeoPoint> line = Load(Collection(Line("[[3.0,50.6],[3.001,50.6],[3.002,50.6,12.5],[3.003,50.6,13]]"))).GetEdgeGeometry(0);
        Assert.Equal([3.0, 3.001, 3.002, 3.003], line.Select(p => Math.Round(p.Longitude, 9)));
    }

    [Fact]
    public void RootThatIsASingleFeature_IsAFormatErrorAskingForAFeatureCollection() =>
        AssertNames(FormatError(Line(GoodLine)), "FeatureCollection", "'Feature'");

    [Fact]
    public void FeatureThatIsNotAnObject_IsAFormatErrorNamingIt() =>
        AssertNames(FormatError(Collection(Line(GoodLine), "[3.0,50.6]")), "feature 1", "line 3");

    [Fact]
    public void ByteOrderMark_IsAccepted()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Collection(Line(GoodLine)))];
        Assert.Equal(2, Load(json).VertexCount);
    }

    [Fact]
    public void LongLineString_KeepsEveryVertex()
    {
        string coordinates = "[" + string.Join(",", Enumerable.Range(0, 20_000).Select(i => FormattableString.Invariant($"[{3 + (i * 1e-5)},50.6]"))) + "]";
        Assert.Equal(20_000, Load(Collection(Line(coordinates))).GetEdgeGeometry(0).Count);
    }
}
