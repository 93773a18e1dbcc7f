using Routes.Geo.IntegrationTests.Routing;
using Routes.Geo.Routing;
using Routes.Geo.Storage;

namespace Routes.Geo.IntegrationTests.Storage;

/// <summary>A memory-mapped saved network answers exactly as the same file read into the heap, on the real extracts.</summary>
public sealed class MappedSavedNetworkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("routes-geo-mapped-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The fastest metric goes through the stored hierarchy, the shortest through A* on the network's columns.
    [Theory]
    [InlineData("monaco", "car")]
    [InlineData("monaco", "foot")]
    [InlineData("monaco", "bicycle")]
    [InlineData("andorra", "car")]
    [InlineData("andorra", "foot")]
    [InlineData("andorra", "bicycle")]
    [InlineData("liechtenstein", "car")]
    [InlineData("liechtenstein", "foot")]
    [InlineData("liechtenstein", "bicycle")]
    public void MappedNetwork_AnswersExactlyAsTheReadOne_On1000RandomPairs(string extract, string profileName)
    {
        Profile profile = TravelProfiles.ByName(profileName);
        RoutingGraph original = ExtractNetworks.Osm(extract).GraphFor(profile);
        string path = Path.Combine(_folder, $"{extract}-{profileName}.rgnet");
        SavedNetwork.Save(path, original, RouteMetric.Fastest);

        RoutingGraph read = SavedNetwork.Open(path, profile, SavedNetworkLoad.Read);
        RoutingGraph mapped = SavedNetwork.Open(path, profile, SavedNetworkLoad.MemoryMapped);

        var random = new Random(1944);
        int found = 0;
        for (int i = 0; i < 1000; i++)
        {
            SnapResult a = HierarchyExtractTests.RandomPoint(original, random), b = HierarchyExtractTests.RandomPoint(original, random);
            RouteMetric metric = i % 2 == 0 ? RouteMetric.Fastest : RouteMetric.Shortest;
            RouteResult expected = read.Route().From(a.Snapped).To(b.Snapped).Minimizing(metric).Calculate();
            RouteResult actual = mapped.Route().From(a.Snapped).To(b.Snapped).Minimizing(metric).Calculate();
            Assert.True(expected.IsFound == actual.IsFound, $"pair {i} {a.Snapped} → {b.Snapped}, {metric}: found {expected.IsFound} read, {actual.IsFound} mapped");
            if (expected.IsFound)
            {
                found++;
                Assert.Equal(expected.Route.DurationSeconds, actual.Route.DurationSeconds);
                Assert.Equal(expected.Route.LengthMetres, actual.Route.LengthMetres);
                Assert.Equal(expected.Route.Geometry, actual.Route.Geometry);
            }
        }

        Assert.True(found > 500, $"only {found} of 1000 pairs routable");
    }
}
