using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.IntegrationTests.Osm;

/// <summary>
/// The reader on the real shared extracts. Expected figures come from data/README.md and were
/// cross-checked with osmium-tool 1.15 (`osmium fileinfo -e`, `osmium getid -f opl`).
/// </summary>
public class PbfReaderExtractTests
{
    [Theory]
    [InlineData("monaco.osm.pbf", 180_118, 27_377, 212)]
    [InlineData("andorra.osm.pbf", 69_644, 2_725, 74)]
    [InlineData("liechtenstein.osm.pbf", 142_832, 15_247, 358)]
    public void Element_counts_match_the_published_and_osmium_counts(string file, int nodes, int ways, int relations)
    {
        using var reader = new PbfReader(OsmTestData.PathOf(file));
        int n = 0, w = 0, r = 0;
        foreach (OsmElement element in reader.Read())
        {
            _ = element switch
            {
                OsmNode => n++,
                OsmWay => w++,
                _ => r++,
            };
        }

        Assert.Equal((nodes, ways, relations), (n, w, r));
    }

    [Theory]
    [InlineData("monaco.osm.pbf", 7.349, 43.71, 7.491, 43.77)]
    [InlineData("andorra.osm.pbf", 1.422104, 42.43509, 1.780386, 42.65717)]
    [InlineData("liechtenstein.osm.pbf", 9.471078, 47.04774, 9.636217, 47.27128)]
    public void Header_bounding_box_matches_osmium(string file, double minLon, double minLat, double maxLon, double maxLat)
    {
        using var reader = new PbfReader(OsmTestData.PathOf(file));

        OsmBoundingBox box = Assert.IsType<OsmBoundingBox>(reader.BoundingBox);
        Assert.Equal(minLon, box.MinLongitude, 6);
        Assert.Equal(minLat, box.MinLatitude, 6);
        Assert.Equal(maxLon, box.MaxLongitude, 6);
        Assert.Equal(maxLat, box.MaxLatitude, 6);
        Assert.Equal(["OsmSchema-V0.6", "DenseNodes"], reader.Header.RequiredFeatures);
    }

    [Fact]
    public void Every_monaco_node_lies_in_the_header_bounding_box()
    {
        using var reader = new PbfReader(OsmTestData.PathOf("monaco.osm.pbf"));
        OsmBoundingBox box = reader.BoundingBox!;

        Assert.All(reader.Read(OsmElementFilter.NodeCoordinates).Cast<OsmNode>(), node => Assert.True(box.Contains(node.Latitude, node.Longitude), $"node {node.Id}"));
    }

    // Andorra and Liechtenstein are complete-ways extracts: ways crossing the border keep their
    // outside nodes, so nodes leave the header box; they must stay in the data extent osmium reports.
    [Theory]
    [InlineData("monaco.osm.pbf", 7.3490007, 43.7147967, 7.490996, 43.77)]
    [InlineData("andorra.osm.pbf", 1.0366421, 41.7369089, 1.8252606, 42.7883379)]
    [InlineData("liechtenstein.osm.pbf", 9.3977818, 46.7862853, 9.6714552, 47.525823)]
    public void Node_extent_matches_osmium_data_bounding_box(string file, double minLon, double minLat, double maxLon, double maxLat)
    {
        using var reader = new PbfReader(OsmTestData.PathOf(file));
        double west = 180, south = 90, east = -180, north = -90;
        foreach (OsmNode node in reader.Read(OsmElementFilter.NodeCoordinates).Cast<OsmNode>())
        {
            west = Math.Min(west, node.Longitude);
            east = Math.Max(east, node.Longitude);
            south = Math.Min(south, node.Latitude);
            north = Math.Max(north, node.Latitude);
        }

        Assert.Equal((minLon, minLat, maxLon, maxLat), (west, south, east, north));
    }

    [Fact]
    public void Monaco_has_2927_highway_ways()
    {
        using var reader = new PbfReader(OsmTestData.PathOf("monaco.osm.pbf"));

        Assert.Equal(2_927, reader.Read(OsmElementFilter.WaysAndRelations).OfType<OsmWay>().Count(w => w.Tags.ContainsKey("highway")));
    }

    [Fact]
    public void Monaco_known_way_has_its_node_refs_and_tags()
    {
        using var reader = new PbfReader(OsmTestData.PathOf("monaco.osm.pbf"));

        OsmWay way = reader.Read(OsmElementFilter.WaysAndRelations).OfType<OsmWay>().Single(w => w.Id == 92_627_431);

        Assert.Equal([21_918_825L, 273_246_852L, 21_918_815L, 273_244_852L], way.NodeIds);
        Assert.Equal("Boulevard du Larvotto", way.Tags.GetValueOrDefault("name"));
        Assert.Equal("primary", way.Tags.GetValueOrDefault("highway"));
        Assert.Equal("50", way.Tags.GetValueOrDefault("maxspeed"));
        Assert.Equal(4, way.Tags.Count);
    }

    [Fact]
    public void Monaco_known_node_has_exact_coordinates()
    {
        using var reader = new PbfReader(OsmTestData.PathOf("monaco.osm.pbf"));

        OsmNode node = reader.Read(OsmElementFilter.NodeCoordinates).Cast<OsmNode>().Single(n => n.Id == 273_244_852);

        Assert.Equal(43.7442536, node.Latitude);
        Assert.Equal(7.4301017, node.Longitude);
    }

    [Fact]
    public void Monaco_turn_restriction_has_from_via_to_members()
    {
        using var reader = new PbfReader(OsmTestData.PathOf("monaco.osm.pbf"));
        OsmRelation[] relations = [.. reader.Read(OsmElementFilter.WaysAndRelations).OfType<OsmRelation>()];

        OsmRelation restriction = relations.Single(r => r.Id == 3_410_831);

        Assert.Equal(
            [new OsmMember(OsmMemberType.Way, 92_627_431, "from"), new OsmMember(OsmMemberType.Way, 254_596_488, "to"), new OsmMember(OsmMemberType.Node, 273_244_852, "via")],
            restriction.Members);
        Assert.True(restriction.Tags.HasValue("type", "restriction"));
        Assert.Equal("only_straight_on", restriction.Tags.GetValueOrDefault("restriction"));
        Assert.Equal(27, relations.Count(r => r.Tags.HasValue("type", "restriction")));
    }

    [Fact]
    public void Monaco_is_sorted_by_type_then_id_as_its_header_declares()
    {
        using var reader = new PbfReader(OsmTestData.PathOf("monaco.osm.pbf"));
        Assert.Contains("Sort.Type_then_ID", reader.Header.OptionalFeatures);
        (int Rank, long Id) previous = (0, long.MinValue);

        foreach (OsmElement element in reader.Read())
        {
            (int Rank, long Id) current = (element switch { OsmNode => 0, OsmWay => 1, _ => 2 }, element.Id);
            Assert.True(current.CompareTo(previous) > 0, $"{current} after {previous}");
            previous = current;
        }
    }

    [Fact]
    public void Two_pass_import_finds_every_highway_node()
    {
        using var reader = new PbfReader(OsmTestData.PathOf("monaco.osm.pbf"));
        var wanted = new HashSet<long>();
        foreach (OsmWay way in reader.Read(OsmElementFilter.WaysAndRelations).OfType<OsmWay>().Where(w => w.Tags.ContainsKey("highway")))
        {
            wanted.UnionWith(way.NodeIds);
        }

        int found = reader.Read(OsmElementFilter.NodeCoordinates).Count(n => wanted.Contains(n.Id));

        Assert.Equal(wanted.Count, found);
    }
}
