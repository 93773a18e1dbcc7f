using System.Text;

namespace Routes.Geo.Tests.Import;

public class GeoJsonRoadsTests
{
    private static RoadNetwork Load(string json, string? crs = null) =>
        GeoJsonRoads.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.geojson", crs);

    private const string TwoJoinedLines = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"osm_id":1,"highway":"residential","name":"Rue A"},
           "geometry":{"type":"LineString","coordinates":[[3.0,50.6],[3.001,50.6]]}},
          {"type":"Feature","properties":{"osm_id":2,"highway":"residential","name":"Rue B","oneway":null},
           "geometry":{"type":"LineString","coordinates":[[3.001,50.6],[3.001,50.601]]}}]}
        """;

    [Fact]
    public void LinesSharingACoordinate_AreJoined()
    {
        RoadNetwork network = Load(TwoJoinedLines);
        var route = network.Route(TravelProfiles.Car).From(50.6, 3.0).To(50.601, 3.001).Calculate().Route;

        Assert.Equal(3, network.VertexCount);
        Assert.Equal(["Rue A", "Rue B"], route.RoadNames);
        Assert.Equal(1, network.EdgeWayId(0));
    }

    [Fact]
    public void NullProperties_AreAbsentTags()
    {
        RoadNetwork network = Load(TwoJoinedLines);
        Assert.False(network.EdgeTags(1).ContainsKey("oneway"));
    }

    [Fact]
    public void WebMercatorFile_IsTransformedToWgs84()
    {
        // 3.0 E, 50.6 N in EPSG:3857 (x = R * lon, y = R * ln(tan(pi/4 + lat/2)), R = 6378137).
        double x = 6378137 * 3.0 * Math.PI / 180, y = 6378137 * Math.Log(Math.Tan(Math.PI / 4 + 50.6 * Math.PI / 360));
        string json = "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}},"
            + "\"features\":[{\"type\":\"Feature\",\"properties\":{\"highway\":\"footway\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
            + FormattableString.Invariant($"[[{x},{y}],[{x + 100},{y}]]") + "}}]}";
        GeoPoint first = Load(json).GetVertex(0);
        Assert.Equal(50.6, first.Latitude, 9);
        Assert.Equal(3.0, first.Longitude, 9);
    }

    [Fact]
    public void ProjectedCoordinatesWithoutCrs_NameTheFeatureAndAskForTheCrs()
    {
        string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"highway":"footway"},"geometry":{"type":"LineString","coordinates":[[341117.29,6556400.2],[341125.06,6556392.67]]}}]}
            """;
        var error = Assert.Throws<InvalidCoordinateException>(() => Load(json));
        Assert.Contains("feature 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("no 'crs' member", error.Message, StringComparison.Ordinal);
        Assert.Equal(50.6, Load(json.Replace("341117.29", "334000", StringComparison.Ordinal).Replace("341125.06", "334100", StringComparison.Ordinal), "EPSG:3857").GetVertex(0).Latitude, 0);
    }

    [Fact]
    public void NoLineFeatures_IsAFormatErrorThatSaysWhatWasFound()
    {
        string json = """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[3.0,50.6]}},
              {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[3.1,50.6]}}]}
            """;
        var error = Assert.Throws<GeoJsonFormatException>(() => Load(json));
        Assert.Contains("2 Point", error.Message, StringComparison.Ordinal);
        Assert.Contains("test.geojson", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJson_NamesTheLine()
    {
        string json = "{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\" \"coordinates\":[]}}]}";
        var error = Assert.Throws<GeoJsonFormatException>(() => Load(json));
        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedGeometry_NamesTheFeature()
    {
        string json = TwoJoinedLines.Replace("[3.001,50.601]", "[3.001]", StringComparison.Ordinal);
        var error = Assert.Throws<GeoJsonFormatException>(() => Load(json));
        Assert.Contains("feature 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedJson_IsAFormatError() =>
        Assert.Throws<GeoJsonFormatException>(() => Load(TwoJoinedLines[..(TwoJoinedLines.Length / 2)]));

    [Fact]
    public void EmptyFile_IsAFormatError() => Assert.Throws<GeoJsonFormatException>(() => Load(""));

    [Fact]
    public void UnknownCrs_IsAFormatErrorNamingIt()
    {
        string json = TwoJoinedLines.Replace("\"features\"", "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:27700\"}},\"features\"", StringComparison.Ordinal);
        var error = Assert.Throws<GeoJsonFormatException>(() => Load(json));
        Assert.Contains("EPSG:27700", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfRangeLatitude_IsAnInvalidCoordinate()
    {
        string json = TwoJoinedLines.Replace("[3.001,50.601]", "[3.001,95.0]", StringComparison.Ordinal);
        var error = Assert.Throws<InvalidCoordinateException>(() => Load(json));
        Assert.Equal(95.0, error.Latitude);
        Assert.Contains("feature 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsFileNotFound() =>
        Assert.Throws<FileNotFoundException>(() => GeoJsonRoads.Load("/nonexistent/roads.geojson"));
}
