using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.Osm.Tests.Pbf;

public class OsmTagsTests
{
    private static readonly OsmTags Tags = new([new("highway", "footway"), new("name", "Chemin des Pêcheurs")]);

    [Fact]
    public void Lookup_is_ordinal_and_case_sensitive()
    {
        Assert.True(Tags.TryGetValue("highway", out string? value));
        Assert.Equal("footway", value);
        Assert.False(Tags.TryGetValue("Highway", out _));
        Assert.Null(Tags.GetValueOrDefault("foot"));
        Assert.True(Tags.ContainsKey("name"));
        Assert.True(Tags.HasValue("highway", "footway"));
        Assert.False(Tags.HasValue("highway", "primary"));
    }

    [Fact]
    public void List_view_keeps_file_order()
    {
        Assert.Equal(2, Tags.Count);
        Assert.Equal("name", Tags[1].Key);
        Assert.Equal(["highway", "name"], Tags.Select(t => t.Key));
        Assert.Throws<ArgumentOutOfRangeException>(() => Tags[2]);
    }

    [Fact]
    public void Empty_has_no_tags()
    {
        Assert.Empty(OsmTags.Empty);
        Assert.False(OsmTags.Empty.ContainsKey("highway"));
    }
}
