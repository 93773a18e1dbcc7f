using Routes.Geo.Profiles;

namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>
/// Rule 4: destination-only access is read per mode and direction and marked on the way's access; routing
/// still uses such ways like any other (the documented policy until the prefix/suffix model exists).
/// </summary>
public class DestinationAccessTests
{
    [Theory]
    [InlineData("highway=residential motor_vehicle=destination", "car", true, true)]
    [InlineData("highway=residential access=customers", "car", true, true)]
    [InlineData("highway=residential access=delivery", "car", true, true)]
    [InlineData("highway=residential motor_vehicle:forward=destination", "car", true, false)]
    [InlineData("highway=residential access=destination", "foot", true, true)]
    [InlineData("highway=residential bicycle=destination", "bicycle", true, true)]
    [InlineData("highway=residential access=destination motor_vehicle=yes", "car", false, false)]
    [InlineData("highway=residential access=destination foot=yes", "foot", false, false)]
    public void DestinationAccess_IsRoutable_AndMarkedDestinationOnlyPerDirection(string tags, string profileName, bool forwardOnly, bool backwardOnly)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        RoadNetwork network = SingleWay.Import(tags);

        EdgeAccess access = profile.Evaluate(network.EdgeTags(0));

        Assert.Equal((true, true), SingleWay.Routable(network, profile));
        Assert.Equal((forwardOnly, backwardOnly), (access.ForwardDestinationOnly, access.BackwardDestinationOnly));
    }

    [Theory]
    [InlineData("highway=residential access=private")]
    [InlineData("highway=service access=private")]
    [InlineData("highway=residential motor_vehicle=private")]
    public void PrivateAccess_IsNotRoutableByCar(string tags) =>
        Assert.Equal((false, false), SingleWay.Routable(tags, TravelProfiles.Car));

    [Fact]
    public void DeliveryAccess_IsDestinationOnlyForCars_ButClosedToPedestriansAndBicycles()
    {
        RoadNetwork network = SingleWay.Import("highway=residential access=delivery");

        Assert.True(TravelProfiles.Car.Evaluate(network.EdgeTags(0)).ForwardDestinationOnly);
        Assert.Equal((false, false), SingleWay.Routable(network, TravelProfiles.Foot));
        Assert.Equal((false, false), SingleWay.Routable(network, TravelProfiles.Bicycle));
    }
}
