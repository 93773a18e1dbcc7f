namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>Rule 6: impassable ways and size or weight limits below the car's dimensions (2.0 m high, 1.9 m wide, 4.8 m long, 2.0 t).</summary>
public class SizeLimitTests
{
    [Theory]
    [InlineData("maxheight", "1.9", false)]
    [InlineData("maxheight", "2.1", true)]
    [InlineData("maxheight", "2", true)]
    [InlineData("maxheight", "1.8 m", false)]
    [InlineData("maxheight", "190 cm", false)]
    [InlineData("maxheight", "6'6\"", false)]
    [InlineData("maxheight", "6'7\"", true)]
    [InlineData("maxheight", "6 ft", false)]
    [InlineData("maxheight", "none", true)]
    [InlineData("maxheight", "default", true)]
    [InlineData("maxheight", "below_default", true)]
    [InlineData("maxwidth", "1.8", false)]
    [InlineData("maxwidth", "2", true)]
    [InlineData("maxlength", "4.5", false)]
    [InlineData("maxlength", "12", true)]
    [InlineData("maxweight", "1.5", false)]
    [InlineData("maxweight", "1500 kg", false)]
    [InlineData("maxweight", "3.5 t", true)]
    [InlineData("maxweight", "7.5", true)]
    [InlineData("maxweight", "4000 lbs", false)]
    public void SizeLimit_BelowTheCarsDimension_ClosesTheWayToCarsOnly(string key, string value, bool car)
    {
        RoadNetwork network = SingleWay.Import([("highway", "residential"), (key, value)]);

        Assert.Equal(car ? (true, true) : (false, false), SingleWay.Routable(network, TravelProfiles.Car));
        Assert.Equal((true, true), SingleWay.Routable(network, TravelProfiles.Foot));
        Assert.Equal((true, true), SingleWay.Routable(network, TravelProfiles.Bicycle));
    }

    [Fact]
    public void SmoothnessImpassable_ClosesTheWayToCars_NotToPedestrians()
    {
        RoadNetwork network = SingleWay.Import("highway=residential smoothness=impassable");

        Assert.Equal((false, false), SingleWay.Routable(network, TravelProfiles.Car));
        Assert.Equal((true, true), SingleWay.Routable(network, TravelProfiles.Foot));
    }
}
