using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Storage;

namespace Routes.Geo.Osm.Tests.OsmProfiles;

/// <summary>
/// The OSM importer keeps on a way the keys its profiles declare (<see cref="Profile.WayKeys"/>), the library's own
/// (<see cref="WayTagKeys.Library"/>) and the import options' extra keys, and no other tag.
/// </summary>
public class WayKeyTests
{
    [Fact]
    public void CustomProfileDeclaringSurfaceLanes_GetsItFromTheImporter()
    {
        var gravelAverse = new GravelAverseFoot();

        RoadNetwork network = SingleWay.Import("highway=footway surface:lanes=gravel|asphalt", "", [gravelAverse, TravelProfiles.Foot]);

        Assert.Equal("gravel|asphalt", network.EdgeTags(0)["surface:lanes"]);
        Assert.Equal((false, false), SingleWay.Routable(network, gravelAverse));
        Assert.Equal((true, true), SingleWay.Routable(network, TravelProfiles.Foot));
    }

    [Fact]
    public void CustomProfileDeclaringSurfaceLanes_PassesAWayWithoutGravel()
    {
        var gravelAverse = new GravelAverseFoot();

        RoadNetwork network = SingleWay.Import("highway=footway surface:lanes=asphalt|asphalt", "", [gravelAverse]);

        Assert.Equal((true, true), SingleWay.Routable(network, gravelAverse));
    }

    [Fact]
    public void KeyNobodyDeclares_IsNotKept()
    {
        var undeclared = new GravelAverseFoot(declares: false);

        RoadNetwork network = SingleWay.Import("highway=footway surface:lanes=gravel|asphalt name=Basse source=survey", "", [undeclared]);

        Assert.Equal(new Dictionary<string, string> { ["highway"] = "footway", ["name"] = "Basse" }, network.EdgeTags(0));
        Assert.Equal((true, true), SingleWay.Routable(network, undeclared));
    }

    [Fact]
    public void KeptWayKeys_AreTheProfilesAndTheLibrarys()
    {
        RoadNetwork network = SingleWay.Import("highway=residential");

        Assert.Equal(WayTagKeys.For(TravelProfiles.All).Order(), network.KeptWayKeys!.Order());
        Assert.Superset(new HashSet<string>(WayTagKeys.Library), new HashSet<string>(network.KeptWayKeys!));
        Assert.Superset(new HashSet<string>(TravelProfiles.Car.WayKeys), new HashSet<string>(network.KeptWayKeys!));
        Assert.DoesNotContain("source", network.KeptWayKeys!);
    }

    [Fact]
    public void ExtraWayKeysOfTheImportOptions_AreKept()
    {
        var osm = new OsmXml().Node(1, 0, 0).Node(2, 0, 1).Node(3, 0, 2);
        osm.Way("highway=residential lit=yes source=survey", 1, 2, 3);

        RoadNetwork network = osm.Load(new OsmImportOptions { ExtraWayKeys = ["lit"] });

        Assert.Equal("yes", network.EdgeTags(0)["lit"]);
        Assert.False(network.EdgeTags(0).ContainsKey("source"));
        Assert.Contains("lit", network.KeptWayKeys!);
    }

    [Fact]
    public void KeepEveryWayTag_KeepsThemAll()
    {
        var osm = new OsmXml().Node(1, 0, 0).Node(2, 0, 1).Node(3, 0, 2);
        osm.Way("highway=residential lit=yes source=survey", 1, 2, 3);

        RoadNetwork network = osm.Load(new OsmImportOptions { KeepEveryWayTag = true });

        Assert.Equal(3, network.EdgeTags(0).Count);
        Assert.Null(network.KeptWayKeys);
    }

