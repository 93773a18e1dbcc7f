using Routes.Geo.Instructions;
using Routes.Geo.Routing;

namespace Routes.Geo.Server.Engine;

/// <summary>
/// A route's turn-by-turn instructions in OSRM's step model, leg by leg: each leg opens with <c>depart</c> and closes
/// with <c>arrive</c> (our waypoint instruction becomes both); turns, name changes, roundabouts, rotaries, forks, ramps, merges and U-turns keep
/// their geometry, distance and time, and our sentence in the asked language rides along.
/// </summary>
internal static class RouteSteps
{
    public static IReadOnlyList<ServedStep>[] Of(Route route, RoutingGraph graph, string language)
    {
        IReadOnlyList<Instruction> instructions = RouteInstructions.For(route, language);
        var legs = new IReadOnlyList<ServedStep>[route.Legs.Count];
        int leg = 0;
        var steps = new List<ServedStep>();
        var cursor = new LegCursor([.. route.Legs[0].Geometry]);
        foreach (Instruction instruction in instructions)
        {
            switch (instruction.Kind)
            {
                case InstructionKind.Waypoint or InstructionKind.Arrive:
                    steps.Add(cursor.Arrive(instruction.Text, ModifierText(instruction.Modifier)));
                    legs[leg] = steps;
                    if (instruction.Kind == InstructionKind.Arrive || leg + 1 >= route.Legs.Count)
                    {
                        break;
                    }

                    leg++;
                    steps = [];
                    cursor = new LegCursor([.. route.Legs[leg].Geometry]);
                    string name = route.Legs[leg].Steps.Count > 0 ? route.Legs[leg].Steps[0].RoadName ?? "" : "";
                    steps.Add(cursor.Step("depart", null, null, instruction, name));
                    break;
                default:
                    (string type, string? modifier) = Osrm(instruction);
                    steps.Add(cursor.Step(type, modifier, instruction.ExitNumber, instruction, instruction.RoadName ?? ""));
                    break;
            }
        }

        for (int i = 0; i < legs.Length; i++)
        {
            legs[i] ??= [];
        }

        return legs;
    }

    // OSRM's v5 maneuver types; the modifier is ours (Instruction.Modifier), in OSRM's words.
    private static (string Type, string? Modifier) Osrm(Instruction instruction) => (instruction.Kind switch
    {
        InstructionKind.Depart => "depart",
        InstructionKind.Continue => "new name",
        InstructionKind.SlightLeft or InstructionKind.Left or InstructionKind.SharpLeft => "turn",
        InstructionKind.SlightRight or InstructionKind.Right or InstructionKind.SharpRight => "turn",
        InstructionKind.UTurn or InstructionKind.FollowRoad => "continue",
        InstructionKind.Roundabout => "roundabout",
        InstructionKind.Rotary => "rotary",
        InstructionKind.ExitRoundabout => "exit roundabout",
        InstructionKind.ExitRotary => "exit rotary",
        InstructionKind.Fork => "fork",
        InstructionKind.Merge => "merge",
        InstructionKind.OnRamp => "on ramp",
        InstructionKind.OffRamp => "off ramp",
        InstructionKind.EndOfRoad => "end of road",
        _ => "arrive",
    }, ModifierText(instruction.Modifier));

    private static string? ModifierText(TurnModifier? modifier) => modifier switch
    {
        TurnModifier.Straight => "straight",
        TurnModifier.SlightLeft => "slight left",
        TurnModifier.Left => "left",
        TurnModifier.SharpLeft => "sharp left",
        TurnModifier.SlightRight => "slight right",
        TurnModifier.Right => "right",
        TurnModifier.SharpRight => "sharp right",
        TurnModifier.UTurn => "uturn",
        _ => null,
    };

    // Walks a leg's geometry: each step starts at the point where its maneuver lies, found from the distance so far.
    private sealed class LegCursor(GeoPoint[] geometry)
    {
        private readonly GeoPoint[] _geometry = geometry;
        private readonly double[] _along = Along(geometry);
        private ServedStep? _open;
        private double _walked;

        public ServedStep Step(string type, string? modifier, int? exit, Instruction instruction, string name)
        {
            int first = _open is null ? 0 : Find(instruction.Location, _walked, _open.First);
            Close(first);
            _walked += instruction.DistanceMetres;
            int before = first > 0 ? RoutingEngine.Bearing(_geometry[first - 1], _geometry[first]) : 0;
            int after = first + 1 < _geometry.Length ? RoutingEngine.Bearing(_geometry[first], _geometry[first + 1]) : 0;
            _open = new ServedStep(type, modifier, exit, _geometry[first], type == "depart" ? 0 : before, after, name,
                instruction.DistanceMetres, instruction.DurationSeconds, first, _geometry.Length - 1, instruction.Text);
            return _open;
        }

        public ServedStep Arrive(string text, string? modifier)
        {
            int last = _geometry.Length - 1;
            Close(last);
            int before = last > 0 ? RoutingEngine.Bearing(_geometry[last - 1], _geometry[last]) : 0;
            return new ServedStep("arrive", modifier, null, _geometry[last], before, 0, _open?.Name ?? "", 0, 0, last, last, text);
        }

        // The step before ends where this one starts.
        private void Close(int first)
        {
            if (_open is not null)
            {
                _open.Last = Math.Max(first, _open.First);
                if (_open.Type is "roundabout" or "rotary" && _open.Last > _open.First)
                {
                    // OSRM gives a roundabout the direction from the way in to the way out.
                    int outBearing = RoutingEngine.Bearing(_geometry[_open.Last - 1], _geometry[_open.Last]);
                    _open.Modifier = ModifierOf(((outBearing - _open.BearingBefore + 540) % 360) - 180);
                }
            }
        }

        private static string ModifierOf(int turnDegrees) => Math.Abs(turnDegrees) switch
        {
            < 25 => "straight",
            < 55 => turnDegrees < 0 ? "slight left" : "slight right",
            < 125 => turnDegrees < 0 ? "left" : "right",
            < 170 => turnDegrees < 0 ? "sharp left" : "sharp right",
            _ => "uturn",
        };

        private int Find(GeoPoint location, double metres, int from)
        {
            int best = from;
            double bestGap = double.MaxValue;
            for (int i = from; i < _geometry.Length && _along[i] <= metres + 1.0; i++)
            {
                if (_geometry[i] == location && Math.Abs(_along[i] - metres) < 1.0)
                {
                    return i;
                }

                double gap = Math.Abs(_along[i] - metres);
                if (gap < bestGap)
                {
                    bestGap = gap;
                    best = i;
                }
            }

            return best;
        }

        private static double[] Along(GeoPoint[] geometry)
        {
            double[] segments = RoutingEngine.SegmentLengths(geometry);
            var along = new double[geometry.Length];
            for (int i = 1; i < along.Length; i++)
            {
                along[i] = along[i - 1] + segments[i - 1];
            }

            return along;
        }
    }
}
