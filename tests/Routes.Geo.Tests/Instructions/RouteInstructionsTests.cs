using Routes.Geo.Instructions;
using Routes.Geo.Routing;
using static Routes.Geo.Tests.Instructions.InstructionScenarios;

namespace Routes.Geo.Tests.Instructions;

public class RouteInstructionsTests
{
    private static GeoPoint At(double row, double column) => Streets.At(row, column);

    private static string[] Texts(IReadOnlyList<Instruction> instructions) => [.. instructions.Select(i => i.Text)];

    private static InstructionKind[] Kinds(IReadOnlyList<Instruction> instructions) => [.. instructions.Select(i => i.Kind)];

    [Theory]
    [InlineData("en", "Head east on Rue Nationale", "Turn left onto Rue Solférino", "You have arrived at your destination")]
    [InlineData("fr", "Dirigez-vous vers l'est sur la Rue Nationale", "Tournez à gauche sur la Rue Solférino", "Vous avez atteint votre destination")]
    [InlineData("nl", "Ga in oostelijke richting op Rue Nationale", "Sla linksaf naar Rue Solférino", "U hebt uw bestemming bereikt")]
    public void LeftTurn_IsDepartTurnLeftArrive_InEachLanguage(string language, string depart, string turn, string arrive)
    {
        IReadOnlyList<Instruction> instructions = Describe(Crossroads(), language, At(0, 0), At(1, 1));

        Assert.Equal([InstructionKind.Depart, InstructionKind.Left, InstructionKind.Arrive], Kinds(instructions));
        Assert.Equal([depart, turn, arrive], Texts(instructions));
        Assert.Equal("Rue Solférino", instructions[1].RoadName);
        Assert.Equal(At(0, 1).Latitude, instructions[1].Location.Latitude, 9);
    }

    [Theory]
    [InlineData("en", "Turn right onto Boulevard de la Liberté")]
    [InlineData("fr", "Tournez à droite sur le Boulevard de la Liberté")]
    [InlineData("nl", "Sla rechtsaf naar Boulevard de la Liberté")]
    public void RightTurn_IsWrittenWithTheRoadAndItsArticle(string language, string turn)
    {
        IReadOnlyList<Instruction> instructions = Describe(Crossroads(), language, At(0, 0), At(-1, 1));

        Assert.Equal([InstructionKind.Depart, InstructionKind.Right, InstructionKind.Arrive], Kinds(instructions));
        Assert.Equal(turn, instructions[1].Text);
    }

    [Theory]
    [InlineData("en", "Continue onto Rue Esquermoise")]
    [InlineData("fr", "Continuez tout droit sur la Rue Esquermoise")]
    [InlineData("nl", "Ga rechtdoor verder op Rue Esquermoise")]
    public void StraightOnThroughANameChange_IsAContinue(string language, string text)
    {
        IReadOnlyList<Instruction> instructions = Describe(NameChange(), language, At(0, 0), At(0, 2));

        Assert.Equal([InstructionKind.Depart, InstructionKind.Continue, InstructionKind.Arrive], Kinds(instructions));
        Assert.Equal(text, instructions[1].Text);
    }

    [Fact]
    public void StraightOnAlongOneRoad_HasNoInstructionBetweenDepartAndArrive()
    {
        IReadOnlyList<Instruction> instructions = Describe(Crossroads(), "en", At(0, 0), At(0, 2));

        Assert.Equal([InstructionKind.Depart, InstructionKind.Arrive], Kinds(instructions));
    }

    [Theory]
    [InlineData("en", "At the roundabout, take the 2nd exit onto Rue Nationale")]
    [InlineData("fr", "Au rond-point, prenez la 2e sortie sur la Rue Nationale")]
    [InlineData("nl", "Neem op de rotonde de 2e afslag naar Rue Nationale")]
    public void Roundabout_CountsTheExitsPassed(string language, string text)
    {
        IReadOnlyList<Instruction> instructions = Describe(Roundabout(), language, At(0, 2), At(3.5, 2));

        Assert.Equal([InstructionKind.Depart, InstructionKind.Roundabout, InstructionKind.Arrive], Kinds(instructions));
        Assert.Equal(2, instructions[1].ExitNumber);
        Assert.Equal(text, instructions[1].Text);
    }

    [Theory]
    [InlineData(2, 3.5, "1st")]
    [InlineData(3.5, 2, "2nd")]
    [InlineData(2, 0.5, "3rd")]
    public void Roundabout_ExitNumberFollowsTheDirectionOfTravel(double row, double column, string ordinal)
    {
        // Leaving west means passing east and north first (French roundabouts turn anticlockwise).
        Instruction roundabout = Describe(Roundabout(), "en", At(0, 2), At(row, column)).Single(i => i.Kind == InstructionKind.Roundabout);

        Assert.Contains($"take the {ordinal} exit", roundabout.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "You have reached waypoint 1")]
    [InlineData("fr", "Vous avez atteint l'étape 1")]
    [InlineData("nl", "U hebt tussenstop 1 bereikt")]
    public void ViaPoint_IsAWaypointInstructionAtTheSnappedPoint(string language, string text)
    {
        (Route route, RoutingGraph graph) = Route(Crossroads(), TravelProfiles.Car, At(0, 0), At(0, 0.5), At(0, 2));

        IReadOnlyList<Instruction> instructions = RouteInstructions.For(route, language);

        Assert.Equal([InstructionKind.Depart, InstructionKind.Waypoint, InstructionKind.Arrive], Kinds(instructions));
        Assert.Equal(text, instructions[1].Text);
        Assert.Equal(route.Waypoints[1].Snapped, instructions[1].Location);
        Assert.Equal(route.Legs[0].LengthMetres, instructions[0].DistanceMetres, 6);
    }

