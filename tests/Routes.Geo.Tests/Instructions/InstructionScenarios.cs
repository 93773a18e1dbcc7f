using Routes.Geo.Instructions;
using Routes.Geo.Routing;

namespace Routes.Geo.Tests.Instructions;

/// <summary>Small street layouts with one known maneuver each, and a helper to route and describe them.</summary>
internal static class InstructionScenarios
{
    /// <summary>Rue Nationale runs east through (0,1); Rue Solférino goes north and Boulevard de la Liberté south from there.</summary>
    public static RoadNetwork Crossroads() => new Streets()
        .Way("residential", "Rue Nationale", [(0, 0), (0, 1), (0, 2)])
        .Way("residential", "Rue Solférino", [(0, 1), (1, 1)])
        .Way("residential", "Boulevard de la Liberté", [(0, 1), (-1, 1)])
        .Build();

    /// <summary>Rue Nationale becomes Rue Esquermoise at (0,1), where Rue Solférino leaves to the north.</summary>
    public static RoadNetwork NameChange() => new Streets()
        .Way("residential", "Rue Nationale", [(0, 0), (0, 1)])
        .Way("residential", "Rue Esquermoise", [(0, 1), (0, 2)])
        .Way("residential", "Rue Solférino", [(0, 1), (1, 1)])
        .Build();

    /// <summary>
    /// A roundabout of radius about 30 m around (2,2), travelled anticlockwise (south, east, north, west);
    /// Avenue Foch arrives from the south, Rue de Paris leaves east, Rue Nationale north, Rue Gambetta west.
    /// </summary>
    public static RoadNetwork Roundabout()
    {
        (double, double) s = (1.7, 2), e = (2, 2.3), n = (2.3, 2), w = (2, 1.7);
        return new Streets()
            .Way("residential", "Avenue Foch", [(0, 2), s])
            .Way("residential", null, [s, e, n, w, s], "junction=roundabout")
            .Way("residential", "Rue de Paris", [e, (2, 3.5)])
            .Way("residential", "Rue Nationale", [n, (3.5, 2)])
            .Way("residential", "Rue Gambetta", [w, (2, 0.5)])
            .Build();
    }

    /// <summary>Rue Nationale ends in a dead end at (0,2); Rue Solférino leaves it north at (0,1).</summary>
    public static RoadNetwork DeadEnd() => new Streets()
        .Way("residential", "Rue Nationale", [(0, 0), (0, 1), (0, 2)])
        .Way("residential", "Rue Solférino", [(0, 1), (1, 1)])
        .Build();

    /// <summary>Rue Nationale east; at (0,1) an unnamed 8 m link north joins Rue Solférino.</summary>
    public static RoadNetwork ShortLink() => new Streets()
        .Way("residential", "Rue Nationale", [(0, 0), (0, 1), (0, 2)])
        .Way("residential", null, [(0, 1), (0.07, 1)])
        .Way("residential", "Rue Solférino", [(0.07, 1), (1, 1)])
        .Build();

    /// <summary>An unnamed street east, an unnamed footway north from (0,1).</summary>
    public static RoadNetwork Unnamed() => new Streets()
        .Way("residential", null, [(0, 0), (0, 1), (0, 2)])
        .Way("footway", null, [(0, 1), (1, 1)])
        .Build();

    public static (Route Route, RoutingGraph Graph) Route(RoadNetwork network, Profile profile, params GeoPoint[] points)
    {
        RoutingGraph graph = network.GraphFor(profile);
        RouteRequest request = graph.Route().From(points[0]).To(points[^1]).Shortest();
        foreach (GeoPoint via in points[1..^1])
        {
            request.Via(via);
        }

        return (request.Calculate().Route, graph);
    }

    public static IReadOnlyList<Instruction> Describe(RoadNetwork network, string language, params GeoPoint[] points) =>
        Describe(network, TravelProfiles.Car, language, points);

    public static IReadOnlyList<Instruction> Describe(RoadNetwork network, Profile profile, string language, params GeoPoint[] points)
    {
        (Route route, RoutingGraph graph) = Route(network, profile, points);
        return RouteInstructions.For(route, language);
    }
}
