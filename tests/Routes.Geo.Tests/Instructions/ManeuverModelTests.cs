using Routes.Geo.Instructions;
using static Routes.Geo.Tests.Instructions.InstructionScenarios;

namespace Routes.Geo.Tests.Instructions;

/// <summary>OSRM's maneuver types beyond plain turns, each on a tiny network built to hold exactly one of them.</summary>
public class ManeuverModelTests
{
    private static GeoPoint At(double row, double column) => Streets.At(row, column);

    private static Instruction Only(IReadOnlyList<Instruction> instructions, InstructionKind kind) => Assert.Single(instructions, i => i.Kind == kind);

    [Theory]
    [InlineData("en", "Leave by the slip road on the right")]
    [InlineData("fr", "Sortez par la bretelle à droite")]
    [InlineData("nl", "Neem de afrit rechts")]
    public void LeavingMotorwayOnLink_IsOffRamp(string language, string text)
    {
        // The A8 runs east; at (0,1) an unnamed link bears off about 18° right, down to a primary road.
        RoadNetwork network = new Streets()
            .Way("motorway", "A8", [(0, 0), (0, 1), (0, 3)], "oneway=yes")
            .Way("motorway_link", null, [(0, 1), (-0.3, 2), (-1, 2.5)], "oneway=yes")
            .Way("primary", "Route de la Turbie", [(-1, 2.5), (-2, 2.5)])
            .Build();

        IReadOnlyList<Instruction> instructions = Describe(network, language, At(0, 0), At(-2, 2.5));

        Instruction ramp = Only(instructions, InstructionKind.OffRamp);
        Assert.Equal(TurnModifier.SlightRight, ramp.Modifier);
        Assert.Equal(text, ramp.Text);
        Assert.Equal(At(0, 1).Longitude, ramp.Location.Longitude, 9);
    }

    [Fact]
    public void EnteringLinkFromOrdinaryRoad_IsOnRamp_AndJoiningTheMotorwayFromItsLeft_IsMergeRight()
    {
        // The link leaves the boulevard to the south-east and reaches the eastbound A8 from the north (its left).
        RoadNetwork network = new Streets()
            .Way("primary", "Boulevard du Jardin Exotique", [(0, 0), (0, 1), (0, 2)])
            .Way("motorway_link", null, [(0, 1), (-0.5, 1.5), (-1, 2.5)], "oneway=yes")
            .Way("motorway", "A8", [(-1, 1), (-1, 2.5), (-1, 4)], "oneway=yes")
            .Build();

        IReadOnlyList<Instruction> instructions = Describe(network, "en", At(0, 0), At(-1, 4));

        Assert.Equal(
            [InstructionKind.Depart, InstructionKind.OnRamp, InstructionKind.Merge, InstructionKind.Arrive],
            instructions.Select(i => i.Kind));
        Assert.Equal(TurnModifier.SlightRight, instructions[1].Modifier);
        Assert.Equal("Take the slip road on the right", instructions[1].Text);
        Assert.Equal(TurnModifier.SlightRight, instructions[2].Modifier);
        Assert.Equal("Merge right onto A8", instructions[2].Text);
    }

    [Fact]
    public void JoiningTheMotorwayFromItsRight_IsMergeLeft()
    {
        RoadNetwork network = new Streets()
            .Way("primary", "Boulevard du Jardin Exotique", [(-2, 0), (-2, 1), (-2, 2)])
            .Way("motorway_link", null, [(-2, 1), (-1.5, 1.5), (-1, 2.5)], "oneway=yes")
            .Way("motorway", "A8", [(-1, 1), (-1, 2.5), (-1, 4)], "oneway=yes")
            .Build();

        Instruction merge = Only(Describe(network, "fr", At(-2, 0), At(-1, 4)), InstructionKind.Merge);

        Assert.Equal(TurnModifier.SlightLeft, merge.Modifier);
        Assert.Equal("Insérez-vous à gauche sur A8", merge.Text);
    }

