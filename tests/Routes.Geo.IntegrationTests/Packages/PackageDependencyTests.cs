using System.Reflection;
using System.Runtime.CompilerServices;
using Routes.Geo.Encirclement;
using Routes.Geo.Maps;
using Routes.Geo.Osm;
using Routes.Geo.Server;

namespace Routes.Geo.IntegrationTests.Packages;

/// <summary>
/// The packages' dependencies point one way (story → engine and OSM, OSM → engine, maps → engine, OSM and story, server → engine),
/// the engine and OSM packages carry no part of the 1944 story, and no shipped package sees another's internals.
/// </summary>
public sealed class PackageDependencyTests
{
    private static readonly Assembly Engine = typeof(RoadNetwork).Assembly;
    private static readonly Assembly Osm = typeof(OsmNetwork).Assembly;
    private static readonly Assembly Story = typeof(EncirclementModel).Assembly;
    private static readonly Assembly Maps = typeof(StaticMaps).Assembly;
    private static readonly Assembly Server = typeof(RoutesGeoServer).Assembly;
    private static readonly Assembly[] Shipped = [Engine, Osm, Story, Maps, Server];

    public static TheoryData<string, string[]> AllowedReferences => new()
    {
        { "Routes.Geo", [] },
        { "Routes.Geo.Osm", ["Routes.Geo"] },
        { "Routes.Geo.Encirclement", ["Routes.Geo", "Routes.Geo.Osm"] },
        // Maps reads the coast and areas of an OSM extract for its base map (BaseMap.FromOsm).
        { "Routes.Geo.Maps", ["Routes.Geo", "Routes.Geo.Osm", "Routes.Geo.Encirclement"] },
        { "Routes.Geo.Server", ["Routes.Geo"] },
    };

    [Theory]
    [MemberData(nameof(AllowedReferences))]
    public void ShippedPackage_ReferencesOnlyThePackagesBelowIt(string package, string[] allowed)
    {
        Assembly assembly = Shipped.Single(a => a.GetName().Name == package);

        string[] ours = [.. assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("Routes.Geo", StringComparison.Ordinal)).Order()];

        Assert.Subset(allowed.ToHashSet(), ours.ToHashSet());
    }

    [Fact]
    public void EngineAndOsm_CarryNoTypeOfTheStory()
    {
        string[] storyWords = ["Encirclement", "History", "Historical", "Site", "Military", "Commander", "Port"];

        string[] found = [.. new[] { Engine, Osm }.SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace?.StartsWith("Routes.Geo", StringComparison.Ordinal) == true)
            .Where(t => storyWords.Any(w => t.Name.Contains(w, StringComparison.Ordinal)) || t.Namespace!.Contains("Encirclement", StringComparison.Ordinal))
            .Select(t => t.FullName!)];

        Assert.Empty(found);
    }

    [Fact]
    public void NoShippedPackage_SeesTheInternalsOfAnother()
    {
        string[] names = [.. Shipped.Select(a => a.GetName().Name!)];

        string[] grants = [.. Shipped.SelectMany(a => a.GetCustomAttributes<InternalsVisibleToAttribute>()
            .Where(g => names.Contains(g.AssemblyName.Split(',')[0]))
            .Select(g => $"{a.GetName().Name} -> {g.AssemblyName}"))];

        Assert.Empty(grants);
    }
}
