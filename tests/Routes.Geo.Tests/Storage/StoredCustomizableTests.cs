using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Storage;
using Xunit.Abstractions;

namespace Routes.Geo.Tests.Storage;

/// <summary>
/// Format 9's stored customizable hierarchy: written when prepared or asked for, attached at open so nothing is ordered again,
/// the same arrays and Dijkstra's costs after the round trip, and each damage to its section refused naming it.
/// </summary>
public sealed class StoredCustomizableTests(ITestOutputHelper output) : IDisposable
{
    // The damages Structure must refuse too (lengths and counts against the header and the graph), for the same reason as Full.
    private static readonly string[] StructuralDamages =
    [
        "customizable tree height not the header's", "customizable header node count one more", "customizable header chordal edge count one more",
        "customizable header kind not the payload's", "customizable header count 2", "customizable ranks one fewer",
        "customizable upper neighbours one fewer", "customizable arc slots one fewer", "customizable last start not the edge count",
    ];

    private static readonly Lazy<RoadNetwork> Network = new(SavedNetworkDamage.Network);
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-stored-cch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, SavedNetworkLoad, SavedNetworkVerification> Opens()
    {
        var data = new TheoryData<string, SavedNetworkLoad, SavedNetworkVerification>();
        foreach (string profile in (string[])["car", "foot"])
        {
            foreach (SavedNetworkLoad load in (SavedNetworkLoad[])[SavedNetworkLoad.Read, SavedNetworkLoad.MemoryMapped])
            {
                data.Add(profile, load, SavedNetworkVerification.Full);
                data.Add(profile, load, SavedNetworkVerification.Structure);
            }
        }

        return data;
    }

    public static TheoryData<string, SavedNetworkLoad> Damages()
    {
        var data = new TheoryData<string, SavedNetworkLoad>();
        foreach (string damage in SavedNetworkDamage.CustomizableCases.Keys)
        {
            data.Add(damage, SavedNetworkLoad.Read);
            data.Add(damage, SavedNetworkLoad.MemoryMapped);
        }

        return data;
    }

    public static TheoryData<string> Structural() => [.. StructuralDamages];

    private string Saved(Profile profile, out RoutingGraph graph)
    {
        graph = Network.Value.GraphFor(profile);
        graph.PrepareCustomizable();
        string path = Path.Combine(_folder, $"grid-{profile.Name}.rgnet");
        SavedNetwork.Save(path, graph, RouteMetric.Fastest);
        return path;
    }

    [Theory]
    [MemberData(nameof(Opens))]
    public void StoredCustomizable_IsAttachedAtOpen_WithTheSavedArraysAndDijkstrasCosts(string profileName, SavedNetworkLoad load, SavedNetworkVerification verification)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        string path = Saved(profile, out RoutingGraph original);
        CustomizableHierarchy saved = original.PrepareCustomizable();

        RoutingGraph opened = SavedNetwork.Open(path, profile, load, verification);