    [Theory]
    [InlineData(-0.4, TurnModifier.SlightRight, "At the fork, keep right onto N98")]
    [InlineData(0.4, TurnModifier.SlightLeft, "At the fork, keep left onto N7")]
    public void SplitOfTwoSimilarRoadsWithNoClearStraight_IsAForkToTheSideKept(double row, TurnModifier side, string text)
    {
        // Both branches leave about 24° off straight on, one each side.
        RoadNetwork network = new Streets()
            .Way("trunk", "N7", [(0, 0), (0, 1), (0.4, 2), (0.4, 3)])
            .Way("trunk", "N98", [(0, 1), (-0.4, 2), (-0.4, 3)])
            .Build();

        Instruction fork = Only(Describe(network, "en", At(0, 0), At(row, 3)), InstructionKind.Fork);

        Assert.Equal(side, fork.Modifier);
        Assert.Equal(text, fork.Text);
    }

    [Fact]
    public void SideStreetBesideAStraightRoad_IsNotAFork()
    {
        // N7 goes straight on; N98 leaves 34° right: one branch is clearly straight, so there is no fork.
        RoadNetwork network = new Streets()
            .Way("trunk", "N7", [(0, 0), (0, 1), (0, 3)])
            .Way("trunk", "N98", [(0, 1), (-0.6, 2), (-0.6, 3)])
            .Build();

        IReadOnlyList<Instruction> instructions = Describe(network, "en", At(0, 0), At(-0.6, 3));

        Assert.DoesNotContain(instructions, i => i.Kind == InstructionKind.Fork);
        Assert.Equal(InstructionKind.SlightRight, instructions[1].Kind);
    }

    [Theory]
    [InlineData("en", "At the end of the road, turn left onto Boulevard Albert 1er")]
    [InlineData("fr", "Au bout de la route, tournez à gauche sur le Boulevard Albert 1er")]
    [InlineData("nl", "Sla aan het einde van de weg linksaf naar Boulevard Albert 1er")]
    public void TJunctionWhereStraightOnIsImpossible_IsEndOfRoad(string language, string text)
    {
        RoadNetwork network = new Streets()
            .Way("residential", "Rue Grimaldi", [(-1, 1), (0, 1)])
            .Way("residential", "Boulevard Albert 1er", [(0, 0), (0, 1), (0, 2)])
            .Build();

        Instruction end = Only(Describe(network, language, At(-1, 1), At(0, 0)), InstructionKind.EndOfRoad);

        Assert.Equal(TurnModifier.Left, end.Modifier);
        Assert.Equal(text, end.Text);
    }

    [Fact]
    public void CrossroadsWhoseStraightOnIsOneWayTowardsUs_IsATurnNotEndOfRoad()
    {
        // Rue Princesse Caroline goes on north but only comes south: the road does not end, entry is just forbidden.
        RoadNetwork network = new Streets()
            .Way("residential", "Rue Grimaldi", [(-1, 1), (0, 1)])
            .Way("residential", "Boulevard Albert 1er", [(0, 0), (0, 1), (0, 2)])
            .Way("residential", "Rue Princesse Caroline", [(1, 1), (0, 1)], "oneway=yes")
            .Build();

        IReadOnlyList<Instruction> instructions = Describe(network, "en", At(-1, 1), At(0, 0));

        Assert.Equal([InstructionKind.Depart, InstructionKind.Left, InstructionKind.Arrive], instructions.Select(i => i.Kind));
        Assert.Equal(TurnModifier.Left, instructions[1].Modifier);
    }

