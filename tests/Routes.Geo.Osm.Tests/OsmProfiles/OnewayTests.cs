namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>Rule 5: the car's oneway key hierarchy, alternating and reversible one-ways, pushed bicycles.</summary>
public class OnewayTests
{
    [Theory]
    [InlineData("highway=residential oneway:vehicle=yes", true, false)]
    [InlineData("highway=residential oneway:vehicle=-1", false, true)]
    [InlineData("highway=residential oneway=yes oneway:vehicle=no", true, true)]
    [InlineData("highway=residential oneway:vehicle=yes oneway:motor_vehicle=no", true, true)]
    [InlineData("highway=residential oneway:motor_vehicle=yes oneway:motorcar=no", true, true)]
    [InlineData("highway=residential oneway:vehicle=no oneway:motorcar=-1", false, true)]
    public void CarOneway_MostSpecificOfMotorcarMotorVehicleVehicleOneway_Decides(string tags, bool forward, bool backward) =>
        Assert.Equal((forward, backward), SingleWay.Routable(tags, TravelProfiles.Car));

    [Theory]
    [InlineData("highway=residential oneway=alternating", "car", true, true)]
    [InlineData("highway=residential oneway=alternating", "bicycle", true, true)]
    [InlineData("highway=motorway oneway=alternating", "car", true, false)]
    [InlineData("highway=primary junction=roundabout oneway=alternating", "car", true, false)]
    [InlineData("highway=primary junction=roundabout oneway=alternating", "bicycle", true, false)]
    public void AlternatingOneway_IsTwoWay_UnlessAOnewayIsImplied(string tags, string profile, bool forward, bool backward) =>
        Assert.Equal((forward, backward), SingleWay.Routable(tags, TravelProfiles.ByName(profile)));

    [Theory]
    [InlineData("car")]
    [InlineData("bicycle")]
    public void ReversibleOneway_IsNotRoutable(string profile) =>
        Assert.Equal((false, false), SingleWay.Routable("highway=residential oneway=reversible", TravelProfiles.ByName(profile)));

    [Theory]
    [InlineData("highway=footway oneway=yes", true, true)]
    [InlineData("highway=pedestrian oneway=yes", true, true)]
    [InlineData("highway=footway oneway=-1 oneway:bicycle=-1", true, true)]
    [InlineData("highway=footway oneway=yes oneway:foot=yes", true, false)]
    [InlineData("highway=residential oneway=yes bicycle=dismount", true, true)]
    [InlineData("highway=footway oneway=yes bicycle=yes", true, false)]
    [InlineData("highway=residential oneway=yes", true, false)]
    public void PushedBicycle_IgnoresOnewayLikeAPedestrian_RiddenBicycleObeysIt(string tags, bool forward, bool backward) =>
        Assert.Equal((forward, backward), SingleWay.Routable(tags, TravelProfiles.Bicycle));
}