    [Fact]
    public void CustomWeightsOnAKeyTheImportDropped_AreATypedErrorNamingTheKey()
    {
        RoadNetwork network = SingleWay.Import("highway=residential lit=yes");
        CustomWeights weights = CustomWeights.FromJson("""{"priority": [{"if": "class == motorway", "multiply_by": 0.5}, {"if": "lit == yes", "multiply_by": 0.5}]}""");

        var error = Assert.Throws<InvalidCustomWeightsException>(() =>
            network.Route(TravelProfiles.Car).From(SingleWay.First).To(SingleWay.Last).WithCustomWeights(weights).Calculate());

        Assert.Equal("priority[1]", error.Rule);
        Assert.Contains("'lit'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ExtraWayKeys", error.Message, StringComparison.Ordinal);
    }

    // Issue 12's leftover: a saved network (format 8) remembers the keys its import kept, so the guard fires after a load too.
    [Theory]
    [InlineData(SavedNetworkLoad.Read, SavedNetworkVerification.Full)]
    [InlineData(SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure)]
    public void CustomWeightsOnAKeyTheImportDropped_AreATypedError_OnASavedAndLoadedNetworkToo(SavedNetworkLoad load, SavedNetworkVerification verification)
    {
        RoadNetwork imported = SingleWay.Import("highway=residential lit=yes");
        string path = Path.Combine(Path.GetTempPath(), $"routes-geo-waykeys-{Guid.NewGuid():N}.rgnet");
        SavedNetwork.Save(path, imported.GraphFor(TravelProfiles.Car));
        try
        {
            RoutingGraph loaded = SavedNetwork.Open(path, TravelProfiles.Car, load, verification);
            CustomWeights weights = CustomWeights.FromJson("""{"priority": [{"if": "lit == yes", "multiply_by": 0.5}]}""");

            var error = Assert.Throws<InvalidCustomWeightsException>(() =>
                loaded.Route().From(SingleWay.First).To(SingleWay.Last).WithCustomWeights(weights).Calculate());

            Assert.Equal(imported.KeptWayKeys!.Order(StringComparer.Ordinal), loaded.Network.KeptWayKeys!.Order(StringComparer.Ordinal));
            Assert.Equal("priority[0]", error.Rule);
            Assert.Contains("'lit'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CustomWeightsOnAnExtraKey_Apply()
    {
        // An unlit straight street and a lit detour one row down.
        var osm = new OsmXml().Node(1, 0, 0).Node(2, 0, 1).Node(3, 0, 2).Node(4, 1, 0).Node(5, 1, 2);
        osm.Way("highway=residential lit=no", 1, 2, 3);
        osm.Way("highway=residential lit=yes", 1, 4, 5, 3);
        CustomWeights weights = CustomWeights.FromJson("""{"priority": [{"if": "lit == no", "multiply_by": 0.1}]}""");

        RoadNetwork network = osm.Load(new OsmImportOptions { ExtraWayKeys = [.. weights.TagKeys] });
        Route plain = network.Route(TravelProfiles.Car).From(SingleWay.First).To(SingleWay.Last).Calculate().Route;
        Route lit = network.Route(TravelProfiles.Car).From(SingleWay.First).To(SingleWay.Last).WithCustomWeights(weights).Calculate().Route;

        Assert.Equal(["lit"], weights.TagKeys);
        Assert.Equal(plain.LengthMetres, network.EdgeLengthMetres(0), 6);
        Assert.True(lit.LengthMetres > 1.5 * plain.LengthMetres, $"the lit detour: {lit.LengthMetres} m against {plain.LengthMetres} m");
    }

    // Closes any way with a gravel lane (a deliberately odd rule, so that reading the key is visible).
    private sealed class GravelAverseFoot(bool declares = true) : FootProfile
    {
        public override string Name => "gravel-averse foot";

        public override IReadOnlySet<string> WayKeys => declares ? KeySet(base.WayKeys, ["surface:lanes"]) : base.WayKeys;

        public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags) =>
            wayTags.Get("surface:lanes") is { } lanes && lanes.Split('|').Contains("gravel") ? EdgeAccess.None : base.Evaluate(wayTags);
    }
}
