using Routes.Geo.Profiles;

namespace Routes.Geo.Tests.Profiles;

public class ProfileTests
{
    private static EdgeAccess Car(string tags) => TravelProfiles.Car.Evaluate(TinyNetwork.Tags(tags));

    private static EdgeAccess Foot(string tags) => TravelProfiles.Foot.Evaluate(TinyNetwork.Tags(tags));

    private static EdgeAccess Bike(string tags) => TravelProfiles.Bicycle.Evaluate(TinyNetwork.Tags(tags));

    [Theory]
    [InlineData("highway=residential oneway=yes", true, false)]
    [InlineData("highway=residential oneway=true", true, false)]
    [InlineData("highway=residential oneway=1", true, false)]
    [InlineData("highway=residential oneway=-1", false, true)]
    [InlineData("highway=residential oneway=reverse", false, true)]
    [InlineData("highway=residential oneway=no", true, true)]
    [InlineData("highway=residential", true, true)]
    [InlineData("highway=primary junction=roundabout", true, false)]
    [InlineData("highway=primary junction=circular", true, false)]
    [InlineData("highway=primary junction=roundabout oneway=no", true, true)]
    [InlineData("highway=motorway", true, false)]
    [InlineData("highway=motorway oneway=no", true, true)]
    public void Car_ReadsOnewayInAllItsForms(string tags, bool forward, bool backward)
    {
        EdgeAccess access = Car(tags);
        Assert.Equal((forward, backward), (access.Forward, access.Backward));
    }

    [Theory]
    [InlineData("highway=residential oneway=reversible")]
    public void Car_ReversibleOneway_IsNotRoutable(string tags) => Assert.False(Car(tags).IsUsable);

    [Theory]
    [InlineData("highway=residential access=private")]
    [InlineData("highway=residential access=no")]
    [InlineData("highway=residential motor_vehicle=no")]
    [InlineData("highway=residential motorcar=no")]
    [InlineData("highway=residential vehicle=no")]
    [InlineData("highway=footway")]
    [InlineData("highway=steps")]
    [InlineData("highway=cycleway")]
    [InlineData("highway=pedestrian area=yes")]
    [InlineData("building=yes")]
    [InlineData("route=ferry")]
    public void Car_CannotUse(string tags) => Assert.False(Car(tags).IsUsable);

    [Theory]
    [InlineData("highway=residential access=no motorcar=yes")]
    [InlineData("highway=residential access=private motor_vehicle=destination")]
    [InlineData("highway=track motorcar=yes")]
    [InlineData("route=ferry motorcar=yes")]
    public void Car_MoreSpecificAccessWins(string tags) => Assert.True(Car(tags).IsUsable);

    [Fact]
    public void Car_UsesMaxspeed_AtEightyPercent()
    {
        Assert.Equal(40, Car("highway=primary maxspeed=50").SpeedKmh, 9);
        Assert.Equal(30 * 1.609344 * 0.8, TravelProfiles.Car.Evaluate(new Dictionary<string, string> { ["highway"] = "primary", ["maxspeed"] = "30 mph" }).SpeedKmh, 9);
        Assert.Equal(40, Car("highway=primary maxspeed=FR:urban").SpeedKmh, 9);
        Assert.Equal(65, Car("highway=primary maxspeed=none").SpeedKmh, 9);
        Assert.Equal(25, Car("highway=residential").SpeedKmh, 9);
    }

    [Theory]
    [InlineData("highway=residential oneway=yes", true, true)]
    [InlineData("highway=footway oneway:foot=yes", true, false)]
    [InlineData("highway=steps", true, true)]
    [InlineData("highway=pedestrian area=yes", true, true)]
    [InlineData("route=ferry", true, true)]
    [InlineData("highway=motorway foot=yes", true, true)]
    public void Foot_IgnoresOnewayButNotOnewayFoot(string tags, bool forward, bool backward)
    {
        EdgeAccess access = Foot(tags);
        Assert.True(access.IsUsable);
        Assert.Equal((forward, backward), (access.Forward, access.Backward));
    }

    [Theory]
    [InlineData("highway=motorway")]
    [InlineData("highway=trunk")]
    [InlineData("highway=footway foot=no")]
    [InlineData("highway=residential access=private")]
    [InlineData("highway=cycleway foot=no")]
    public void Foot_CannotUse(string tags) => Assert.False(Foot(tags).IsUsable);

