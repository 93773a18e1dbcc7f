using Routes.Geo.Geodesy;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;

namespace Routes.Geo.Instructions;

/// <summary>
/// Finds the maneuvers of a route: the departure, turns where the road changes or the route leaves
/// a road that goes on straighter, roundabouts with their exit, U-turns, waypoints and the arrival.
/// </summary>
internal sealed class ManeuverFinder
{
    /// <summary>Two maneuvers closer than this are read as one (a short link, a crossing, a jog).</summary>
    public const double TinyMetres = 15;

    private readonly Route _route;
    private readonly RoutingGraph _graph;
    private readonly List<Piece> _pieces;
    private readonly List<Maneuver> _found = [];
    private RoadLabel _current;

    private ManeuverFinder(Route route, RoutingGraph graph, List<Piece> pieces)
    {
        _route = route;
        _graph = graph;
        _pieces = pieces;
    }

    public static List<Maneuver> Find(Route route, RoutingGraph graph, List<Piece> pieces)
    {
        var finder = new ManeuverFinder(route, graph, pieces);
        finder.Walk();
        ManeuverMerger.MergeTiny(finder._found, Cumulative(pieces));
        return finder._found;
    }

    /// <summary>Distance from the start to the start of each piece; the last entry is the route length.</summary>
    public static double[] Cumulative(List<Piece> pieces)
    {
        var cumulative = new double[pieces.Count + 1];
        for (int i = 0; i < pieces.Count; i++)
        {
            cumulative[i + 1] = cumulative[i] + pieces[i].LengthMetres;
        }

        return cumulative;
    }

    private void Walk()
    {
        if (_pieces.Count == 0)
        {
            _found.Add(new Maneuver(InstructionKind.Depart, 0, _route.From, default, double.NaN, double.NaN));
            AddWaypoints(0, _route.Legs.Count - 1, 0);
            AddArrival();
            return;
        }

        Piece start = _pieces[0];
        _current = start.Road;
        _found.Add(new Maneuver(InstructionKind.Depart, 0, _route.From, start.Road, double.NaN, start.StartAzimuth));
        AddWaypoints(0, start.Leg, 0);
        for (int i = 1; i < _pieces.Count; i++)
        {
            Piece a = _pieces[i - 1], b = _pieces[i];
            if (b.Leg != a.Leg)
            {
                AddWaypoints(a.Leg, b.Leg, i);
                AddViaTurn(a, b, i);
            }
            else if (b.IsRoundabout && !a.IsRoundabout)
            {
                i = AddRoundabout(a, i);
            }
            else
            {
                AddTurn(a, b, i);
            }
        }

        AddWaypoints(_pieces[^1].Leg, _route.Legs.Count - 1, _pieces.Count);
        AddArrival();
    }

    private GeoPoint StartOf(Piece piece) => _route.Legs[piece.Leg].Geometry[piece.First];

    private void Add(InstructionKind kind, int piece, RoadLabel road, double inAzimuth, double outAzimuth, int? exit = null, TurnModifier? modifier = null)
    {
        _found.Add(new Maneuver(kind, piece, StartOf(_pieces[piece]), road, inAzimuth, outAzimuth)
        {
            Exit = exit,
            Modifier = modifier ?? TurnAngles.Modifier(TurnAngles.Between(inAzimuth, outAzimuth)),
        });
        _current = road;
    }

    // Waypoint k is where leg k starts; legs without any edge still count.
    private void AddWaypoints(int afterLeg, int uptoLeg, int piece)
    {
        for (int k = afterLeg + 1; k <= uptoLeg; k++)
        {
            _found.Add(new Maneuver(InstructionKind.Waypoint, piece, _route.Waypoints[k].Snapped, _current, double.NaN, double.NaN) { Waypoint = k });
        }
    }

    // At a via point the route may turn back or leave the road; going on along the same road needs no word.
    private void AddViaTurn(Piece a, Piece b, int i)
    {
        double angle = TurnAngles.Between(a.EndAzimuth, b.StartAzimuth);
        InstructionKind kind = TurnAngles.Classify(angle);
        if (kind == InstructionKind.UTurn || !b.Road.SameAs(_current))
        {
            Add(kind, i, b.Road, a.EndAzimuth, b.StartAzimuth);
        }
    }

