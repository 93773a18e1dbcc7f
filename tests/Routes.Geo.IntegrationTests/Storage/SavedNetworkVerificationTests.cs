using System.Collections.Concurrent;
using Routes.Geo.IntegrationTests.Routing;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Storage;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Storage;

// The damages of the unit tests on real extracts: Monaco by car (a turn hierarchy, with turn restrictions) and
// Liechtenstein on foot (a junction hierarchy), each file resealed so only the load's verification can refuse it.
public sealed class SavedNetworkVerificationTests(ITestOutputHelper output) : IDisposable
{
    private static readonly ConcurrentDictionary<string, Lazy<(byte[] Bytes, RoutingGraph Graph)>> Saved = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-verify-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string, string> ExtractsAndDamages()
    {
        var data = new TheoryData<string, string, string>();
        foreach ((string extract, string profile) in ((string, string)[])[("monaco", "car"), ("liechtenstein", "foot")])
        {
            foreach (string damage in SavedNetworkDamage.Cases.Keys)
            {
                data.Add(extract, profile, damage);
            }
        }

        return data;
    }

    private static (byte[] Bytes, RoutingGraph Graph) SavedExtract(string extract, string profileName) =>
        Saved.GetOrAdd($"{extract}-{profileName}", _ => new(() =>
        {
            RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profileName));
            string path = Path.GetTempFileName();
            SavedNetwork.Save(path, graph, RouteMetric.Fastest, RouteMetric.Shortest);
            byte[] bytes = File.ReadAllBytes(path);
            File.Delete(path);
            return (bytes, graph);
        })).Value;

    [Theory]
    [InlineData("monaco", "car", HierarchyKind.Turns)]
    [InlineData("liechtenstein", "foot", HierarchyKind.Junctions)]
    public void Extract_HasWhatTheDamagesNeed_AndLoadsWhenResealedUndamaged(string extract, string profileName, HierarchyKind kind)
    {
        (byte[] bytes, RoutingGraph original) = SavedExtract(extract, profileName);
        SavedFile file = SavedFile.Of(bytes);
        string path = file.Reseal().WriteTo(Path.Combine(_folder, "same.rgnet"));

        RoutingGraph loaded = SavedNetwork.Load(path, TravelProfiles.ByName(profileName));

        Assert.Equal(kind, loaded.PreparedHierarchy(RouteMetric.Fastest)!.Kind);
        Assert.True(file.Int("restrictionCount") > 0 && file.Int("vertexTagCount") > 0);
        Assert.True(SavedNetworkDamage.InteriorPoint(file) > 0);
        SavedRoutes.AssertSame(original, loaded, new Random(8), pairs: 30);
    }

    [Theory]
    [MemberData(nameof(ExtractsAndDamages))]
    public void DamagedAndResealed_IsRefused_NamingTheReason(string extract, string profileName, string damage)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        SavedFile file = SavedFile.Of(SavedExtract(extract, profileName).Bytes);
        string[] refusal = SavedNetworkDamage.Apply(file, damage);
        string path = file.Reseal().WriteTo(Path.Combine(_folder, "damaged.rgnet"));

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, profile));

        Assert.True(SavedNetworkDamage.Names(error.Reason, refusal), $"expected '{string.Join("' or '", refusal)}' in: {error.Reason}");
    }

    [Theory]
    [InlineData("monaco", "car", 200)]
    [InlineData("liechtenstein", "foot", 100)]
    public void RandomDamage_LoadsWithTheSameRoutesOrIsRefusedTyped(string extract, string profileName, int rounds)
    {
        (byte[] bytes, RoutingGraph original) = SavedExtract(extract, profileName);

        (int loaded, int refused) = SavedRoutes.RandomDamage(bytes, Path.Combine(_folder, "random.rgnet"), TravelProfiles.ByName(profileName),
            original, new Random(23), rounds, pairs: 5);

        output.WriteLine($"{extract} {profileName}: {loaded} damaged files loaded with the same routes, {refused} refused");
        Assert.Equal(rounds, loaded + refused);
        Assert.True(refused > rounds / 2, $"{refused} of {rounds} damaged files refused");
    }
}