    [Theory]
    [InlineData("en", "Continue left to stay on Rue Basse")]
    [InlineData("fr", "Continuez à gauche pour rester sur la Rue Basse")]
    [InlineData("nl", "Ga linksaf om op Rue Basse te blijven")]
    public void StayingOnARoadThatTurnsWhereAnotherGoesStraight_IsContinueWithItsSide(string language, string text)
    {
        RoadNetwork network = new Streets()
            .Way("residential", "Rue Basse", [(0, 0), (0, 1), (1, 1)])
            .Way("residential", "Rue Comte Félix Gastaldi", [(0, 1), (0, 2)])
            .Build();

        IReadOnlyList<Instruction> instructions = Describe(network, language, At(0, 0), At(1, 1));

        Assert.Equal([InstructionKind.Depart, InstructionKind.FollowRoad, InstructionKind.Arrive], instructions.Select(i => i.Kind));
        Assert.Equal(TurnModifier.Left, instructions[1].Modifier);
        Assert.Equal(text, instructions[1].Text);
    }

    [Fact]
    public void NameChangeOnABendWithNoOtherWay_IsANewNameWithTheBendsModifier()
    {
        RoadNetwork network = new Streets()
            .Way("residential", "Rue A", [(0, 0), (0, 1)])
            .Way("residential", "Rue B", [(0, 1), (0.5, 2)])
            .Build();

        Instruction newName = Only(Describe(network, "en", At(0, 0), At(0.5, 2)), InstructionKind.Continue);

        Assert.Equal(TurnModifier.SlightLeft, newName.Modifier);
        Assert.Equal("Continue onto Rue B", newName.Text);
    }

    [Theory]
    [InlineData("Place d'Armes", 0.3, InstructionKind.Rotary)]
    [InlineData("Place d'Armes", 0.1, InstructionKind.Roundabout)]
    [InlineData(null, 0.3, InstructionKind.Roundabout)]
    public void NamedRingOfMoreThan15mRadius_IsARotary_OtherRingsRoundabouts(string? ring, double cells, InstructionKind expected)
    {
        IReadOnlyList<Instruction> instructions = Describe(Ring(ring, cells), "en", At(0, 2), At(3.5, 2));

        Instruction roundabout = Only(instructions, expected);
        Assert.Equal(2, roundabout.ExitNumber);
        Assert.Equal("At the roundabout, take the 2nd exit onto Rue Nationale", roundabout.Text);
        Assert.Equal(TurnModifier.Straight, roundabout.Modifier);
    }

    [Theory]
    [InlineData(null, InstructionKind.ExitRoundabout, "Leave the roundabout by the 2nd exit onto Rue Nationale")]
    [InlineData("Place d'Armes", InstructionKind.ExitRotary, "Leave the roundabout by the 2nd exit onto Rue Nationale")]
    public void RouteStartingOnTheRing_IsExitRoundaboutWithTheExitsCountedFromTheStart(string? ring, InstructionKind expected, string text)
    {
        // The start lies between the south and east entries: east (Rue de Paris) is passed, north is the 2nd exit.
        IReadOnlyList<Instruction> instructions = Describe(Ring(ring, 0.3), "en", At(1.85, 2.15), At(3.5, 2));

        Assert.Equal([InstructionKind.Depart, expected, InstructionKind.Arrive], instructions.Select(i => i.Kind));
        Assert.Equal(2, instructions[1].ExitNumber);
        Assert.Equal(text, instructions[1].Text);
    }

    // The ring of InstructionScenarios.Roundabout, with a name and a radius of about 33 m per 0.3 cell.
    private static RoadNetwork Ring(string? name, double cells)
    {
        (double, double) s = (2 - cells, 2), e = (2, 2 + cells), n = (2 + cells, 2), w = (2, 2 - cells);
        string[] tags = name is null ? ["junction=roundabout"] : ["junction=roundabout", $"name={name}"];
        return new Streets()
            .Way("residential", "Avenue Foch", [(0, 2), s])
            .Way("residential", null, [s, e, n, w, s], tags)
            .Way("residential", "Rue de Paris", [e, (2, 3.5)])
            .Way("residential", "Rue Nationale", [n, (3.5, 2)])
            .Way("residential", "Rue Gambetta", [w, (2, 0.5)])
            .Build();
    }
}