    [Theory]
    [InlineData("en", "Make a U-turn and continue on Rue Nationale", "Turn right onto Rue Solférino")]
    [InlineData("fr", "Faites demi-tour et continuez sur la Rue Nationale", "Tournez à droite sur la Rue Solférino")]
    [InlineData("nl", "Keer om en ga verder op Rue Nationale", "Sla rechtsaf naar Rue Solférino")]
    public void ViaPointInADeadEnd_IsFollowedByAUTurn(string language, string uTurn, string turn)
    {
        IReadOnlyList<Instruction> instructions = Describe(DeadEnd(), language, At(0, 0), At(0, 1.8), At(1, 1));

        Assert.Equal(
            [InstructionKind.Depart, InstructionKind.Waypoint, InstructionKind.UTurn, InstructionKind.Right, InstructionKind.Arrive],
            Kinds(instructions));
        Assert.Equal(uTurn, instructions[2].Text);
        Assert.Equal(turn, instructions[3].Text);
        Assert.Equal(0, instructions[1].DistanceMetres, 6);
    }

    [Fact]
    public void ShortLinkBetweenTwoStreets_IsReadAsOneTurn()
    {
        IReadOnlyList<Instruction> instructions = Describe(ShortLink(), "en", At(0, 0), At(1, 1));

        Assert.Equal(["Head east on Rue Nationale", "Turn left onto Rue Solférino", "You have arrived at your destination"], Texts(instructions));
    }

    [Theory]
    [InlineData("en", "Head east on the road", "Turn left onto the footpath")]
    [InlineData("fr", "Dirigez-vous vers l'est sur la route", "Tournez à gauche sur le chemin piéton")]
    [InlineData("nl", "Ga in oostelijke richting op de weg", "Sla linksaf het voetpad op")]
    public void UnnamedWays_AreNamedByTheirHighwayType(string language, string depart, string turn)
    {
        IReadOnlyList<Instruction> instructions = Describe(Unnamed(), TravelProfiles.Foot, language, At(0, 0), At(1, 1));

        Assert.Equal([depart, turn], Texts(instructions)[..2]);
        Assert.Null(instructions[1].RoadName);
    }

    [Fact]
    public void Distances_AddUpToTheRouteLength_AndTheArrivalHasNone()
    {
        (Route route, RoutingGraph graph) = Route(DeadEnd(), TravelProfiles.Car, At(0, 0), At(0, 1.8), At(1, 1));

        IReadOnlyList<Instruction> instructions = RouteInstructions.For(route);

        Assert.Equal(route.LengthMetres, instructions.Sum(i => i.DistanceMetres), 6);
        Assert.Equal(route.DurationSeconds, instructions.Sum(i => i.DurationSeconds), 6);
        Assert.Equal(0, instructions[^1].DistanceMetres);
        Assert.Equal(route.To, instructions[^1].Location);
        Assert.Equal(route.From, instructions[0].Location);
    }

    [Fact]
    public void DestinationBesideTheRoad_IsAnnouncedOnItsSide()
    {
        // Heading north on Rue Solférino, a point 30 m west of it lies on the left.
        GeoPoint westOfTheRoad = new(At(1, 1).Latitude - 0.0003, At(1, 1).Longitude - 0.0004);

        IReadOnlyList<Instruction> instructions = Describe(Crossroads(), "fr", At(0, 0), westOfTheRoad);

        Assert.Equal("Vous avez atteint votre destination, sur la gauche", instructions[^1].Text);
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("english")]
    public void UnknownLanguage_IsATypedErrorListingTheSupportedOnes(string language)
    {
        (Route route, RoutingGraph graph) = Route(Crossroads(), TravelProfiles.Car, At(0, 0), At(1, 1));

        var error = Assert.Throws<UnsupportedLanguageException>(() => RouteInstructions.For(route, language));

        Assert.Equal(language, error.Language);
        Assert.Contains("en, fr, nl", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<RoutesGeoException>(error);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("fr-BE")]
    [InlineData("nl_NL")]
    public void LanguageCodes_IgnoreCaseAndRegion(string language)
    {
        (Route route, RoutingGraph graph) = Route(Crossroads(), TravelProfiles.Car, At(0, 0), At(1, 1));

        Assert.Equal(3, RouteInstructions.For(route, language).Count);
    }

    [Fact]
    public void RouteWithoutAGraph_IsRejectedWithAReason()
    {
        var network = Crossroads();
        (Route route, _) = Route(network, TravelProfiles.Car, At(0, 0), At(1, 1));

        var error = Assert.Throws<ArgumentException>(() => RouteInstructions.For(route with { Graph = null }));
        Assert.Contains("built by hand", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputedRoute_KnowsTheGraphOfItsProfile()
    {
        var network = Crossroads();
        (Route route, RoutingGraph graph) = Route(network, TravelProfiles.Car, At(0, 0), At(1, 1));

        Assert.Same(graph, route.Graph);
        Assert.Equal(route.Profile, route.Graph!.Profile.Name);
    }

    [Fact]
    public void RouteBuiltByHand_IsRejectedWithAReason()
    {
        var network = Crossroads();
        (Route route, RoutingGraph graph) = Route(network, TravelProfiles.Car, At(0, 0), At(1, 1));
        RouteLeg leg = route.Legs[0];
        Route copy = route with { Legs = [new RouteLeg(leg.From, leg.To, leg.Geometry, leg.LengthMetres, leg.DurationSeconds, leg.Steps)] };

        var error = Assert.Throws<ArgumentException>(() => RouteInstructions.For(copy));
        Assert.Contains("RouteRequest", error.Message, StringComparison.Ordinal);
    }
}
