using Routes.Geo.Storage;

namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>Bad input: a tag value a profile cannot read is ignored (the way's default applies) and counted in the statistics.</summary>
public class UnreadableTagValueTests
{
    [Fact]
    public void UnreadableMaxheightAndMaxspeed_AreIgnored_AndCounted()
    {
        RoadNetwork network = SingleWay.Import([("highway", "residential"), ("maxheight", "very low"), ("maxspeed", "fast")]);

        RouteResult route = network.Route(TravelProfiles.Car).From(SingleWay.First).To(SingleWay.Last).Calculate();

        Assert.True(route.IsFound);
        Assert.Equal(route.Route.LengthMetres / (25 / 3.6), route.Route.DurationSeconds, 6);
        Assert.Equal(2, network.Statistics.UnreadableTagValues);
    }

    [Theory]
    [InlineData("maxwidth", "narrow")]
    [InlineData("maxlength", "2,5")]
    [InlineData("maxweight", "heavy")]
    [InlineData("maxspeed", "50;fast")]
    public void UnreadableLimit_IsCountedOnce_AndLeavesTheWayOpen(string key, string value)
    {
        RoadNetwork network = SingleWay.Import([("highway", "residential"), (key, value)]);

        Assert.Equal(1, network.Statistics.UnreadableTagValues);
        Assert.Equal((true, true), SingleWay.Routable(network, TravelProfiles.Car));
    }

    [Fact]
    public void ReadableValues_AreNotCounted()
    {
        RoadNetwork network = SingleWay.Import([("highway", "residential"), ("maxheight", "6'6\""), ("maxspeed", "30 mph"), ("maxweight", "none")]);

        Assert.Equal(0, network.Statistics.UnreadableTagValues);
    }

    [Fact]
    public void UnreadableTagValueCount_SurvivesSavingAndLoading()
    {
        RoadNetwork network = SingleWay.Import([("highway", "residential"), ("maxspeed", "fast")]);
        string path = Path.Combine(Path.GetTempPath(), "routes-geo-unreadable-" + Guid.NewGuid().ToString("N") + ".rgnet");
        try
        {
            SavedNetwork.Save(path, network.GraphFor(TravelProfiles.Car), RouteMetric.Fastest);

            Assert.Equal(1, SavedNetwork.Load(path, TravelProfiles.Car).Network.Statistics.UnreadableTagValues);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
