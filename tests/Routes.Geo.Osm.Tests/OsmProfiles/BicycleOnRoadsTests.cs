namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>Rule 7: bicycles on motorways opened to them, and contraflow cycle lanes on one-way roads.</summary>
public class BicycleOnRoadsTests
{
    [Theory]
    [InlineData("highway=motorway bicycle=yes", true, false)]
    [InlineData("highway=motorway_link bicycle=yes", true, true)]
    [InlineData("highway=motorway_link bicycle=yes oneway=yes", true, false)]
    [InlineData("highway=motorway", false, false)]
    [InlineData("highway=motorway bicycle=no", false, false)]
    public void MotorwayWithBicycleYes_IsRideable_KeepingItsImpliedOneway(string tags, bool forward, bool backward) =>
        Assert.Equal((forward, backward), SingleWay.Routable(tags, TravelProfiles.Bicycle));

    [Theory]
    [InlineData("highway=residential oneway=yes cycleway=opposite", true, true)]
    [InlineData("highway=residential oneway=yes cycleway=opposite_lane", true, true)]
    [InlineData("highway=residential oneway=-1 cycleway=opposite_track", true, true)]
    [InlineData("highway=residential oneway=yes cycleway:left=opposite_lane", true, true)]
    [InlineData("highway=residential oneway=yes cycleway:right=lane cycleway:right:oneway=-1", true, true)]
    [InlineData("highway=residential oneway=yes cycleway:left=track cycleway:left:oneway=no", true, true)]
    [InlineData("highway=residential oneway=yes cycleway:both=lane cycleway:both:oneway=no", true, true)]
    [InlineData("highway=residential oneway=yes oneway:bicycle=no", true, true)]
    [InlineData("highway=residential oneway=yes cycleway=lane", true, false)]
    [InlineData("highway=residential oneway=yes cycleway:right=lane", true, false)]
    [InlineData("highway=residential oneway=yes cycleway=opposite oneway:bicycle=yes", true, false)]
    public void ContraflowCycleLanes_OpenOnewayRoadsAgainstTheTraffic_ForBicyclesOnly(string tags, bool forward, bool backward)
    {
        RoadNetwork network = SingleWay.Import(tags);

        Assert.Equal((forward, backward), SingleWay.Routable(network, TravelProfiles.Bicycle));
        Assert.False(SingleWay.Routable(network, TravelProfiles.Car) == (true, true), "a car may not use the contraflow lane");
    }
}
