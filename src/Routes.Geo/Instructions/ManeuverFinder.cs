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

    private void Add(InstructionKind kind, int piece, RoadLabel road, double inAzimuth, double outAzimuth, int? exit = null)
    {
        _found.Add(new Maneuver(kind, piece, StartOf(_pieces[piece]), road, inAzimuth, outAzimuth) { Exit = exit });
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
        if (RoutingGraph.EdgeOf(a.Directed) == RoutingGraph.EdgeOf(b.Directed) || kind == InstructionKind.UTurn)
        {
            Add(InstructionKind.UTurn, i, b.Road, a.EndAzimuth, b.StartAzimuth);
        }
        else if (b.Road.SameAs(_current))
        {
            // Staying on the road: say so only where another way goes on straighter, or it would read as a turn off.
            bool slight = kind is InstructionKind.Continue or InstructionKind.SlightLeft or InstructionKind.SlightRight;
            if (!slight && Options(vertex, a, b).Any(d => Math.Abs(TurnAngles.Between(a.EndAzimuth, RouteTrace.Leaving(_graph, d))) < Math.Abs(angle)))
            {
                Add(kind, i, b.Road, a.EndAzimuth, b.StartAzimuth);
            }
        }
        else
        {
            // A new name on a bend with no other way out is not a turn anyone must choose.
            bool choice = Options(vertex, a, b).Any();
            Add(choice || Math.Abs(angle) >= 125 ? kind : InstructionKind.Continue, i, b.Road, a.EndAzimuth, b.StartAzimuth);
        }
    }

    // Returns the index of the last piece the roundabout maneuver covers.
    private int AddRoundabout(Piece a, int i)
    {
        int last = i;
        while (last + 1 < _pieces.Count && _pieces[last + 1].IsRoundabout && _pieces[last + 1].Leg == a.Leg)
        {
            last++;
        }

        int exits = 0;
        for (int j = i + 1; j <= last; j++)
        {
            if (Options(_graph.Tail(_pieces[j].Directed), _pieces[j - 1], _pieces[j]).Any(d => !IsRoundabout(d)))
            {
                exits++;
            }
        }

        int after = last + 1;
        if (after < _pieces.Count && _pieces[after].Leg == a.Leg)
        {
            Add(InstructionKind.Roundabout, i, _pieces[after].Road, a.EndAzimuth, _pieces[after].StartAzimuth, exits + 1);
            return after;
        }

        Add(InstructionKind.Roundabout, i, _pieces[i].Road, a.EndAzimuth, _pieces[i].StartAzimuth);
        return last;
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

        _found.Add(new Maneuver(InstructionKind.Arrive, _pieces.Count, _route.To, _current, double.NaN, double.NaN) { Side = side });
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
