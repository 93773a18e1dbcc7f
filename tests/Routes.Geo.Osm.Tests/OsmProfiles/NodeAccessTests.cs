using Routes.Geo.Profiles;

namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>Rule 1: access tags on a node inside a way, with or without a barrier, imported from OSM.</summary>
public class NodeAccessTests
{
    [Theory]
    [InlineData("motor_vehicle=no", false, true, true)]
    [InlineData("motorcar=private", false, true, true)]
    [InlineData("vehicle=no", false, true, false)]
    [InlineData("bicycle=no", true, true, false)]
    [InlineData("foot=no", true, false, true)]
    [InlineData("access=no", false, false, false)]
    [InlineData("access=no foot=yes", false, true, false)]
    [InlineData("access=agricultural;forestry", false, false, false)]
    [InlineData("motor_vehicle=destination", true, true, true)]
    public void NodeAccessTag_WithoutBarrier_BlocksTheMatchingModeOnAnAccessYesWay(string nodeTags, bool car, bool foot, bool bicycle)
    {
        RoadNetwork network = SingleWay.Import("highway=residential access=yes", nodeTags);

        Assert.Equal(
            (car, foot, bicycle),
            (Passes(network, TravelProfiles.Car), Passes(network, TravelProfiles.Foot), Passes(network, TravelProfiles.Bicycle)));
    }

    [Theory]
    [InlineData("highway=crossing motor_vehicle=no")]
    [InlineData("highway=crossing access=no")]
    [InlineData("highway=crossing crossing=traffic_signals bicycle=no foot=yes")]
    public void CrossingNodeAccessTags_DescribeTheCrossingTraffic_AndDoNotBlockTheRoad(string nodeTags)
    {
        RoadNetwork network = SingleWay.Import("highway=residential", nodeTags);

        Assert.All(TravelProfiles.All, profile => Assert.True(Passes(network, profile), profile.Name));
    }

    [Fact]
    public void NodeTagsNoProfileReads_AreNotKept()
    {
        RoadNetwork network = SingleWay.Import("highway=residential", "motor_vehicle=no name=Porte kerb=raised highway=crossing");

        IReadOnlyDictionary<string, string> kept = Assert.Single(network.VertexTags).Value;
        // kerb is read by the built-in wheelchair profile; name by none.
        Assert.Equal(["highway", "kerb", "motor_vehicle"], kept.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NodeWithOnlyContextKeys_IsNotKept_SoAPlainCrossingIsNoVertex()
    {
        RoadNetwork network = SingleWay.Import("highway=residential", "highway=crossing crossing=zebra");

        Assert.Empty(network.VertexTags);
        Assert.Equal(2, network.VertexCount);
    }

    [Fact]
    public void CustomProfileNodeKeys_AreKeptByTheImporter()
    {
        var kerbAverse = new KerbAverseFoot();

        RoadNetwork forCustom = SingleWay.Import("highway=footway", "kerb=raised", [kerbAverse, .. TravelProfiles.All]);
        RoadNetwork forBuiltIn = SingleWay.Import("highway=footway", "kerb=raised", [TravelProfiles.Foot, TravelProfiles.Car, TravelProfiles.Bicycle]);

        Assert.False(Passes(forCustom, kerbAverse));
        Assert.True(Passes(forCustom, TravelProfiles.Foot));
        Assert.True(Passes(forBuiltIn, kerbAverse));
        Assert.Empty(forBuiltIn.VertexTags);
    }

    [Fact]
    public void CustomProfileReadingTrafficSignals_GetsThem()
    {
        var signalAverse = new SignalAverseCar();

        RoadNetwork network = SingleWay.Import("highway=residential", "highway=traffic_signals", [signalAverse]);

        Assert.False(Passes(network, signalAverse));
        Assert.True(Passes(network, TravelProfiles.Car));
    }

    private static bool Passes(RoadNetwork network, Profile profile) =>
        SingleWay.Routes(network, profile, SingleWay.First, SingleWay.Last) && SingleWay.Routes(network, profile, SingleWay.Last, SingleWay.First);

    // A pedestrian with a wheelchair: raised kerbs stop it.
    private sealed class KerbAverseFoot : FootProfile
    {
        public override string Name => "wheelchair";

        public override IReadOnlySet<string> NodeKeys => new HashSet<string>([.. base.NodeKeys, "kerb"]);

        public override bool CanPassNode(IReadOnlyDictionary<string, string> nodeTags) =>
            base.CanPassNode(nodeTags) && nodeTags.Get("kerb") != "raised";
    }

    // Reads only highway on nodes, and treats traffic signals as closed (a deliberately odd rule, to be visible).
    private sealed class SignalAverseCar : CarProfile
    {
        public override string Name => "signal-averse car";

        public override IReadOnlySet<string> NodeKeys => new HashSet<string> { "highway" };

        public override IReadOnlySet<string> NodeContextKeys => new HashSet<string>();

        public override bool CanPassNode(IReadOnlyDictionary<string, string> nodeTags) => nodeTags.Get("highway") != "traffic_signals";
    }
}