    private void AddTurn(Piece a, Piece b, int i)
    {
        double angle = TurnAngles.Between(a.EndAzimuth, b.StartAzimuth);
        InstructionKind kind = TurnAngles.Classify(angle);
        int vertex = _graph.Tail(b.Directed);
        if (a.IsRoundabout && b.IsRoundabout)
        {
            // Going round a ring the route started on: its way out says it all.
            return;
        }

        List<(int Directed, double Angle)> options = [.. Options(vertex, a, b).Select(d => (d, TurnAngles.Between(a.EndAzimuth, RouteTrace.Leaving(_graph, d))))];
        if (a.IsRoundabout)
        {
            // Only a route that starts on the roundabout gets here: the entry's maneuver covers the way out otherwise.
            AddExitRoundabout(b, i);
        }
        else if (RoutingGraph.EdgeOf(a.Directed) == RoutingGraph.EdgeOf(b.Directed) || kind == InstructionKind.UTurn)
        {
            Add(InstructionKind.UTurn, i, b.Road, a.EndAzimuth, b.StartAzimuth, modifier: TurnModifier.UTurn);
        }
        else if (Ramp(a, b) is { } ramp)
        {
            Add(ramp, i, b.Road, a.EndAzimuth, b.StartAzimuth, modifier: RampModifier(ramp, a, b, angle, options));
        }
        else if (ForkSide(b, angle, options) is { } side)
        {
            Add(InstructionKind.Fork, i, b.Road, a.EndAzimuth, b.StartAzimuth, modifier: side);
        }
        else if (b.Road.SameAs(_current))
        {
            // Staying on the road: say so only where another way goes on straighter, or it would read as a turn off.
            bool slight = kind is InstructionKind.Continue or InstructionKind.SlightLeft or InstructionKind.SlightRight;
            if (!slight && options.Any(o => Math.Abs(o.Angle) < Math.Abs(angle)))
            {
                Add(InstructionKind.FollowRoad, i, b.Road, a.EndAzimuth, b.StartAzimuth);
            }
        }
        else if (IsEndOfRoad(a, b, angle))
        {
            Add(InstructionKind.EndOfRoad, i, b.Road, a.EndAzimuth, b.StartAzimuth, modifier: angle < 0 ? TurnModifier.Left : TurnModifier.Right);
        }
        else
        {
            // A new name on a bend with no other way out is not a turn anyone must choose.
            bool choice = options.Count > 0;
            Add(choice || Math.Abs(angle) >= 125 ? kind : InstructionKind.Continue, i, b.Road, a.EndAzimuth, b.StartAzimuth);
        }
    }

    private static bool IsMain(string? highway) => highway is "motorway" or "trunk";

    private static bool IsLink(string? highway) => highway is "motorway_link" or "trunk_link";

    // Slip roads between ordinary roads and motorways or trunks, as OSRM names them.
    private static InstructionKind? Ramp(Piece a, Piece b) =>
        IsMain(a.Highway) && IsLink(b.Highway) ? InstructionKind.OffRamp
        : IsLink(a.Highway) && IsMain(b.Highway) ? InstructionKind.Merge
        : !IsMain(a.Highway) && !IsLink(a.Highway) && IsLink(b.Highway) ? InstructionKind.OnRamp
        : null;

    private static TurnModifier RampModifier(InstructionKind ramp, Piece a, Piece b, double angle, List<(int Directed, double Angle)> options)
    {
        if (ramp == InstructionKind.Merge)
        {
            // Arriving from the right of the road joined means merging to its left, whatever the small bend.
            return TurnAngles.Between(b.StartAzimuth, a.EndAzimuth + 180) > 0 ? TurnModifier.SlightLeft : TurnModifier.SlightRight;
        }

        TurnModifier modifier = TurnAngles.Modifier(angle);
        if (modifier != TurnModifier.Straight || options.Count == 0)
        {
            return modifier;
        }

        // A ramp that leaves almost straight is on the side away from the way that goes on straightest.
        double straightest = options.MinBy(o => Math.Abs(o.Angle)).Angle;
        return angle > straightest ? TurnModifier.SlightRight : TurnModifier.SlightLeft;
    }

