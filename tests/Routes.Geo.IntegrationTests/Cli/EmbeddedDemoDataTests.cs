using System.Text;

namespace Routes.Geo.IntegrationTests.Cli;

/// <summary>
/// The central Lille roads built into routes-geo for <c>demo</c>: made from ../shared by <see cref="LilleRoadsTrim"/>,
/// unchanged since (no silent drift), and giving the demo exactly the routes the shared file gives.
/// </summary>
public sealed class EmbeddedDemoDataTests : IDisposable
{
    private const string SharedLille = "../shared/data/lille/highway_line.json";
    private readonly string _out = Directory.CreateTempSubdirectory("routes-geo-embedded-").FullName;

    [Fact]
    public void Trimming_drops_null_properties_only_and_keeps_numbers_as_written()
    {
        byte[] source = Encoding.UTF8.GetBytes("""
            {"name":"roads", "type":"FeatureCollection", "crs":{"type":"name","properties":{"name":"EPSG:3857"}},
             "features":[
              {"type":"Feature", "geometry":{"type":"LineString","coordinates":[[341117.290,6556400.2],[1e2,-0.0]]},
               "properties":{"osm_id":84690889, "highway":"residential", "name":"Rue de l'Hôpital", "ref":null, "oneway":"yes", "z_order":3}},
              {"type":"Feature", "geometry":null, "properties":null}
             ]}
            """);

        string trimmed = Encoding.UTF8.GetString(LilleRoadsTrim.Trim(source));

        Assert.Equal(
            """{"name":"roads","type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3857"}},"features":["""
            + """{"type":"Feature","geometry":{"type":"LineString","coordinates":[[341117.290,6556400.2],[1e2,-0.0]]},"properties":"""
            + """{"osm_id":84690889,"highway":"residential","name":"Rue de l'Hôpital","oneway":"yes","z_order":3}},"""
            + """{"type":"Feature","geometry":null,"properties":null}]}""",
            trimmed);
    }

    [Fact]
    public void The_embedded_lille_roads_equal_regenerating_them_from_the_shared_file()
    {
        byte[] regenerated = LilleRoadsTrim.Trim(File.ReadAllBytes(SharedData.PathOf("lille", "highway_line.json")));
        byte[]? embedded = File.Exists(LilleRoadsTrim.EmbeddedPath) ? LilleRoadsTrim.Decompress(File.ReadAllBytes(LilleRoadsTrim.EmbeddedPath)) : null;

        if (embedded is null || !embedded.AsSpan().SequenceEqual(regenerated))
        {
            // Kept after the test (artifacts/ is ignored by git), for the copy the message asks for.
            string fresh = Path.Combine(SharedData.RepositoryRoot(), "artifacts", "regenerated", Path.GetFileName(LilleRoadsTrim.EmbeddedPath));
            Directory.CreateDirectory(Path.GetDirectoryName(fresh)!);
            File.WriteAllBytes(fresh, LilleRoadsTrim.Compress(regenerated));
            Assert.Fail($"{LilleRoadsTrim.EmbeddedPath} is not what ../shared/data/lille/highway_line.json gives: regenerated as {fresh}; copy it over the embedded file and commit it.");
        }
    }

    [Fact]
    public void The_demo_without_a_network_uses_the_embedded_roads_and_gives_the_same_routes_as_the_shared_file()
    {
        string embeddedGeoJson = Path.Combine(_out, "embedded.geojson");
        string sharedGeoJson = Path.Combine(_out, "shared.geojson");

        CliRun embedded = CliProcess.Run("demo", "--out", embeddedGeoJson);
        CliRun shared = CliProcess.Run("demo", "--network", SharedLille, "--out", sharedGeoJson);

        Assert.Equal(0, embedded.ExitCode);
        Assert.Equal(0, shared.ExitCode);
        string[] embeddedLines = embedded.Out.Split('\n');
        string[] sharedLines = shared.Out.Split('\n');
        Assert.StartsWith("Network central Lille (embedded", embeddedLines[0], StringComparison.Ordinal);
        Assert.StartsWith("Network highway_line.json:", sharedLines[0], StringComparison.Ordinal);
        // Same junctions, road pieces and kilometres; then the same routes, streets and instructions; the last lines name the output files.
        Assert.Equal(sharedLines[0][sharedLines[0].IndexOf(':', StringComparison.Ordinal)..], embeddedLines[0][embeddedLines[0].IndexOf(':', StringComparison.Ordinal)..]);
        Assert.Equal(sharedLines[1..^2], embeddedLines[1..^2]);
        Assert.Equal(File.ReadAllBytes(sharedGeoJson), File.ReadAllBytes(embeddedGeoJson));
    }

    public void Dispose() => Directory.Delete(_out, recursive: true);
}
