using Routes.Geo.Routing;
using Routes.Geo.Storage;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Storage;

/// <summary>Opening a saved network memory-mapped: the same answers as a read one, the same refusals, and really mapped.</summary>
public sealed class MappedSavedNetworkTests(ITestOutputHelper output) : IDisposable
{
    private static readonly Lazy<RoadNetwork> Network = new(SavedNetworkDamage.Network);
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-mapped-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Damages() => [.. SavedNetworkDamage.Cases.Keys];

    private string Saved(Profile profile, out RoutingGraph graph, string name = "grid.rgnet")
    {
        graph = Network.Value.GraphFor(profile);
        string path = Path.Combine(_folder, name);
        SavedNetwork.Save(path, graph, RouteMetric.Fastest, RouteMetric.Shortest);
        return path;
    }

    [Theory]
    [InlineData("car")]
    [InlineData("foot")]
    public void MappedNetwork_GivesDijkstrasRoutes_LikeTheReadOne(string profileName)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        string path = Saved(profile, out RoutingGraph original);

        RoutingGraph mapped = SavedNetwork.Open(path, profile, SavedNetworkLoad.MemoryMapped);

        Assert.NotNull(mapped.PreparedHierarchy(RouteMetric.Fastest));
        SavedRoutes.AssertSame(original, mapped, new Random(7), pairs: 60);
    }

    [Fact]
    public void MappedNetwork_IsAMappingOfTheFile_NotACopy() // Linux: reads /proc/self/maps
    {
        string path = Saved(TravelProfiles.Foot, out _, "mapped-proof.rgnet");

        RoutingGraph mapped = SavedNetwork.Open(path, TravelProfiles.Foot, SavedNetworkLoad.MemoryMapped);

        Assert.Contains(File.ReadLines("/proc/self/maps"), line => line.EndsWith(path, StringComparison.Ordinal));
        GC.KeepAlive(mapped);
    }

    // The contract: replace a mapped file by rename; the open graph keeps the old content.
    [Fact]
    public void MappedFile_ReplacedByRename_KeepsAnsweringFromTheOldContent()
    {
        string path = Saved(TravelProfiles.Foot, out RoutingGraph original);
        RoutingGraph mapped = SavedNetwork.Open(path, TravelProfiles.Foot, SavedNetworkLoad.MemoryMapped);

        SavedNetwork.Save(path, original, RouteMetric.Shortest);

        Assert.Equal([RouteMetric.Shortest], SavedNetwork.ReadHeader(path).PreparedMetrics);
        Assert.NotNull(mapped.PreparedHierarchy(RouteMetric.Fastest));
        SavedRoutes.AssertSame(original, mapped, new Random(8), pairs: 20);
    }

    [Fact]
    public void MappedTruncatedFile_IsRefused_NamingTheFileAndTheSection()
    {
        string path = Saved(TravelProfiles.Car, out _);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, SavedNetworkLoad.MemoryMapped));

        output.WriteLine(error.Message);
        Assert.Equal(path, error.Path);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Reason, StringComparison.Ordinal);
        Assert.Contains("ends inside section '", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void MappedFileWithAFlippedByte_FailsTheChecksum_NamingTheFile()
    {
        string path = Saved(TravelProfiles.Car, out _);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, SavedNetworkLoad.MemoryMapped));

        Assert.Equal(path, error.Path);
        Assert.Contains("checksum", error.Reason, StringComparison.Ordinal);
    }

    // Every damage the read load refuses (resealed, so only verification can catch it) is refused mapped, for the same reason.
    [Theory]
    [MemberData(nameof(Damages))]
    public void MappedDamagedAndResealed_IsRefused_ForTheSameReasonAsRead(string damage)
    {
        string path = Saved(TravelProfiles.Car, out _);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));
        string[] expected = SavedNetworkDamage.Apply(file, damage);
        file.Reseal().WriteTo(path);

        var read = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, SavedNetworkLoad.Read));
        var mapped = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, SavedNetworkLoad.MemoryMapped));

        Assert.Equal(read.Reason, mapped.Reason);
        Assert.True(SavedNetworkDamage.Names(mapped.Reason, expected), $"{damage}: {mapped.Reason}");
    }

    [Fact]
    public void Format6File_IsRead_ButRefusedForMapping_WithTheAdviceToSaveAgain()
    {
        string path = Saved(TravelProfiles.Car, out RoutingGraph original);
        SavedFile.Of(File.ReadAllBytes(path)).AsFormat6().Reseal().WriteTo(path);

        RoutingGraph read = SavedNetwork.Open(path, TravelProfiles.Car, SavedNetworkLoad.Read);
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, SavedNetworkLoad.MemoryMapped));

        Assert.Equal(6, SavedNetwork.ReadHeader(path).FormatVersion);
        SavedRoutes.AssertSame(original, read, new Random(9), pairs: 20);
        Assert.Contains("format version 6", error.Reason, StringComparison.Ordinal);
        Assert.Contains("save it again", error.Reason, StringComparison.Ordinal);
    }
}
