using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Storage;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Storage;

/// <summary>
/// <see cref="SavedNetworkVerification.Structure"/>: the same graph as a fully verified open, the header and structure still
/// checked (the same refusals), the content trusted (no checksum, no per-element pass); and format 8's kept way keys.
/// </summary>
public sealed class TrustedSavedNetworkTests(ITestOutputHelper output) : IDisposable
{
    // The damages Structure must still refuse, for the same reason as Full: header fields, counts and section lengths.
    private static readonly string[] StructuralDamages =
    [
        "header vertex count one more", "header edge count one fewer", "header point count negative", "header metric unknown",
        "header metric not the payload's", "header kind not the payload's", "header node count not the payload's",
        "header fingerprint changed", "header fingerprint not hexadecimal", "old format version", "newer format version",
        "kept way keys count negative", "kept way keys count past the file", "kept way key repeated", "shortcuts removed", "way of a missing tag set", "way of a negative tag set", "tag set count past the file",
        "upward search last start not the count", "downward search arc ids one fewer", "search entries one fewer than the arcs",
        "graph leaving edges one fewer", "graph edge components one fewer", "graph top speed zero", "graph fingerprint not the header's",
        "graph decision digest changed", "snap index node size changed", "snap index segments one fewer", "bytes after the last hierarchy",
    ];

    private static readonly Lazy<RoadNetwork> Network = new(SavedNetworkDamage.Network);
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-trusted-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, SavedNetworkLoad> Structural()
    {
        var data = new TheoryData<string, SavedNetworkLoad>();
        foreach (string damage in StructuralDamages)
        {
            data.Add(damage, SavedNetworkLoad.Read);
            data.Add(damage, SavedNetworkLoad.MemoryMapped);
        }

        return data;
    }

    private string Saved(Profile profile, out RoutingGraph graph)
    {
        graph = Network.Value.GraphFor(profile);
        string path = Path.Combine(_folder, $"grid-{profile.Name}.rgnet");
        SavedNetwork.Save(path, graph, RouteMetric.Fastest, RouteMetric.Shortest);
        return path;
    }

    [Theory]
    [InlineData("car", SavedNetworkLoad.Read)]
    [InlineData("car", SavedNetworkLoad.MemoryMapped)]
    [InlineData("foot", SavedNetworkLoad.Read)]
    [InlineData("foot", SavedNetworkLoad.MemoryMapped)]
    public void StructureVerified_GivesTheSameRoutesAsFull(string profileName, SavedNetworkLoad load)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        string path = Saved(profile, out RoutingGraph original);

        RoutingGraph trusted = SavedNetwork.Open(path, profile, load, SavedNetworkVerification.Structure);

