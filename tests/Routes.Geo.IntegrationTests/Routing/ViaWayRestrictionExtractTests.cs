using Routes.Geo.Network;
using Routes.Geo.Osm.Pbf;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Routing;

public class ViaWayRestrictionExtractTests(ITestOutputHelper output)
{
    // Counts the via-way restriction relations in the file itself (read apart from the importer), what the network
    // resolved and what binds the car; then routes from each applied restriction's from edge to its to edge, with
    // Dijkstra and the hierarchy, and checks that no route drives the restricted sequence (no_*) or leaves it elsewhere (only_*).
    [Theory]
    [InlineData("monaco")]
    [InlineData("andorra")]
    [InlineData("liechtenstein")]
    public void ViaWayRestrictions_AreCounted_AndNoRouteBreaksOne(string extract)
    {
        int relations = 0;
        using (var reader = new PbfReader(SharedData.PathOf("osm", extract + ".osm.pbf")))
        {
            foreach (OsmElement element in reader.Read(new OsmElementFilter { IncludeNodes = false, IncludeWays = false }))
            {
                if (element is OsmRelation r && r.Tags.HasValue("type", "restriction") && r.Members.Any(m => m.Role == "via" && m.Type == OsmMemberType.Way))
                {
                    relations++;
                }
            }
        }

        RoadNetwork network = ExtractNetworks.Osm(extract);
        RoutingGraph car = network.GraphFor(TravelProfiles.Car);
        TurnRestriction[] viaWays = [.. network.Restrictions.Where(r => r.IsViaWay)];
        output.WriteLine($"{extract}: {relations} via-way restriction relations in the file, {viaWays.Length} resolved (from/to pairs), {car.BindingViaWayRestrictionCount} bind the car");
        Assert.True(viaWays.Length <= relations * 4, "more resolved than the relations can give");
        Assert.True(car.BindingViaWayRestrictionCount <= viaWays.Length);
        if (relations > 0)
        {
            Assert.True(viaWays.Length > 0, "no via-way relation resolved");
        }

        car.Prepare();
        int checkedRoutes = 0;
        foreach (TurnRestriction r in viaWays)
        {
            if (TravelProfiles.Car.ReadRestriction(r.Tags) is not { } kind || car.ViaWayPath(r) is not (int from, int[] via, int to))
            {
                continue;
            }

            SnapResult a = Middle(car, from), b = Middle(car, to);
            foreach (RouteAlgorithm algorithm in (RouteAlgorithm[])[RouteAlgorithm.Dijkstra, RouteAlgorithm.ContractionHierarchy])
            {
                if (car.Search(a, b, RouteMetric.Fastest, algorithm) is not { } found)
                {
                    continue;
                }

                checkedRoutes++;
                int[] sequence = [from, .. via];
                for (int i = 0; i + sequence.Length < found.Path.Length; i++)
                {
                    if (found.Path.AsSpan(i, sequence.Length).SequenceEqual(sequence))
                    {
                        int next = found.Path[i + sequence.Length];
                        Assert.True(kind == TurnRestrictionKind.Prohibitory ? next != to : next == to, $"relation {r.RelationId}: {algorithm} route breaks it");
                    }
                }
            }
        }

        output.WriteLine($"{checkedRoutes} routes from a from edge to its to edge checked");
    }

    private static SnapResult Middle(RoutingGraph graph, int directed)
    {
        int edge = RoutingGraph.EdgeOf(directed);
        IReadOnlyList<GeoPoint> line = graph.Network.GetEdgeGeometry(edge);
        return graph.Snap(line[line.Count / 2], 50);
    }
}
