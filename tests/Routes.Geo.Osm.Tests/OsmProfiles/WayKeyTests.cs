using Routes.Geo.Profiles;

namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>A custom profile's rule on a way key no built-in profile reads reaches it through the OSM importer.</summary>
public class WayKeyTests
{
    [Fact]
    public void CustomProfileReadingSurfaceLanes_GetsItFromTheImporter()
    {
        var gravelAverse = new GravelAverseFoot();

        RoadNetwork network = SingleWay.Import("highway=footway surface:lanes=gravel|asphalt", "", [gravelAverse, TravelProfiles.Foot]);

        Assert.Equal((false, false), SingleWay.Routable(network, gravelAverse));
        Assert.Equal((true, true), SingleWay.Routable(network, TravelProfiles.Foot));
    }

    [Fact]
    public void CustomProfileReadingSurfaceLanes_PassesAWayWithoutGravel()
    {
        var gravelAverse = new GravelAverseFoot();

        RoadNetwork network = SingleWay.Import("highway=footway surface:lanes=asphalt|asphalt", "", [gravelAverse]);

        Assert.Equal((true, true), SingleWay.Routable(network, gravelAverse));
    }

    // Closes any way with a gravel lane (a deliberately odd rule, so that reading the key is visible).
    private sealed class GravelAverseFoot : FootProfile
    {
        public override string Name => "gravel-averse foot";

        public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags) =>
            wayTags.Get("surface:lanes") is { } lanes && lanes.Split('|').Contains("gravel") ? EdgeAccess.None : base.Evaluate(wayTags);
    }
}
