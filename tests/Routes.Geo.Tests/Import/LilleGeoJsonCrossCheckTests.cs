using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Routes.Geo.Import;

namespace Routes.Geo.Tests.Import;

// Real data (shared/data/lille): the loader's own reader must read what NetTopologySuite's reads.
public class LilleGeoJsonCrossCheckTests
{
    private static readonly JsonSerializerOptions NetTopologySuiteOptions = new() { Converters = { new GeoJsonConverterFactory() } };

    [Fact]
    public void LilleHighways_ReadTheSameCoordinatesAndTagsAsNetTopologySuite()
    {
        byte[] json = File.ReadAllBytes(SharedData.PathOf("lille", "highway_line.json"));
        FeatureCollection expected = JsonSerializer.Deserialize<FeatureCollection>(json, NetTopologySuiteOptions)!;

        (string? crs, List<GeoJsonFeature> features) = GeoJsonDocumentReader.Read(json, "highway_line.json");

        Assert.Equal("EPSG:3857", crs);
        Assert.Equal(1457, features.Count);
        Assert.Equal(expected.Count, features.Count);
        for (int f = 0; f < features.Count; f++)
        {
            var line = (LineString)expected[f].Geometry;
            Assert.Equal(line.Coordinates.Select(c => (c.X, c.Y)), Assert.Single(features[f].Parts));
            IAttributesTable attributes = expected[f].Attributes;
            var tags = attributes.GetNames()
                .Select(name => (name, value: attributes[name] switch { null => null, IFormattable n => n.ToString(null, CultureInfo.InvariantCulture), var v => v.ToString() }))
                .Where(t => !string.IsNullOrEmpty(t.value))
                .Select(t => KeyValuePair.Create(t.name, t.value!));
            Assert.Equal(tags, features[f].Tags);
        }
    }
}