        // Attached before anyone asks, with the times of the original preparation: no ordering ran on open.
        CustomizableHierarchy stored = Assert.IsType<CustomizableHierarchy>(opened.PreparedCustomizable);
        Assert.Same(stored, opened.PrepareCustomizable());
        Assert.Same(opened, stored.Graph);
        Assert.Equal(saved.OrderingTime, stored.OrderingTime);
        Assert.Equal(saved.ContractionTime, stored.ContractionTime);
        StoredCustomizable.AssertSameArrays(new RoutingGraph(Network.Value, profile).PrepareCustomizable(), stored);
        int reachable = StoredCustomizable.AssertCostsEqualDijkstra(stored, new Random(21), pairs: 300);
        output.WriteLine($"{profileName}: {stored.Kind}, {stored.NodeCount} nodes, {stored.EdgeCount} chordal edges, {reachable} reachable pairs equal");
        Assert.True(reachable > 300);
    }

    [Fact]
    public void Header_DescribesTheStoredCustomizable()
    {
        string path = Saved(TravelProfiles.Car, out RoutingGraph original);
        CustomizableHierarchy cch = original.PrepareCustomizable();

        SavedNetworkHeader header = SavedNetwork.ReadHeader(path);

        Assert.Equal(9, header.FormatVersion);
        Assert.Equal(new SavedCustomizableHeader(cch.Kind, cch.NodeCount, cch.OriginalArcCount, cch.EdgeCount, cch.TreeHeight), header.Customizable);
    }

    [Fact]
    public void Save_StoresTheCustomizableOnlyWhenPreparedOrAskedFor()
    {
        RoutingGraph graph = Network.Value.GraphFor(TravelProfiles.Foot);
        string path = Path.Combine(_folder, "foot.rgnet");

        SavedNetwork.Save(path, graph, RouteMetric.Fastest);
        SavedCustomizableHeader? notPrepared = SavedNetwork.ReadHeader(path).Customizable;
        Assert.Null(graph.PreparedCustomizable);
        SavedNetwork.Save(path, graph, CustomizableSaving.Prepare);
        SavedCustomizableHeader? asked = SavedNetwork.ReadHeader(path).Customizable;
        SavedNetwork.Save(path, graph, CustomizableSaving.Omit, RouteMetric.Fastest);
        SavedCustomizableHeader? omitted = SavedNetwork.ReadHeader(path).Customizable;
        SavedNetwork.Save(path, graph);
        SavedCustomizableHeader? prepared = SavedNetwork.ReadHeader(path).Customizable;

        Assert.Null(notPrepared);
        Assert.NotNull(asked);
        Assert.Null(omitted);
        Assert.Equal(asked, prepared);
        Assert.Throws<ArgumentOutOfRangeException>(() => SavedNetwork.Save(path, graph, (CustomizableSaving)5));
    }

    [Theory]
    [InlineData(SavedNetworkLoad.Read)]
    [InlineData(SavedNetworkLoad.MemoryMapped)]
    public void Format8File_Opens_WithoutAStoredCustomizable(SavedNetworkLoad load)
    {
        string path = Saved(TravelProfiles.Car, out RoutingGraph original);
        SavedFile.Of(File.ReadAllBytes(path)).AsFormat8().Reseal().WriteTo(path);

        RoutingGraph opened = SavedNetwork.Open(path, TravelProfiles.Car, load);

        Assert.Equal(8, SavedNetwork.ReadHeader(path).FormatVersion);
        Assert.Null(SavedNetwork.ReadHeader(path).Customizable);
        Assert.Null(opened.PreparedCustomizable);
        SavedRoutes.AssertSame(original, opened, new Random(13), pairs: 20);
        StoredCustomizable.AssertSameArrays(original.PrepareCustomizable(), opened.PrepareCustomizable());
    }

    // Resealed, so only the checks can catch them.
    [Theory]
    [MemberData(nameof(Damages))]
    public void DamagedCustomizable_IsRefusedByFull_NamingTheSection(string damage, SavedNetworkLoad load)
    {
        string path = Saved(TravelProfiles.Car, out _);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));
        string[] expected = ApplyCustomizable(file, damage);
        file.Reseal().WriteTo(path);

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, load, SavedNetworkVerification.Full));

        output.WriteLine(error.Reason);
        Assert.True(SavedNetworkDamage.Names(error.Reason, expected), $"{damage}: expected '{string.Join("' or '", expected)}' in: {error.Reason}");
    }

    [Theory]
    [MemberData(nameof(Structural))]
    public void StructuralDamage_IsRefusedByStructure_ForTheSameReasonAsFull(string damage)
    {
        string path = Saved(TravelProfiles.Foot, out _);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));
        string[] expected = ApplyCustomizable(file, damage);
        file.Reseal().WriteTo(path);

        var full = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Foot, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Full));
        var trusted = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Foot, SavedNetworkLoad.MemoryMapped, SavedNetworkVerification.Structure));

        output.WriteLine(trusted.Reason);
        Assert.Equal(full.Reason, trusted.Reason);
        Assert.True(SavedNetworkDamage.Names(trusted.Reason, expected), $"{damage}: {trusted.Reason}");
    }

    // Any damage of the section, opened with Structure: a graph or a SavedNetworkException, never another exception at open.
    [Theory]
    [MemberData(nameof(Damages))]
    public void AnyCustomizableDamage_OpenedWithStructure_GivesAGraphOrATypedRefusal(string damage, SavedNetworkLoad load)
    {
        string path = Saved(TravelProfiles.Car, out _);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));
        ApplyCustomizable(file, damage);
        file.Reseal().WriteTo(path);

        Exception? error = Record.Exception(() => SavedNetwork.Open(path, TravelProfiles.Car, load, SavedNetworkVerification.Structure));

        output.WriteLine($"{damage}: {error?.Message ?? "opened"}");
        Assert.True(error is null or SavedNetworkException, $"{damage}: {error}");
    }

    // Cut inside each array of the section: the refusal names it, with either verification.
    [Theory]
    [InlineData("cch.rank", "customizable hierarchy, ranks", SavedNetworkVerification.Full)]
    [InlineData("cch.start", "customizable hierarchy, chordal starts", SavedNetworkVerification.Structure)]
    [InlineData("cch.upper", "customizable hierarchy, chordal upper neighbours", SavedNetworkVerification.Full)]
    [InlineData("cch.parent", "customizable hierarchy, elimination tree parents", SavedNetworkVerification.Structure)]
    [InlineData("cch.slot", "customizable hierarchy, arc slots", SavedNetworkVerification.Full)]
    public void TruncatedInsideTheCustomizable_IsRefused_NamingTheSection(string at, string section, SavedNetworkVerification verification)
    {
        string path = Saved(TravelProfiles.Car, out _);
        SavedFile file = SavedFile.Of(File.ReadAllBytes(path));
        File.WriteAllBytes(path, file.Bytes[..(file.Arrays[at].At + 4)]);

        var error = Assert.Throws<SavedNetworkException>(() => SavedNetwork.Open(path, TravelProfiles.Car, SavedNetworkLoad.MemoryMapped, verification));

        output.WriteLine(error.Reason);
        Assert.Contains("truncated", error.Reason, StringComparison.Ordinal);
        Assert.Contains($"ends inside section '{section}'", error.Reason, StringComparison.Ordinal);
    }

    private static string[] ApplyCustomizable(SavedFile file, string damage)
    {
        (Action<SavedFile> apply, Func<SavedFile, string> refusal) = SavedNetworkDamage.CustomizableCases[damage];
        string[] expected = refusal(file).Split(" | ");
        apply(file);
        return expected;
    }
}
