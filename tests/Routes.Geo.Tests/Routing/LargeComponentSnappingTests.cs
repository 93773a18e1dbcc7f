using Routes.Geo.Matrices;
using Routes.Geo.Routing;

namespace Routes.Geo.Tests.Routing;

/// <summary>
/// A point whose nearest road cannot reach (or be reached from) the other end gets its second candidate, the
/// nearest road of a large strongly connected component; grid nodes are about 111 m (rows) by 99 m (columns) apart.
/// </summary>
public class LargeComponentSnappingTests
{
    // Beside the one-way stub (0,3) -> (0,2), 5.5 m north of it and 79 m from the grid's nearest two-way road.
    private static readonly GeoPoint BesideStub = TinyNetwork.At(0.05, 2.8);

    // A 3 × 3 two-way grid, plus a one-way stub that only leads into it (a motorway piece entered from outside the extract).
    private static RoadNetwork GridWithInboundStub()
    {
        var tiny = new TinyNetwork();
        for (int r = 0; r < 3; r++)
        {
            tiny.Way("highway=residential", (r, 0), (r, 1), (r, 2));
            tiny.Way("highway=residential", (0, r), (1, r), (2, r));
        }

        tiny.Way("highway=residential oneway=yes", (0, 3), (0, 2));
        return tiny.Build();
    }

    [Fact]
    public void DestinationBesideInboundOnewayStub_IsReachedFromTheLargeComponent()
    {
        RouteResult result = GridWithInboundStub().Route(TravelProfiles.Car).From(TinyNetwork.At(2, 0)).To(BesideStub).Calculate();

        Assert.True(result.IsFound, result.IsFound ? null : result.Failure.Message);
        SnapResult to = result.Route.Waypoints[^1];
        Assert.Equal(SnapCandidate.LargeComponent, to.Candidate);
        Assert.InRange(to.DistanceMetres, 70, 90);
        Assert.Equal(SnapCandidate.Nearest, result.Route.Waypoints[0].Candidate);
    }

    [Fact]
    public void StartBesideInboundOnewayStub_KeepsItsNearestRoad()
    {
        RouteResult result = GridWithInboundStub().Route(TravelProfiles.Car).From(BesideStub).To(TinyNetwork.At(2, 0)).Calculate();

        Assert.True(result.IsFound);
        Assert.Equal(SnapCandidate.Nearest, result.Route.Waypoints[0].Candidate);
        Assert.True(result.Route.Waypoints[0].DistanceMetres < 10);
    }

    [Fact]
    public void ViaBesideInboundOnewayStub_BothLegsMeetAtTheSwitchedCandidate()
    {
        RouteResult result = GridWithInboundStub().Route(TravelProfiles.Car)
            .From(TinyNetwork.At(2, 0)).Via(BesideStub).To(TinyNetwork.At(2, 2)).Calculate();

        Assert.True(result.IsFound);
        Route route = result.Route;
        Assert.Equal(SnapCandidate.LargeComponent, route.Waypoints[1].Candidate);
        Assert.Equal(route.Legs[0].Geometry[^1], route.Legs[1].Geometry[0]);
        Assert.Equal(route.Waypoints[1].Snapped, route.Legs[0].Geometry[^1]);
    }

