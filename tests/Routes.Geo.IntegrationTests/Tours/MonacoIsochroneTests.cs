using Routes.Geo.IntegrationTests.Routing;
using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Routes.Geo.Tours;
using NetTopologySuite.Geometries;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Tours;

public class MonacoIsochroneTests(ITestOutputHelper output)
{
    private static readonly GeoPoint Palace = new(43.7314, 7.4199);
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    [Fact]
    public void TenMinutesOnFootFromThePalace_ContainsWhatRoutesReachInTime_AndNotWhatTheyReachLate()
    {
        RoadNetwork monaco = ExtractNetworks.Osm("monaco");
        RoutingGraph graph = monaco.GraphFor(TravelProfiles.Foot);
        IsochroneResult isochrone = Isochrone.Compute(graph, Palace, TenMinutes);
        double walkable = TenMinutes.TotalSeconds * 5 / 3.6;
        output.WriteLine($"area {isochrone.AreaSquareMetres / 1e6:0.000} km² ({isochrone.Area.GeometryType}, {isochrone.Area.NumPoints} points), {isochrone.ReachedPieces} edge pieces; disk of {walkable:0} m would be {Math.PI * walkable * walkable / 1e6:0.000} km²");

        var random = new Random(19440903);
        int inside = 0, outside = 0, beyondReach = 0, lateButCovered = 0;
        for (int i = 0; i < 300; i++)
        {
            GeoPoint target = monaco.GetVertex(random.Next(monaco.VertexCount));
            double crow = Geodesy.Geodesic.Wgs84.Distance(isochrone.Origin.Snapped, target);
            if (crow > 1.5 * walkable)
            {
                continue;
            }

            RouteResult result = monaco.Route(TravelProfiles.Foot).From(Palace).To(target).Calculate();
            if (!result.IsFound)
            {
                continue;
            }

            double minutes = result.Route.DurationSeconds / 60;
            var end = new Point(result.Route.To.Longitude, result.Route.To.Latitude);
            if (minutes < 9.9)
            {
                Assert.True(isochrone.Area.Covers(end), $"{target} is {minutes:0.00} min away but outside");
                inside++;
            }
            else if (minutes > 10.1)
            {
                outside++;
                if (crow > walkable + Isochrone.DefaultBufferMetres)
                {
                    // Farther than anyone walks in ten minutes, plus the band: must be outside.
                    Assert.False(isochrone.Area.Covers(end), $"{target} is {minutes:0.0} min and {crow:0} m away but inside");
                    beyondReach++;
                }
                else if (isochrone.Area.Covers(end))
                {
                    // Monaco stacks streets (stairs, bridges, tunnels): a reachable one may pass within the band.
                    lateButCovered++;
                    output.WriteLine($"  late but covered: {target}, {minutes:0.0} min, {crow:0} m");
                }
            }
        }

        output.WriteLine($"{inside} points under 10 min all inside; {outside} over 10 min: {beyondReach} beyond walking reach all outside, {lateButCovered} nearer ones covered by a reachable road within the band");
        Assert.True(inside >= 20 && beyondReach >= 20);
        Assert.True(lateButCovered <= outside / 5, "most late points are outside");
        Assert.InRange(isochrone.AreaSquareMetres, 0.2e6, Math.PI * walkable * walkable);
    }

    [Fact]
    public void ReachSearch_AgreesWithRouteDurations_OnRandomTargets()
    {
        RoutingGraph graph = ExtractNetworks.Osm("monaco").GraphFor(TravelProfiles.Foot);
        SnapResult origin = graph.Snap(Palace);
        List<ReachSearch.Piece> pieces = ReachSearch.Run(graph, origin, TenMinutes.TotalSeconds, RouteMetric.Fastest);
        ILookup<int, ReachSearch.Piece> byEdge = pieces.ToLookup(p => p.Edge);
        var random = new Random(7);
        int agreed = 0;
        for (int i = 0; i < 400; i++)
        {
            int edge = random.Next(graph.Network.EdgeCount);
            if (!graph.IsUsable(edge))
            {
                continue;
            }

            double fraction = random.NextDouble();
            GeoPoint point = PointOn(graph.Network, edge, fraction);
            SnapResult target = graph.Snap(point);
            EdgeSearch.Found? found = EdgeSearch.Run(graph, origin, target, RouteMetric.Fastest);
            double f = EdgeSearch.Fraction(graph, target.Edge, target.OffsetMetres);
            bool reached = byEdge[target.Edge].Any(p => p.From - 1e-9 <= f && f <= p.To + 1e-9);
            if (found is { } route && Math.Abs(route.Cost - TenMinutes.TotalSeconds) < 1)
            {
                continue;
            }

            Assert.Equal(found is { } r && r.Cost <= TenMinutes.TotalSeconds, reached);
            agreed++;
        }

        output.WriteLine($"{agreed} random targets: reached by the bounded search exactly when the route takes 10 min or less");
        Assert.True(agreed > 100);
    }

    private static GeoPoint PointOn(RoadNetwork network, int edge, double fraction)
    {
        IReadOnlyList<GeoPoint> line = network.GetEdgeGeometry(edge);
        int k = Math.Min(line.Count - 2, (int)(fraction * (line.Count - 1)));
        return new GeoPoint((line[k].Latitude + line[k + 1].Latitude) / 2, (line[k].Longitude + line[k + 1].Longitude) / 2);
    }
}
