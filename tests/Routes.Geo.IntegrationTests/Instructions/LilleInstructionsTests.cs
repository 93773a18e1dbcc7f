using Routes.Geo.Instructions;
using Routes.Geo.IntegrationTests.Routing;
using Routes.Geo.Routing;
using Xunit.Abstractions;

namespace Routes.Geo.IntegrationTests.Instructions;

public class LilleInstructionsTests(ITestOutputHelper output)
{
    // Monument aux fusillés (OSM node 899302267) to Monument aux Morts (node 1043788567), as in the routing tests.
    private static readonly GeoPoint Fusilles = new(50.637725, 3.051623);
    private static readonly GeoPoint Morts = new(50.635566, 3.062158);

    // A road travelled for less than this may be folded into a neighbouring turn (maneuvers under 15 m apart are merged).
    private const double NamedRoadMetres = 30;

    [Theory]
    [InlineData("foot", "en")]
    [InlineData("foot", "fr")]
    [InlineData("foot", "nl")]
    [InlineData("car", "en")]
    public void LilleMemorialWalk_InstructionsFollowTheRouteStreets(string profileName, string language)
    {
        RoutingGraph graph = ExtractNetworks.Lille().GraphFor(TravelProfiles.ByName(profileName));
        Route route = graph.Route().From(Fusilles).To(Morts).Calculate().Route;

        IReadOnlyList<Instruction> instructions = RouteInstructions.For(route, language);
        foreach (Instruction i in instructions)
        {
            output.WriteLine($"{i.Kind,-11} {RouteInstructions.FormatDistance(i.DistanceMetres, language),8}  {i.Text}");
        }

        output.WriteLine($"route roads: {string.Join(" ; ", route.RoadNames)}");
        Assert.Equal(InstructionKind.Depart, instructions[0].Kind);
        Assert.Equal(InstructionKind.Arrive, instructions[^1].Kind);
        Assert.Equal(route.LengthMetres, instructions.Sum(i => i.DistanceMetres), 0.01 * route.LengthMetres);

        // The named roads the instructions give come in the route's order...
        List<string> named = [.. instructions.Select(i => i.RoadName).OfType<string>()];
        int position = 0;
        foreach (string name in named)
        {
            int found = route.RoadNames.Skip(position).ToList().IndexOf(name);
            Assert.True(found >= 0, $"'{name}' is not among the route's roads after position {position}");
            position += found;
        }

        // ...and every road walked for more than a few metres is announced, in some instruction's text.
        foreach (string name in MainRoads(route))
        {
            Assert.Contains(instructions, i => i.Text.Contains(name, StringComparison.Ordinal));
        }
    }

    private static IEnumerable<string> MainRoads(Route route) =>
        route.Legs.SelectMany(l => l.Steps)
            .Where(s => s.RoadName is not null)
            .GroupBy(s => s.RoadName!)
            .Where(g => g.Sum(s => s.LengthMetres) >= NamedRoadMetres)
            .Select(g => g.Key);
}
