using Routes.Geo.IntegrationTests.Routing;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Storage;

namespace Routes.Geo.IntegrationTests.Storage;

public sealed class SavedNetworkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-saved-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string SaveMonaco(Profile profile, out RoutingGraph original)
    {
        original = ExtractNetworks.Osm("monaco").GraphFor(profile);
        string path = Path.Combine(_folder, $"monaco-{profile.Name}.rgnet");
        SavedNetwork.Save(path, original, RouteMetric.Fastest, RouteMetric.Shortest);
        return path;
    }

    // Monaco's car graph has binding turn restrictions (a turn hierarchy); its foot graph has none (junctions).
    [Theory]
    [InlineData("car", HierarchyKind.Turns)]
    [InlineData("foot", HierarchyKind.Junctions)]
    public void SavedAndLoaded_GivesTheSameRoutes_WithTheHierarchiesReady(string profileName, HierarchyKind kind)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        string path = SaveMonaco(profile, out RoutingGraph original);

        RoutingGraph loaded = SavedNetwork.Load(path, profile);
        SavedNetworkHeader header = SavedNetwork.ReadHeader(path);

        Assert.Equal(profileName, header.Profile);
        Assert.Equal(kind, loaded.PreparedHierarchy(RouteMetric.Fastest)!.Kind);
        Assert.Equal("monaco.osm.pbf", header.Source);
        Assert.Equal([RouteMetric.Fastest, RouteMetric.Shortest], header.PreparedMetrics);
        Assert.NotNull(loaded.PreparedHierarchy(RouteMetric.Fastest));
        Assert.Equal(original.Network.EdgeCount, loaded.Network.EdgeCount);
        var random = new Random(11);
        for (int i = 0; i < 300; i++)
        {
            SnapResult a = HierarchyExtractTests.RandomPoint(original, random), b = HierarchyExtractTests.RandomPoint(original, random);
            RouteResult before = original.Route().From(a.Snapped).To(b.Snapped).Using(RouteAlgorithm.ContractionHierarchy).Calculate();
            RouteResult after = loaded.Route().From(a.Snapped).To(b.Snapped).Calculate();
            Assert.Equal(before.IsFound, after.IsFound);
            if (before.IsFound)
            {
                Assert.Equal(before.Route.DurationSeconds, after.Route.DurationSeconds);
                Assert.Equal(before.Route.Geometry, after.Route.Geometry);
            }
        }
    }

    [Fact]
    public void FileForAnotherProfile_IsRefused()
    {
        string path = SaveMonaco(TravelProfiles.Foot, out _);
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Car));
        Assert.Contains("'foot' profile, not 'car'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOfAnotherFormatVersion_IsRefused()
    {
        string path = SaveMonaco(TravelProfiles.Foot, out _);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[8] = 99;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Foot));
        Assert.Contains("format version 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedFile_IsRefused()
    {
        string path = SaveMonaco(TravelProfiles.Foot, out _);
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Foot));
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
        File.WriteAllBytes(path, bytes[..20]);
        Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Foot));
    }

    [Fact]
    public void DamagedFile_IsRefusedByItsChecksum()
    {
        string path = SaveMonaco(TravelProfiles.Foot, out _);
        byte[] bytes = File.ReadAllBytes(path);
        bytes[^1000] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Foot));
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileThatIsNotASavedNetwork_IsRefused()
    {
        string path = Path.Combine(_folder, "not-a-network.rgnet");
        File.Copy(SharedData.PathOf("osm", "monaco.osm.pbf"), path);
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, TravelProfiles.Foot));
        Assert.Contains("signature", error.Message, StringComparison.Ordinal);
        Assert.Throws<FileNotFoundException>(() => SavedNetwork.Load(Path.Combine(_folder, "missing.rgnet"), TravelProfiles.Foot));
    }

    [Fact]
    public void ProfileWhoseRulesChanged_IsRefused()
    {
        string path = SaveMonaco(TravelProfiles.Foot, out _);
        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Load(path, new FasterFoot()));
        Assert.Contains("differently", error.Message, StringComparison.Ordinal);
    }

    // Same name as the built-in foot profile, different speeds: the saved hierarchy no longer fits.
    private sealed class FasterFoot : FootProfile
    {
        public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags)
        {
            EdgeAccess access = base.Evaluate(wayTags);
            return access with { SpeedKmh = access.SpeedKmh * 1.2 };
        }
    }
}
