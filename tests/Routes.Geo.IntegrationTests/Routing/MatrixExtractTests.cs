using Routes.Geo.Matrices;
using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing;

public class MatrixExtractTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("monaco", "car", RouteMetric.Fastest)]
    [InlineData("monaco", "foot", RouteMetric.Shortest)]
    [InlineData("liechtenstein", "bicycle", RouteMetric.Fastest)]
    public void HierarchyMatrixCells_EqualPointToPointRoutes(string extract, string profileName, RouteMetric metric)
    {
        RoutingGraph graph = ExtractNetworks.Osm(extract).GraphFor(TravelProfiles.ByName(profileName));
        var random = new Random(7);
        GeoPoint[] points = [.. Enumerable.Range(0, 40).Select(_ => HierarchyExtractTests.RandomPoint(graph, random).Snapped)];

        TravelMatrix fast = TravelMatrix.Compute(graph, points, points, metric, algorithm: RouteAlgorithm.ContractionHierarchy);
        TravelMatrix slow = TravelMatrix.Compute(graph, points, points, metric, algorithm: RouteAlgorithm.AStar);

        int found = 0;
        for (int s = 0; s < points.Length; s++)
        {
            for (int t = 0; t < points.Length; t++)
            {
                TravelCell a = fast[s, t], b = slow[s, t];
                Assert.Equal(b.IsFound, a.IsFound);
                if (!a.IsFound)
                {
                    Assert.Equal(b.NoRoute!.Reason, a.NoRoute!.Reason);
                    continue;
                }

                found++;
                double cost = metric == RouteMetric.Fastest ? b.DurationSeconds : b.LengthMetres;
                Assert.Equal(cost, metric == RouteMetric.Fastest ? a.DurationSeconds : a.LengthMetres, 1e-9 * Math.Max(1, cost));
                Assert.Equal(b.LengthMetres, a.LengthMetres, 1e-6 * Math.Max(1, b.LengthMetres));
                Assert.Equal(b.DurationSeconds, a.DurationSeconds, 1e-6 * Math.Max(1, b.DurationSeconds));
            }
        }

        output.WriteLine($"{extract}/{profileName}/{metric}: {found} of {points.Length * points.Length} cells found, all equal");
        Assert.True(found > points.Length * points.Length / 2);
    }

    [Fact]
    public void PointThatCannotBeSnapped_FailsItsRowAndColumn_AndTheRestIsComputed()
    {
        RoutingGraph graph = ExtractNetworks.Osm("monaco").GraphFor(TravelProfiles.Foot);
        GeoPoint[] points = [new(43.7314, 7.4199), new(43.70, 7.45), new(43.7394, 7.4276)];

        TravelMatrix matrix = TravelMatrix.Compute(graph, points, points, algorithm: RouteAlgorithm.ContractionHierarchy);

        Assert.NotNull(matrix[1, 0].SnapFailure);
        Assert.NotNull(matrix[0, 1].SnapFailure);
        Assert.True(matrix[0, 2].IsFound);
        Assert.True(matrix[2, 0].IsFound);
        Assert.Contains("43.7", matrix[1, 2].FailureMessage, StringComparison.Ordinal);
    }
}