        Assert.Equal([RouteMetric.Fastest, RouteMetric.Shortest], trusted.PreparedMetrics);
        Assert.Equal(original.Fingerprint(), trusted.Fingerprint());
        SavedRoutes.AssertSame(original, trusted, new Random(11), pairs: 60);
    }

    // Format 9 stores the graph: Structure views it without asking the profile again, except for its decisions on the
    // distinct tag sets, so a profile of the same name whose rules changed is still refused.
    [Theory]
    [InlineData(SavedNetworkLoad.Read)]
    [InlineData(SavedNetworkLoad.MemoryMapped)]
    public void ProfileOfTheSameNameWithOtherSpeeds_IsRefusedByStructure(SavedNetworkLoad load)
    {
        string path = Saved(TravelProfiles.Foot, out _);

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, new SlowFoot(), load, SavedNetworkVerification.Structure));

        Assert.Contains("'foot' profile now reads this network differently", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("car")]
    [InlineData("foot")]
    public void StoredGraph_HasTheArraysTheProfileDerives(string profileName)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        string path = Saved(profile, out RoutingGraph original);

        RoutingGraph trusted = SavedNetwork.Open(path, profile, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure);

        StoredGraphArrays a = original.ToStored(), b = trusted.ToStored();
        Assert.Equal(a.CanForward.ToArray(), b.CanForward.ToArray());
        Assert.Equal(a.DirectedDurationSeconds.ToArray(), b.DirectedDurationSeconds.ToArray());
        Assert.Equal(a.OutDirected.ToArray(), b.OutDirected.ToArray());
        Assert.Equal(a.InDirected.ToArray(), b.InDirected.ToArray());
        Assert.Equal(a.TurnSeconds.ToArray(), b.TurnSeconds.ToArray());
        Assert.Equal(a.InLargeComponent.ToArray(), b.InLargeComponent.ToArray());
        Assert.Equal(original.HasTurnCosts, trusted.HasTurnCosts);
        Assert.Equal(original.BindingRestrictionCount, trusted.BindingRestrictionCount);
        Assert.Equal(original.StateCount, trusted.StateCount);
        Assert.Equal(original.Fingerprint(), trusted.Fingerprint());
    }

    // The foot profile at half its speeds, under its own name.
    private sealed class SlowFoot : FootProfile
    {
        public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags) =>
            base.Evaluate(wayTags) is var access && access.IsUsable ? access with { SpeedKmh = access.SpeedKmh / 2 } : base.Evaluate(wayTags);
    }

    // The contract: Structure reads no checksum, so a byte flipped inside an array is not noticed; Full refuses the file.
    [Theory]
    [InlineData(SavedNetworkLoad.Read)]
    [InlineData(SavedNetworkLoad.MemoryMapped)]
    public void FlippedByteInAnArray_IsRefusedByFull_ButNotLookedAtByStructure(SavedNetworkLoad load)
    {
        string path = Saved(TravelProfiles.Foot, out _);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));
        int point = SavedNetworkDamage.InteriorPoint(file);
        file.SetDoubleAt("pointOffset", point, file.DoubleAt("pointOffset", point) + 0.5);
        file.WriteTo(path);

        var full = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Foot, load, SavedNetworkVerification.Full));
        RoutingGraph trusted = SavedNetwork.Open(path, TravelProfiles.Foot, load, SavedNetworkVerification.Structure);

        Assert.Contains("checksum", full.Reason, StringComparison.Ordinal);
        Assert.Equal(file.DoubleAt("pointOffset", point), trusted.Network.PointOffsetMetres[point]);
    }

    // Resealed, so only the checks can catch them: these Structure checks too, with Full's reason.
    [Theory]
    [MemberData(nameof(Structural))]
    public void StructuralDamage_IsRefusedByStructure_ForTheSameReasonAsFull(string damage, SavedNetworkLoad load)
    {
        string path = Saved(TravelProfiles.Car, out _);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));
        string[] expected = SavedNetworkDamage.Apply(file, damage);
        file.Reseal().WriteTo(path);

        var full = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, load, SavedNetworkVerification.Full));
        var trusted = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, load, SavedNetworkVerification.Structure));

        output.WriteLine(trusted.Reason);
        Assert.Equal(full.Reason, trusted.Reason);
        Assert.True(SavedNetworkDamage.Names(trusted.Reason, expected), $"{damage}: {trusted.Reason}");
    }

    public static TheoryData<string> AllDamages() => [.. SavedNetworkDamage.Cases.Keys];

    // Any damage, resealed, opened with Structure: a graph or a SavedNetworkException, never another exception or a hang at open.
    [Theory]
    [MemberData(nameof(AllDamages))]
    public void AnyDamage_OpenedWithStructure_GivesAGraphOrATypedRefusal(string damage)
    {
        string path = Saved(TravelProfiles.Car, out _);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));
        SavedNetworkDamage.Apply(file, damage);
        file.Reseal().WriteTo(path);

        Exception? error = Record.Exception(() => SavedNetwork.Open(path, TravelProfiles.Car, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure));

        output.WriteLine($"{damage}: {error?.Message ?? "opened"}");
        Assert.True(error is null or SavedNetworkException, $"{damage}: {error}");
    }

    // Cut inside each section format 8 added: the refusal names it, with either verification.
    [Theory]
    [InlineData("keptWayKey1", "kept way keys", SavedNetworkLoad.Read, SavedNetworkVerification.Structure)]
    [InlineData("keptWayKey1", "kept way keys", SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Full)]
    [InlineData("tagSet1", "way tag sets", SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure)]
    [InlineData("tagSet1", "way tag sets", SavedNetworkLoad.Read, SavedNetworkVerification.Full)]
    [InlineData("h0.up.reach", "hierarchy 'Fastest', upward search nodes", SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure)]
    [InlineData("h1.down.arc", "hierarchy 'Shortest', downward search arc ids", SavedNetworkLoad.Read, SavedNetworkVerification.Full)]
    public void TruncatedInsideAFormat8Section_IsRefused_NamingTheSection(string at, string section, SavedNetworkLoad load, SavedNetworkVerification verification)
    {
        string path = Saved(TravelProfiles.Car, out _);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));
        int cut = file.Arrays.TryGetValue(at, out (int At, int Count, int Size) array) ? array.At + 4 : file.Fields[at] + 2;
        File.WriteAllBytes(path, file.Bytes[..cut]);

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, load, verification));

        output.WriteLine(error.Reason);
        Assert.Contains("truncated", error.Reason, StringComparison.Ordinal);
        Assert.Contains($"ends inside section '{section}'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void StructureVerified_OtherProfile_IsRefused()
    {
        string path = Saved(TravelProfiles.Car, out _);

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Foot, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure));

        Assert.Contains("prepared for the 'car' profile", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVerification_IsAnArgumentError()
    {
        string path = Saved(TravelProfiles.Foot, out _);

        Assert.Throws<ArgumentOutOfRangeException>(() => SavedNetwork.Open(path, TravelProfiles.Foot, SavedNetworkLoad.Read, (SavedNetworkVerification)7));
    }

    [Theory]
    [InlineData(SavedNetworkVerification.Full)]
    [InlineData(SavedNetworkVerification.Structure)]
    public void KeptWayKeys_SurviveSaveAndOpen(SavedNetworkVerification verification)
    {
        string path = Saved(TravelProfiles.Foot, out _);

        RoutingGraph opened = SavedNetwork.Open(path, TravelProfiles.Foot, SavedNetworkLoad.MemoryMapped, verification);

        Assert.Equal(SavedNetworkDamage.KeptWayKeys.Order(StringComparer.Ordinal), opened.Network.KeptWayKeys!.Order(StringComparer.Ordinal));
    }

    // Format 8 stores each distinct tag set once; the ways get their own tags back, sharing one dictionary per set.
    [Fact]
    public void WayTagSets_AreStoredOnce_AndEachWayGetsItsTagsBack()
    {
        string path = Saved(TravelProfiles.Foot, out RoutingGraph original);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));

        RoadNetwork loaded = SavedNetwork.Open(path, TravelProfiles.Foot, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure).Network;

        int distinct = original.Network.Ways.Select(w => string.Join(";", w.Tags.OrderBy(t => t.Key, StringComparer.Ordinal))).Distinct().Count();
        Assert.Equal(distinct, file.Int("tagSetCount"));
        Assert.True(distinct < original.Network.WayCount / 4, $"{distinct} tag sets for {original.Network.WayCount} ways");
        Assert.Equal(distinct, loaded.Ways.Select(w => w.Tags).Distinct(ReferenceEqualityComparer.Instance).Count());
        for (int w = 0; w < loaded.WayCount; w++)
        {
            Assert.Equal(original.Network.Ways[w].Tags.OrderBy(t => t.Key, StringComparer.Ordinal), loaded.Ways[w].Tags.OrderBy(t => t.Key, StringComparer.Ordinal));
            Assert.Equal(original.Network.Ways[w].Id, loaded.Ways[w].Id);
        }
    }

    [Fact]
    public void EveryTagKept_IsSavedAsNotKnown()
    {
        var tiny = new TinyNetwork();
        tiny.RandomGrid(new Random(4), 4);
        string path = Path.Combine(_folder, "every-tag.rgnet");
        SavedNetwork.Save(path, tiny.Build().GraphFor(TravelProfiles.Foot));

        Assert.Null(SavedNetwork.Load(path, TravelProfiles.Foot).Network.KeptWayKeys);
        Assert.Equal(-1, SavedFile.Of(File.ReadAllBytes(path)).Int("keptWayKeyCount"));
    }

    [Theory]
    [InlineData(SavedNetworkLoad.Read)]
    [InlineData(SavedNetworkLoad.MemoryMapped)]
    public void Format7File_IsOpened_ItsKeptWayKeysNotKnown(SavedNetworkLoad load)
    {
        string path = Saved(TravelProfiles.Car, out RoutingGraph original);
        SavedFile.Of(File.ReadAllBytes(path)).AsFormat7().Reseal().WriteTo(path);

        RoutingGraph opened = SavedNetwork.Open(path, TravelProfiles.Car, load);

        Assert.Equal(7, SavedNetwork.ReadHeader(path).FormatVersion);
        Assert.Null(opened.Network.KeptWayKeys);
        SavedRoutes.AssertSame(original, opened, new Random(12), pairs: 20);
    }
}
