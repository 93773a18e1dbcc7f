using Routes.Geo.Geodesy;
using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing;

/// <summary>
/// 1,000 random pairs of points near roads per extract and profile: how many end in "no route" from the
/// nearest snaps alone and with the large-component candidates, and why each remaining one has none.
/// </summary>
public class NoRouteOnRandomPairsTests(ITestOutputHelper output)
{
    private const int Pairs = 1000;

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
    public void NoRemainingNoRoute_HasAReachableLargeComponentRoadWithinSnapDistance(string extract, string profile)
    {
        RoadNetwork network = ExtractNetworks.Osm(extract);
        RoutingGraph graph = network.GraphFor(TravelProfiles.ByName(profile));
        graph.Prepare(RouteMetric.Fastest);
        (int[] component, int[] size) = StrongComponents.Compute(graph);
        var random = new Random(20261201);
        int before = 0, after = 0, tooFar = 0, noLargeCandidate = 0, differentLargeComponents = 0, switched = 0;
        for (int i = 0; i < Pairs; i++)
        {
            GeoPoint a = NearRoad(network, random), b = NearRoad(network, random);
            SnapResult sa, sb;
            try
            {
                sa = graph.Snap(a);
                sb = graph.Snap(b);
            }
            catch (SnapTooFarException)
            {
                tooFar++;
                continue;
            }

            bool nearestFound = graph.EdgeComponent[sa.Edge] == graph.EdgeComponent[sb.Edge]
                && graph.Search(sa, sb, RouteMetric.Fastest, RouteAlgorithm.Auto) is not null;
            before += nearestFound ? 0 : 1;
            RouteResult result = graph.Route().From(a).To(b).Calculate();
            if (result.IsFound)
            {
                Assert.True(nearestFound || result.Route.Waypoints.Any(w => w.Candidate != SnapCandidate.Nearest));
                switched += nearestFound ? 0 : 1;
                continue;
            }

            after++;
            Assert.False(nearestFound);
            SnapResult? la = graph.LargeComponentCandidate(sa, RouteRequest.DefaultMaxSnapMetres) ?? (graph.InLargeComponent[sa.Edge] ? sa : null);
            SnapResult? lb = graph.LargeComponentCandidate(sb, RouteRequest.DefaultMaxSnapMetres) ?? (graph.InLargeComponent[sb.Edge] ? sb : null);
            if (la is null || lb is null)
            {
                noLargeCandidate++;
                continue;
            }

            // Both ends have a road of a large component within reach: they must be different large components,
            // or the retry would have found the route.
            Assert.NotEqual(LargeComponentOf(component, size, la.Edge), LargeComponentOf(component, size, lb.Edge));
            differentLargeComponents++;
        }

        output.WriteLine($"{extract} {profile}: {Pairs} pairs, {tooFar} snap too far; no route from the nearest snaps {before}, "
            + $"after the large-component retry {after} ({switched} found by it); remaining: {noLargeCandidate} with an end that has no "
            + $"large-component road within {RouteRequest.DefaultMaxSnapMetres} m, {differentLargeComponents} between two different large components");
    }

    // The component of the edge's direction that lies in the larger one (a two-way edge of a large component may
    // have one direction in a small one, e.g. where it leaves a dead end).
    private static int LargeComponentOf(int[] component, int[] size, int edge)
    {
        int forward = component[2 * edge], backward = component[(2 * edge) + 1];
        return backward < 0 || (forward >= 0 && size[forward] >= size[backward]) ? forward : backward;
    }

    // A point up to 30 m from a random point of a random edge, as a user's click near a road.
    private static GeoPoint NearRoad(RoadNetwork network, Random random)
    {
        IReadOnlyList<GeoPoint> line = network.GetEdgeGeometry(random.Next(network.EdgeCount));
        GeoPoint p = line[random.Next(line.Count)];
        GeodesicDirectResult moved = Geodesic.Wgs84.Direct(p.Latitude, p.Longitude, random.NextDouble() * 360, random.NextDouble() * 30);
        return moved.Point;
    }
}