    [Fact]
    public void IsolatedFootpathNearer_ThanTheNetwork_IsNotWhereTheRouteEnds()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2));
        tiny.Way("highway=residential", (0, 2), (1, 2), (2, 2), (2, 3), (2, 4));

        // A lone flight of steps 11 m from the target (the network's nearest road is 137 m away), joined to nothing.
        tiny.Way("highway=steps", (3, 5), (4, 5));
        RoadNetwork network = tiny.Build();
        GeoPoint target = TinyNetwork.At(2.9, 4.95);

        RouteResult result = network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(target).Calculate();

        Assert.True(result.IsFound, result.IsFound ? null : result.Failure.Message);
        Assert.Equal(SnapCandidate.LargeComponent, result.Route.Waypoints[^1].Candidate);
        Assert.Equal(network.Route(TravelProfiles.Foot).From(TinyNetwork.At(0, 0)).To(result.Route.To).Calculate().Route.LengthMetres,
            result.Route.LengthMetres, 6);
    }

    [Fact]
    public void NoLargeComponentWithinSnapDistance_IsNoRouteWithItsReason()
    {
        var tiny = new TinyNetwork();
        tiny.Way("highway=residential", (0, 0), (0, 1), (0, 2), (0, 3));
        tiny.Way("highway=residential", (9, 0), (9, 1));

        RouteResult result = tiny.Build().Route(TravelProfiles.Car).From(TinyNetwork.At(0, 0)).To(TinyNetwork.At(9, 0)).Calculate();

        Assert.False(result.IsFound);
        Assert.Equal(NoRouteReason.DifferentComponents, result.Failure.Reason);
        Assert.Equal(0, result.Failure.LegIndex);
    }

    [Fact]
    public void MatrixCellBesideInboundOnewayStub_IsFoundFromTheLargeComponent_AndEqualsTheRoute()
    {
        RoadNetwork network = GridWithInboundStub();
        RoutingGraph graph = network.GraphFor(TravelProfiles.Car);
        GeoPoint[] points = [TinyNetwork.At(2, 0), BesideStub];
        RouteResult route = network.Route(TravelProfiles.Car).From(points[0]).To(points[1]).Calculate();

        foreach (RouteAlgorithm algorithm in new[] { RouteAlgorithm.AStar, RouteAlgorithm.ContractionHierarchy })
        {
            TravelMatrix matrix = TravelMatrix.Compute(graph, points, points, algorithm: algorithm);
            TravelCell cell = matrix[0, 1];
            Assert.True(cell.IsFound, cell.FailureMessage);
            Assert.Equal(SnapCandidate.LargeComponent, cell.TargetCandidate);
            Assert.Equal(SnapCandidate.Nearest, cell.SourceCandidate);
            Assert.Equal(route.Route.DurationSeconds, cell.DurationSeconds, 9);
            Assert.Equal(SnapCandidate.Nearest, matrix[1, 0].TargetCandidate);
        }
    }

    [Fact]
    public void StrongComponents_EqualMutualReachability_OnARandomGrid()
    {
        for (int seed = 0; seed < 5; seed++)
        {
            var tiny = new TinyNetwork();
            tiny.RandomGrid(new Random(seed), 6);
            RoutingGraph graph = tiny.Build().GraphFor(TravelProfiles.Car);
            (int[] component, _) = StrongComponents.Compute(graph);
            int nodes = component.Length;
            bool[][] reach = [.. Enumerable.Range(0, nodes).Select(d => Reachable(graph, d))];
            for (int a = 0; a < nodes; a++)
            {
                Assert.Equal(graph.CanTravel(a), component[a] >= 0);
                for (int b = 0; b < nodes; b++)
                {
                    if (component[a] >= 0 && component[b] >= 0)
                    {
                        Assert.Equal(reach[a][b] && reach[b][a], component[a] == component[b]);
                    }
                }
            }
        }
    }

    // Directed edges reachable from `start` by allowed turns (start itself included).
    private static bool[] Reachable(RoutingGraph graph, int start)
    {
        var seen = new bool[2 * graph.Network.EdgeCount];
        if (!graph.CanTravel(start))
        {
            return seen;
        }

        var queue = new Queue<int>([start]);
        seen[start] = true;
        while (queue.TryDequeue(out int d))
        {
            int head = graph.Head(d);
            for (int i = graph.OutStart[head]; i < graph.OutStart[head + 1]; i++)
            {
                int next = graph.OutDirected[i];
                if (!seen[next] && graph.CanTurn(d, next))
                {
                    seen[next] = true;
                    queue.Enqueue(next);
                }
            }
        }

        return seen;
    }
}
