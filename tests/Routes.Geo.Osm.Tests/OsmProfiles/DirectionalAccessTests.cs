namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>Rule 2: <c>key:forward</c> / <c>key:backward</c> access, per direction the most specific key winning.</summary>
public class DirectionalAccessTests
{
    [Theory]
    [InlineData("highway=residential access:backward=no", "car", true, false)]
    [InlineData("highway=residential motor_vehicle:forward=no", "car", false, true)]
    [InlineData("highway=residential motor_vehicle:backward=no", "foot", true, true)]
    [InlineData("highway=residential access=no access:forward=yes", "car", true, false)]
    [InlineData("highway=residential motorcar=no access:forward=yes", "car", false, false)]
    [InlineData("highway=residential vehicle:backward=no motor_vehicle=yes", "car", true, true)]
    [InlineData("highway=residential motor_vehicle=no motorcar:backward=yes", "car", false, true)]
    [InlineData("highway=residential bicycle:forward=no", "bicycle", false, true)]
    [InlineData("highway=residential vehicle:forward=no", "bicycle", false, true)]
    [InlineData("highway=residential vehicle:forward=no bicycle=yes", "bicycle", true, true)]
    [InlineData("highway=footway foot:backward=no", "foot", true, false)]
    [InlineData("highway=track motor_vehicle:forward=yes", "car", true, false)]
    public void DirectionalAccess_MostSpecificKeyWinsPerDirection_DirectionalBeatsPlain(string tags, string profile, bool forward, bool backward) =>
        Assert.Equal((forward, backward), SingleWay.Routable(tags, TravelProfiles.ByName(profile)));
}
