namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>Rule 3: access values that forbid a mode: no, private, values naming other users only, and lists of them.</summary>
public class AccessValueTests
{
    [Theory]
    [InlineData("highway=residential access=agricultural;forestry", false, false, false)]
    [InlineData("highway=residential motor_vehicle=agricultural;forestry", false, true, true)]
    [InlineData("highway=residential access=bus", false, false, false)]
    [InlineData("highway=residential motor_vehicle=psv;taxi", false, true, true)]
    [InlineData("highway=residential motor_vehicle=share_taxi", false, true, true)]
    [InlineData("highway=residential motor_vehicle=minibus", false, true, true)]
    [InlineData("highway=residential access=emergency", false, false, false)]
    [InlineData("highway=residential access=military", false, false, false)]
    [InlineData("highway=residential motorcar=foot", false, true, true)]
    [InlineData("highway=residential access=foot", false, true, false)]
    [InlineData("highway=residential access=bicycle", false, false, true)]
    [InlineData("highway=residential access=foot;bicycle", false, true, true)]
    [InlineData("highway=residential access=motorcar", true, false, false)]
    [InlineData("highway=residential access=private", false, false, false)]
    [InlineData("highway=residential access=delivery", true, false, false)]
    [InlineData("highway=residential access=official", true, true, true)]
    [InlineData("highway=residential foot=use_sidepath", true, false, true)]
    [InlineData("highway=residential bicycle=use_sidepath", true, true, false)]
    [InlineData("highway=residential access=no motor_vehicle=permit", true, false, false)]
    public void AccessValues_NamingOtherUsersOnly_ForbidTheMode(string tags, bool car, bool foot, bool bicycle)
    {
        RoadNetwork network = SingleWay.Import(tags);

        Assert.Equal(
            (car, foot, bicycle),
            (Both(network, TravelProfiles.Car), Both(network, TravelProfiles.Foot), Both(network, TravelProfiles.Bicycle)));
    }

    private static bool Both(RoadNetwork network, Profile profile) => SingleWay.Routable(network, profile) == (true, true);
}
