using Routes.Geo.Matrices;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;
using Routes.Geo.Tours;

namespace Routes.Geo.Tests.Matrices;

public class TravelMatrixTests
{
    // Row 0 is one-way eastwards; row 1 is a two-way detour; (5,5) is an island joined to nothing.
    private static RoadNetwork OneWayWithIsland()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential oneway=yes", (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 0), (1, 0), (1, 1), (1, 2), (0, 2));
        tiny.Way("highway=residential", (5, 5), (5, 6));
        return tiny.Build();
    }

    [Fact]
    public void Cells_EqualThePointToPointRoutes()
    {
        RoadNetwork network = OneWayWithIsland();
        RoutingGraph graph = network.GraphFor(TravelProfiles.Car);
        GeoPoint[] points = [TinyNetwork.At(0, 0), TinyNetwork.At(0, 2), TinyNetwork.At(1, 1)];
        TravelMatrix matrix = TravelMatrix.Compute(graph, points);

        for (int s = 0; s < points.Length; s++)
        {
            for (int t = 0; t < points.Length; t++)
            {
                Route route = network.Route(TravelProfiles.Car).From(points[s]).To(points[t]).Calculate().Route;
                Assert.True(matrix[s, t].IsFound);
                Assert.Equal(route.DurationSeconds, matrix[s, t].DurationSeconds, 9);
                Assert.Equal(route.LengthMetres, matrix[s, t].LengthMetres, 9);
            }
        }

        Assert.True(matrix[1, 0].DurationSeconds > matrix[0, 1].DurationSeconds + 20, "the one-way street makes the way back longer");
        Assert.False(matrix.ToCostMatrix().IsSymmetric);
    }

    [Fact]
    public void OneBadPoint_FailsOnlyItsRowAndColumn_WithTheReason()
    {
        RoutingGraph graph = OneWayWithIsland().GraphFor(TravelProfiles.Foot);
        GeoPoint far = new(51.5, 3.0);
        GeoPoint[] points = [TinyNetwork.At(0, 0), far, TinyNetwork.At(5, 5), TinyNetwork.At(1, 2)];
        TravelMatrix matrix = TravelMatrix.Compute(graph, points);

        Assert.True(matrix[0, 3].IsFound);
        Assert.NotNull(matrix[1, 0].SnapFailure);
        Assert.NotNull(matrix[0, 1].SnapFailure);
        Assert.Contains("source 1", matrix[1, 3].FailureMessage, StringComparison.Ordinal);
        Assert.Contains("target 1", matrix[3, 1].FailureMessage, StringComparison.Ordinal);
        Assert.Equal(NoRouteReason.DifferentComponents, matrix[0, 2].NoRoute!.Reason);
        Assert.True(double.IsPositiveInfinity(matrix.ToCostMatrix(TourCost.Distance)[2, 0]));
        Assert.True(matrix[2, 2].IsFound);
    }

    [Fact]
    public void EmptySourcesOrTargets_AreRejectedWithAClearMessage()
    {
        RoutingGraph graph = OneWayWithIsland().GraphFor(TravelProfiles.Foot);
        var error = Assert.Throws<ArgumentException>(() => TravelMatrix.Compute(graph, [], [TinyNetwork.At(0, 0)]));
        Assert.Contains("source", error.Message, StringComparison.Ordinal);
        error = Assert.Throws<ArgumentException>(() => TravelMatrix.Compute(graph, [TinyNetwork.At(0, 0)], []));
        Assert.Contains("target", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MatrixExcludingRoadClasses_GivesTheSameNoRouteReasons_AsTheRouteExcludingThem()
    {
        // The customized matrix used to call an island "blocked by direction or restriction"; the plain matrix and the route say "different components".
        RoutingGraph graph = OneWayWithIsland().GraphFor(TravelProfiles.Foot);
        RoadClassSet excluded = RoadClassSet.Parse("motorway");
        GeoPoint[] points = [TinyNetwork.At(0, 0), TinyNetwork.At(5, 5), TinyNetwork.At(1, 2)];

        TravelMatrix matrix = TravelMatrix.Compute(graph, points, points, new MatrixOptions { Excluded = excluded });

        Assert.Equal(NoRouteReason.DifferentComponents, matrix[0, 1].NoRoute!.Reason);
        for (int s = 0; s < points.Length; s++)
        {
            for (int t = 0; t < points.Length; t++)
            {
                RouteResult route = graph.Route().From(points[s]).To(points[t]).Excluding(excluded).Calculate();
                Assert.Equal(route.IsFound, matrix[s, t].IsFound);
                Assert.Equal(route.IsFound ? null : route.Failure.Reason, matrix[s, t].NoRoute?.Reason);
            }
        }
    }

    [Fact]
    public void RectangularMatrix_RefusesToBecomeATourMatrix()
    {
        RoutingGraph graph = OneWayWithIsland().GraphFor(TravelProfiles.Foot);
        TravelMatrix matrix = TravelMatrix.Compute(graph, [TinyNetwork.At(0, 0)], [TinyNetwork.At(0, 2), TinyNetwork.At(1, 1)]);
        Assert.True(matrix[0, 1].IsFound);
        Assert.Throws<InvalidOperationException>(() => matrix.ToCostMatrix());
    }
}