    [Fact]
    public void Foot_StepsAreSlower() => Assert.True(Foot("highway=steps").SpeedKmh < Foot("highway=footway").SpeedKmh);

    [Theory]
    [InlineData("highway=residential oneway=yes oneway:bicycle=no", true, true)]
    [InlineData("highway=residential oneway=yes cycleway=opposite_lane", true, true)]
    [InlineData("highway=residential oneway=yes", true, false)]
    [InlineData("highway=residential junction=roundabout", true, false)]
    [InlineData("highway=cycleway oneway=-1", false, true)]
    public void Bicycle_ReadsOnewayBicycleAndContraflow(string tags, bool forward, bool backward)
    {
        EdgeAccess access = Bike(tags);
        Assert.Equal((forward, backward), (access.Forward, access.Backward));
    }

    [Theory]
    [InlineData("highway=motorway")]
    [InlineData("highway=steps")]
    [InlineData("highway=footway bicycle=no")]
    [InlineData("highway=primary bicycle=no")]
    public void Bicycle_CannotUse(string tags) => Assert.False(Bike(tags).IsUsable);

    [Fact]
    public void Bicycle_PushesOnFootways() => Assert.Equal(BicycleProfile.PushingSpeedKmh, Bike("highway=footway").SpeedKmh);

    [Theory]
    [InlineData("barrier=bollard", false, true, true)]
    [InlineData("barrier=gate", true, true, true)]
    [InlineData("barrier=lift_gate", true, true, true)]
    [InlineData("barrier=stile", false, true, false)]
    [InlineData("barrier=cycle_barrier", false, true, true)]
    [InlineData("barrier=gate access=private", false, false, false)]
    [InlineData("barrier=bollard motor_vehicle=yes", true, true, true)]
    [InlineData("barrier=fence", false, false, false)]
    [InlineData("highway=crossing", true, true, true)]
    [InlineData("highway=crossing motor_vehicle=no bicycle=no foot=no", true, true, true)]
    [InlineData("highway=crossing barrier=fence access=yes", false, false, false)]
    [InlineData("motor_vehicle=no", false, true, true)]
    public void Barriers_BlockByMode(string tags, bool car, bool foot, bool bicycle)
    {
        IReadOnlyDictionary<string, string> t = TinyNetwork.Tags(tags);
        Assert.Equal(
            (car, foot, bicycle),
            (TravelProfiles.Car.CanPassNode(t), TravelProfiles.Foot.CanPassNode(t), TravelProfiles.Bicycle.CanPassNode(t)));
    }

    [Theory]
    [InlineData("restriction=no_left_turn", TurnRestrictionKind.Prohibitory)]
    [InlineData("restriction=only_straight_on", TurnRestrictionKind.Mandatory)]
    [InlineData("restriction:motorcar=no_u_turn", TurnRestrictionKind.Prohibitory)]
    public void Car_ReadsRestrictions(string tags, TurnRestrictionKind kind) =>
        Assert.Equal(kind, TravelProfiles.Car.ReadRestriction(TinyNetwork.Tags(tags)));

    [Theory]
    [InlineData("restriction=no_left_turn except=motorcar")]
    [InlineData("restriction:hgv=no_left_turn")]
    [InlineData("restriction=give_way")]
    public void Car_IgnoresRestrictionsThatDoNotBindIt(string tags) => Assert.Null(TravelProfiles.Car.ReadRestriction(TinyNetwork.Tags(tags)));

    [Fact]
    public void Foot_IsBoundByNoTurnRestriction() => Assert.Null(TravelProfiles.Foot.ReadRestriction(TinyNetwork.Tags("restriction=no_left_turn")));

    [Theory]
    [InlineData("1:30", 5400)]
    [InlineData("00:45:30", 2730)]
    [InlineData("PT1H15M", 4500)]
    [InlineData("90", 5400)]
    public void FerryDuration_IsParsed(string value, double seconds) => Assert.Equal(seconds, TagReading.ParseDurationSeconds(value));

    [Fact]
    public void ByName_AcceptsAliases_AndRejectsUnknown()
    {
        Assert.Same(TravelProfiles.Bicycle, TravelProfiles.ByName("bike"));
        Assert.Same(TravelProfiles.Foot, TravelProfiles.ByName("Walk"));
        Assert.Throws<ArgumentException>(() => TravelProfiles.ByName("horse"));
    }
}
