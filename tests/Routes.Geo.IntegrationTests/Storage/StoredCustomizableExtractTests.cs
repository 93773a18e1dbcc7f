using Routes.Geo.IntegrationTests.Routing;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Storage;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Storage;

/// <summary>The customizable hierarchy stored in a saved extract (format 9) comes back without ordering, equal to a fresh preparation and to Dijkstra.</summary>
public sealed class StoredCustomizableExtractTests(ITestOutputHelper output) : IDisposable
{
    // Each profile's graph ordered once for the whole class: the saved files are written from it.
    private static readonly Dictionary<string, Lazy<RoutingGraph>> Prepared = new()
    {
        ["car"] = new(() => Ordered("car")),
        ["foot"] = new(() => Ordered("foot")),
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-stored-cch-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // Monaco car has binding turn restrictions (a turn graph), foot a junction graph; 1,000 random pairs under the
    // profile's times and 1,000 under random multiples of them.
    [Theory]
    [InlineData("car", HierarchyKind.Turns, SavedNetworkLoad.Read, SavedNetworkVerification.Full)]
    [InlineData("car", HierarchyKind.Turns, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Full)]
    [InlineData("car", HierarchyKind.Turns, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure)]
    [InlineData("car", HierarchyKind.Turns, SavedNetworkLoad.Read, SavedNetworkVerification.Structure)]
    [InlineData("foot", HierarchyKind.Junctions, SavedNetworkLoad.Read, SavedNetworkVerification.Full)]
    [InlineData("foot", HierarchyKind.Junctions, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Full)]
    [InlineData("foot", HierarchyKind.Junctions, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure)]
    [InlineData("foot", HierarchyKind.Junctions, SavedNetworkLoad.Read, SavedNetworkVerification.Structure)]
    public void StoredCustomizable_OfMonaco_EqualsAFreshOne_AndDijkstraOn1000RandomPairs(string profileName, HierarchyKind kind, SavedNetworkLoad load, SavedNetworkVerification verification)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        RoutingGraph original = Prepared[profileName].Value;
        CustomizableHierarchy saved = original.PrepareCustomizable();
        string path = Path.Combine(_folder, $"monaco-{profileName}.rgnet");
        SavedNetwork.Save(path, original, RouteMetric.Fastest);

        RoutingGraph opened = SavedNetwork.Open(path, profile, load, verification);

        CustomizableHierarchy stored = Assert.IsType<CustomizableHierarchy>(opened.PreparedCustomizable);
        Assert.Equal(kind, stored.Kind);
        Assert.Equal(saved.OrderingTime, stored.OrderingTime);
        StoredCustomizable.AssertSameArrays(new RoutingGraph(ExtractNetworks.Osm("monaco"), profile).PrepareCustomizable(), stored);
        int reachable = StoredCustomizable.AssertCostsEqualDijkstra(stored, new Random(1944), pairs: 1000);
        output.WriteLine($"monaco/{profileName}: {stored.NodeCount} nodes, {stored.EdgeCount} chordal edges, tree height {stored.TreeHeight}; "
            + $"ordered in {saved.OrderingTime.TotalMilliseconds:F0} ms when saved; {reachable} of 2000 pairs reachable and equal; file {new FileInfo(path).Length} bytes");
        Assert.True(reachable > 1000);
    }

    private static RoutingGraph Ordered(string profileName)
    {
        RoutingGraph graph = ExtractNetworks.Osm("monaco").GraphFor(TravelProfiles.ByName(profileName));
        graph.PrepareCustomizable();
        return graph;
    }
}
