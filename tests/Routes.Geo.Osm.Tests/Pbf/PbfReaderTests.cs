using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.Osm.Tests.Pbf;

public class PbfReaderTests
{
    private static PbfReader Open(params byte[][] frames) =>
        new(new MemoryStream(TestPbf.File(frames)), "test.osm.pbf");

    private static PbfReader OpenStandard() => Open(TestPbf.StandardHeader(), TestPbf.Frame("OSMData", TestPbf.DataBlock()));

    [Fact]
    public void Header_is_decoded_with_bounding_box_and_features()
    {
        using PbfReader reader = OpenStandard();

        Assert.Equal(new OsmBoundingBox(7.4, 43.7, 7.5, 43.8), reader.BoundingBox);
        Assert.Equal(["OsmSchema-V0.6", "DenseNodes"], reader.Header.RequiredFeatures);
        Assert.Equal(["Sort.Type_then_ID"], reader.Header.OptionalFeatures);
        Assert.Equal("Routes.Geo tests", reader.Header.WritingProgram);
        Assert.Equal("test.osm.pbf", reader.SourceName);
    }

    [Fact]
    public void Dense_and_plain_nodes_apply_deltas_granularity_offsets_and_tags()
    {
        using PbfReader reader = OpenStandard();

        OsmNode[] nodes = [.. reader.Read().OfType<OsmNode>()];

        Assert.Equal([1001L, 1003L, 1005L], nodes.Select(n => n.Id));
        Assert.Equal(43.7001, nodes[0].Latitude, 12);
        Assert.Equal(7.4002, nodes[0].Longitude, 12);
        Assert.Equal(43.7101, nodes[1].Latitude, 12);
        Assert.Equal(7.4202, nodes[1].Longitude, 12);
        Assert.Equal(43.7201, nodes[2].Latitude, 12);
        Assert.Equal("traffic_signals", nodes[0].Tags.GetValueOrDefault("highway"));
        Assert.Same(OsmTags.Empty, nodes[1].Tags);
        Assert.Equal("Rue Grimaldi", nodes[2].Tags.GetValueOrDefault("name"));
    }

    [Fact]
    public void Way_refs_are_delta_decoded_and_tags_read()
    {
        using PbfReader reader = OpenStandard();

        OsmWay way = Assert.Single(reader.Read().OfType<OsmWay>());

        Assert.Equal(50, way.Id);
        Assert.Equal([1001L, 1003L, 1005L, 1001L], way.NodeIds);
        Assert.True(way.Tags.HasValue("highway", "traffic_signals"));
        Assert.Equal(2, way.Tags.Count);
    }

    [Fact]
    public void Relation_members_have_types_delta_ids_and_roles()
    {
        using PbfReader reader = OpenStandard();

        OsmRelation relation = Assert.Single(reader.Read().OfType<OsmRelation>());

        Assert.Equal(70, relation.Id);
        Assert.Equal([new OsmMember(OsmMemberType.Way, 50, "from"), new OsmMember(OsmMemberType.Node, 1003, "")], relation.Members);
        Assert.True(relation.Tags.HasValue("type", "restriction"));
    }

    [Fact]
    public void Elements_come_in_file_order()
    {
        using PbfReader reader = OpenStandard();

        Assert.Equal(["OsmNode", "OsmNode", "OsmNode", "OsmWay", "OsmRelation"], reader.Read().Select(e => e.GetType().Name));
    }

    [Fact]
    public void Ways_and_relations_filter_yields_no_nodes()
    {
        using PbfReader reader = OpenStandard();

        Assert.Equal(["OsmWay", "OsmRelation"], reader.Read(OsmElementFilter.WaysAndRelations).Select(e => e.GetType().Name));
    }

    [Fact]
    public void Node_coordinates_filter_yields_nodes_without_tags()
    {
        using PbfReader reader = OpenStandard();

        OsmElement[] elements = [.. reader.Read(OsmElementFilter.NodeCoordinates)];

        Assert.Equal(3, elements.Length);
        Assert.All(elements, e => Assert.Same(OsmTags.Empty, Assert.IsType<OsmNode>(e).Tags));
    }

    [Fact]
    public void Excluded_relations_are_not_decoded_so_their_bad_string_index_goes_unnoticed()
    {
        // Proves skipping avoids decoding: the relation's role index points outside the string table.
        using PbfReader reader = Open(TestPbf.StandardHeader(), TestPbf.Frame("OSMData", TestPbf.DataBlock(relationRole: 999)));

        Assert.Equal(4, reader.Read(OsmElementFilter.All with { IncludeRelations = false }).Count());
    }

    [Fact]
    public void Raw_blobs_and_unknown_blob_types_are_handled()
    {
        using PbfReader reader = Open(
            TestPbf.StandardHeader(),
            TestPbf.Frame("SomeFutureType", [1, 2, 3]),
            TestPbf.Frame("OSMData", TestPbf.DataBlock(), raw: true));

        Assert.Equal(5, reader.Read().Count());
    }

    [Fact]
    public void A_seekable_source_can_be_read_twice()
    {
        using PbfReader reader = OpenStandard();

        Assert.Equal(2, reader.Read(OsmElementFilter.WaysAndRelations).Count());
        Assert.Equal(3, reader.Read(OsmElementFilter.NodeCoordinates).Count());
    }

    [Fact]
    public void A_non_seekable_stream_can_be_read_once()
    {
        using var reader = new PbfReader(new ForwardOnlyStream(TestPbf.File(TestPbf.StandardHeader(), TestPbf.Frame("OSMData", TestPbf.DataBlock()))), "pipe");

        Assert.Equal(5, reader.Read().Count());
        Assert.Throws<InvalidOperationException>(() => reader.Read().Count());
    }

    [Fact]
    public void Overlapping_enumerations_are_refused()
    {
        using PbfReader reader = OpenStandard();
        using IEnumerator<OsmElement> first = reader.Read().GetEnumerator();
        Assert.True(first.MoveNext());

        Assert.Throws<InvalidOperationException>(() => reader.Read().First());
    }

    [Fact]
    public void Read_checks_arguments_and_disposal()
    {
        PbfReader reader = OpenStandard();
        Assert.Throws<ArgumentNullException>(() => reader.Read(null!));
        reader.Dispose();

        Assert.Throws<ObjectDisposedException>(() => reader.Read());
    }

    [Fact]
    public void Constructor_leaves_the_stream_open_only_when_asked()
    {
        var kept = new MemoryStream(TestPbf.File(TestPbf.StandardHeader()));
        new PbfReader(kept, "kept", leaveOpen: true).Dispose();
        Assert.True(kept.CanRead);

        var closed = new MemoryStream(TestPbf.File(TestPbf.StandardHeader()));
        new PbfReader(closed, "closed").Dispose();
        Assert.False(closed.CanRead);
    }
}
