using System.Text;
using Routes.Geo.Fuzz.Mutation;

namespace Routes.Geo.Fuzz.Targets;

/// <summary>The GeoJSON roads importer, <see cref="GeoJsonRoads.Load(Stream, string, string?)"/>.</summary>
internal sealed class GeoJsonTarget : FuzzTarget
{
    private readonly List<(string Name, byte[] Bytes)> _seeds =
    [
        ("joined-lines", Encoding.UTF8.GetBytes(JoinedLines)),
        ("web-mercator-multiline", Encoding.UTF8.GetBytes(WebMercatorMultiLine)),
        ("mixed-geometries", Encoding.UTF8.GetBytes(MixedGeometries)),
    ];

    // Two lines sharing a point, with every JSON value kind among their properties.
    private const string JoinedLines = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":7,"properties":{"osm_id":1,"highway":"residential","name":"Rue A","lanes":2,"maxspeed":"30","lit":true,"ref":null},
           "geometry":{"type":"LineString","coordinates":[[3.0,50.6],[3.001,50.6],[3.002,50.6005]]}},
          {"type":"Feature","properties":{"osm_id":"2","highway":"primary","oneway":"yes","width":3.5,"other_tags":{"surface":"asphalt"},"list":[1,"a"]},
           "geometry":{"type":"LineString","coordinates":[[3.001,50.6],[3.001,50.601]]}}]}
        """;

    // A MultiLineString in EPSG:3857 (about 3.0 E, 50.6 N), the CRS named the GeoJSON 2008 way.
    private const string WebMercatorMultiLine = """
        {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":[
          {"type":"Feature","properties":{"highway":"footway","name":"Chemin"},
           "geometry":{"type":"MultiLineString","coordinates":[[[333958.47,6548220.0],[334058.47,6548220.0]],[[334058.47,6548220.0],[334058.47,6548320.0]]]}}]}
        """;

    // A line among the geometry kinds the importer skips.
    private const string MixedGeometries = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"highway":"crossing"},"geometry":{"type":"Point","coordinates":[3.0,50.6]}},
          {"type":"Feature","properties":{"area":"yes"},"geometry":{"type":"Polygon","coordinates":[[[3.0,50.6],[3.01,50.6],[3.01,50.61],[3.0,50.6]]]}},
          {"type":"Feature","properties":null,"geometry":null},
          {"type":"Feature","properties":{"highway":"service","access":"private"},"geometry":{"type":"LineString","coordinates":[[3.0,50.6,12.5],[3.0005,50.6001,13.0]]}}]}
        """;

    public GeoJsonTarget(IEnumerable<string> extracts)
    {
        foreach (string path in extracts)
        {
            _seeds.Add((Path.GetFileName(path), File.ReadAllBytes(path)));
        }
    }

    public override string Name => "geojson";

    public override IReadOnlyList<string> SeedNames => [.. _seeds.Select(s => s.Name)];

    public override byte[] SeedBytes(int seed) => _seeds[seed].Bytes;

    public override byte[] Mutate(int seed, FuzzRandom random, List<string> log) => JsonMutator.Mutate(_seeds[seed].Bytes, random, log);

    public override void Run(byte[] input, int seed) =>
        Use(GeoJsonRoads.Load(new MemoryStream(input, writable: false), "fuzz.geojson").GraphFor(TravelProfiles.Foot));
}