    /// <summary>Two ways within this many degrees of straight on are candidates for a fork.</summary>
    private const double ForkDegrees = 50;

    // A fork: exactly one other way near straight on, of the same class, and neither clearly the straight one.
    private TurnModifier? ForkSide(Piece b, double angle, List<(int Directed, double Angle)> options)
    {
        List<(int Directed, double Angle)> near = [.. options.Where(o => Math.Abs(o.Angle) < ForkDegrees)];
        if (Math.Abs(angle) >= ForkDegrees || near.Count != 1)
        {
            return null;
        }

        (int other, double otherAngle) = near[0];
        string? otherHighway = _graph.Network.EdgeTags(RoutingGraph.EdgeOf(other)).Get("highway");
        bool sameClass = otherHighway == b.Highway || (IsLink(otherHighway) && IsLink(b.Highway));
        double straighter = Math.Min(Math.Abs(angle), Math.Abs(otherAngle)), wider = Math.Max(Math.Abs(angle), Math.Abs(otherAngle));
        bool clearStraight = straighter < 15 && wider >= 30;
        if (!sameClass || clearStraight)
        {
            return null;
        }

        return angle < otherAngle ? TurnModifier.SlightLeft : TurnModifier.SlightRight;
    }

    // A T-junction: the road ends, the only other way there (one-way or not) lies to the other side, and none goes near straight on.
    private bool IsEndOfRoad(Piece a, Piece b, double angle)
    {
        if (Math.Abs(angle) is < 55 or >= 125)
        {
            return false;
        }

        int vertex = _graph.Tail(b.Directed);
        HashSet<int> seen = [RoutingGraph.EdgeOf(a.Directed), RoutingGraph.EdgeOf(b.Directed)];
        var others = new List<int>();
        for (int k = _graph.OutStart[vertex]; k < _graph.OutStart[vertex + 1]; k++)
        {
            if (seen.Add(RoutingGraph.EdgeOf(_graph.OutDirected[k])))
            {
                others.Add(_graph.OutDirected[k]);
            }
        }

        for (int k = _graph.InStart[vertex]; k < _graph.InStart[vertex + 1]; k++)
        {
            if (seen.Add(RoutingGraph.EdgeOf(_graph.InDirected[k])))
            {
                others.Add(_graph.InDirected[k] ^ 1);
            }
        }

        if (others.Count != 1)
        {
            return false;
        }

        double otherAngle = TurnAngles.Between(a.EndAzimuth, RouteTrace.Leaving(_graph, others[0]));
        bool roadGoesOn = RoadLabel.Of(_graph.Network.EdgeTags(RoutingGraph.EdgeOf(others[0]))).SameAs(_current);
        return !roadGoesOn && Math.Abs(otherAngle) is >= 55 and < 125 && Math.Sign(otherAngle) != Math.Sign(angle);
    }

    // Returns the index of the last piece the roundabout maneuver covers.
    private int AddRoundabout(Piece a, int i)
    {
        int last = i;
        while (last + 1 < _pieces.Count && _pieces[last + 1].IsRoundabout && _pieces[last + 1].Leg == a.Leg)
        {
            last++;
        }

        int exits = ExitsPassed(i + 1, last);
        InstructionKind kind = IsRotary(_graph.Tail(_pieces[i].Directed), _pieces[i]) ? InstructionKind.Rotary : InstructionKind.Roundabout;
        int after = last + 1;
        if (after < _pieces.Count && _pieces[after].Leg == a.Leg)
        {
            Add(kind, i, _pieces[after].Road, a.EndAzimuth, _pieces[after].StartAzimuth, exits + 1);
            return after;
        }

        Add(kind, i, _pieces[i].Road, a.EndAzimuth, _pieces[i].StartAzimuth);
        return last;
    }

    // The ways out passed on the ring between pieces first..last (their start vertices).
    private int ExitsPassed(int first, int last)
    {
        int exits = 0;
        for (int j = first; j <= last; j++)
        {
            if (Options(_graph.Tail(_pieces[j].Directed), _pieces[j - 1], _pieces[j]).Any(d => !IsRoundabout(d)))
            {
                exits++;
            }
        }

        return exits;
    }

