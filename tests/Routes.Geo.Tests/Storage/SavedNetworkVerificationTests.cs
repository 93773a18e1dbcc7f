using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Storage;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Storage;

// Each damage is made on a real saved file and the checksum recomputed, so only the load's verification can refuse it.
public sealed class SavedNetworkVerificationTests(ITestOutputHelper output) : IDisposable
{
    private static readonly Lazy<RoadNetwork> Network = new(SavedNetworkDamage.Network);
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-verify-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, string> ProfilesAndDamages()
    {
        var data = new TheoryData<string, string>();
        foreach (string profile in (string[])["car", "foot"])
        {
            foreach (string damage in SavedNetworkDamage.Cases.Keys)
            {
                data.Add(profile, damage);
            }
        }

        return data;
    }

    private static byte[] Saved(Profile profile, out RoutingGraph graph)
    {
        graph = Network.Value.GraphFor(profile);
        string path = Path.GetTempFileName();
        SavedNetwork.Save(path, graph, RouteMetric.Fastest, RouteMetric.Shortest);
        byte[] bytes = File.ReadAllBytes(path);
        File.Delete(path);
        return bytes;
    }

    [Theory]
    [InlineData("car", HierarchyKind.Turns)]
    [InlineData("foot", HierarchyKind.Junctions)]
    public void TestNetwork_HasWhatTheDamagesNeed(string profileName, HierarchyKind kind)
    {
        byte[] bytes = Saved(TravelProfiles.ByName(profileName), out RoutingGraph graph);
        SavedFile file = SavedFile.Of(bytes);

        Assert.Equal(kind, graph.PreparedHierarchy(RouteMetric.Fastest)!.Kind);
        Assert.True(graph.PreparedHierarchy(RouteMetric.Fastest)!.ShortcutCount > 10);
        Assert.Equal(1, file.Int("restrictionCount"));
        Assert.Equal(1, file.Int("vertexTagCount"));
        Assert.InRange(SavedNetworkDamage.InteriorPoint(file), 1, file.Arrays["pointLat"].Count - 2);
        Assert.Equal(SavedNetworkDamage.KeptWayKeys.Count, file.Int("keptWayKeyCount"));
        Assert.NotEqual(SavedNetworkDamage.SameLengthKeys(file).First, SavedNetworkDamage.SameLengthKeys(file).Second);
    }

    [Theory]
    [InlineData("car")]
    [InlineData("foot")]
    public void ResealedWithoutDamage_Loads_WithTheSameRoutes(string profileName)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        byte[] bytes = Saved(profile, out RoutingGraph original);
        string path = SavedFile.Of(bytes).Reseal().WriteTo(Path.Combine(_folder, "same.rgnet"));

        RoutingGraph loaded = SavedNetwork.Load(path, profile);

        Assert.Equal(bytes, File.ReadAllBytes(path));
        SavedRoutes.AssertSame(original, loaded, new Random(5), pairs: 40);
    }

    [Theory]
    [MemberData(nameof(ProfilesAndDamages))]
    public void DamagedAndResealed_IsRefused_NamingTheReason(string profileName, string damage)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        SavedFile file = SavedFile.Of(Saved(profile, out _));
        string[] refusal = SavedNetworkDamage.Apply(file, damage);
        string path = file.Reseal().WriteTo(Path.Combine(_folder, "damaged.rgnet"));

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, profile));

        Assert.True(SavedNetworkDamage.Names(error.Reason, refusal), $"expected '{string.Join("' or '", refusal)}' in: {error.Reason}");
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void StringWithANegativeLength_IsRefusedTyped_NotABareIOException()
    {
        // The payload opens with the source name; its one-byte length becomes the five-byte 7-bit encoding of -1.
        SavedFile file = SavedFile.Of(Saved(TravelProfiles.Foot, out _));
        int at = file.ChecksumAt + 32;
        byte[] bytes = [.. file.Bytes.AsSpan(0, at), 0xFF, 0xFF, 0xFF, 0xFF, 0x0F, .. file.Bytes.AsSpan(at + 1)];
        int payloadBytesAt = file.Fields["header.payloadBytes"];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(payloadBytesAt), bytes.Length - at);
        SavedFile.Reseal(bytes, file.ChecksumAt);
        string path = Path.Combine(_folder, "negative-string.rgnet");
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Foot));

        Assert.Contains("string of -1 bytes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderChangedWithoutResealing_FailsTheChecksum()
    {
        SavedFile file = SavedFile.Of(Saved(TravelProfiles.Foot, out _));
        file.SetInt("header.vertexCount", file.Int("header.vertexCount") + 1);
        string path = file.WriteTo(Path.Combine(_folder, "header.rgnet"));

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Foot));

        Assert.Contains("checksum", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("car", 300)]
    [InlineData("foot", 300)]
    public void RandomDamage_LoadsWithTheSameRoutesOrIsRefusedTyped(string profileName, int rounds)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        byte[] bytes = Saved(profile, out RoutingGraph original);
        string path = Path.Combine(_folder, "random.rgnet");
        var random = new Random(17);

        (int loaded, int refused) = SavedRoutes.RandomDamage(bytes, path, profile, original, random, rounds, pairs: 15);

        output.WriteLine($"{profileName}: {loaded} damaged files loaded with the same routes, {refused} refused");
        Assert.Equal(rounds, loaded + refused);
        Assert.True(refused > rounds / 2, $"{refused} of {rounds} damaged files refused");
    }
}