    // A route that departs (or goes on from a via point) on a roundabout: the way out is counted from there.
    private void AddExitRoundabout(Piece b, int i)
    {
        int first = i - 1;
        while (first > 0 && _pieces[first - 1].IsRoundabout && _pieces[first - 1].Leg == _pieces[first].Leg)
        {
            first--;
        }

        int exits = ExitsPassed(first + 1, i - 1);
        InstructionKind kind = IsRotary(_graph.Tail(_pieces[first].Directed), _pieces[first]) ? InstructionKind.ExitRotary : InstructionKind.ExitRoundabout;
        Add(kind, i, b.Road, _pieces[i - 1].EndAzimuth, b.StartAzimuth, exits + 1);
    }

    /// <summary>A named ring larger than this radius is a rotary (OSRM's MAX_ROUNDABOUT_RADIUS, 15 m).</summary>
    private const double RotaryRadiusMetres = 15;

    // OSRM's rotary: a ring with its own name (no way leaving it bears it) and a radius over 15 m, or any named junction=circular.
    private bool IsRotary(int vertex, Piece ring)
    {
        if (ring.Road.Name is not { } name || _graph.Network.EdgeTags(RoutingGraph.EdgeOf(ring.Directed)).Get("name") is null)
        {
            return false;
        }

        if (_graph.Network.EdgeTags(RoutingGraph.EdgeOf(ring.Directed)).Get("junction") == "circular")
        {
            return true;
        }

        // Walk the ring once round from the vertex, adding its length and checking the names of the ways that leave it.
        double ringMetres = 0;
        int at = vertex, previous = -1;
        for (int step = 0; step < 256; step++)
        {
            int next = -1;
            for (int k = _graph.OutStart[at]; k < _graph.OutStart[at + 1]; k++)
            {
                int d = _graph.OutDirected[k];
                if (!IsRoundabout(d))
                {
                    if (_graph.Network.EdgeTags(RoutingGraph.EdgeOf(d)).Get("name") == name)
                    {
                        return false;
                    }
                }
                else if (next < 0 && d != (previous ^ 1))
                {
                    next = d;
                }
            }

            if (next < 0)
            {
                return false;
            }

            ringMetres += _graph.EdgeLength[RoutingGraph.EdgeOf(next)];
            previous = next;
            at = _graph.Head(next);
            if (at == vertex)
            {
                return ringMetres / (2 * Math.PI) > RotaryRadiusMetres;
            }
        }

        return false;
    }

    private void AddArrival()
    {
        SnapResult end = _route.Waypoints[^1];
        DestinationSide side = DestinationSide.Unknown;
        if (_pieces.Count > 0 && end.DistanceMetres >= 3)
        {
            double toPoint = Geodesic.Wgs84.Inverse(end.Snapped, end.Input).Azimuth1Degrees;
            double angle = TurnAngles.Between(_pieces[^1].EndAzimuth, toPoint);
            side = Math.Abs(angle) is > 20 and < 160 ? (angle > 0 ? DestinationSide.Right : DestinationSide.Left) : DestinationSide.Unknown;
        }

        TurnModifier? modifier = side switch { DestinationSide.Left => TurnModifier.Left, DestinationSide.Right => TurnModifier.Right, _ => null };
        _found.Add(new Maneuver(InstructionKind.Arrive, _pieces.Count, _route.To, _current, double.NaN, double.NaN) { Side = side, Modifier = modifier });
    }

    // The other ways a traveller could take at the vertex: not the one taken, not back where they came from.
    private IEnumerable<int> Options(int vertex, Piece arriving, Piece leaving)
    {
        for (int k = _graph.OutStart[vertex]; k < _graph.OutStart[vertex + 1]; k++)
        {
            int d = _graph.OutDirected[k];
            if (d != leaving.Directed && d != (arriving.Directed ^ 1))
            {
                yield return d;
            }
        }
    }

    private bool IsRoundabout(int directed) =>
        _graph.Network.EdgeTags(RoutingGraph.EdgeOf(directed)).Get("junction") is "roundabout" or "circular";
}
