using Routes.Geo.Storage.Columns;
using Routes.Geo.Profiles;

namespace Routes.Geo.Routing;

public sealed partial class RoutingGraph
{
    // Headings look this far along an edge from the junction, as the route instructions do, so a 1 m kink does not decide.
    private const double HeadingLookMetres = 10;

    // The turn from directed edge d onto OutDirected[i] costs _turnSeconds[_turnStart[d] + i] (when the profile has turn costs).
    private bool _hasTurnCosts;
    private Column<double> _turnSeconds;
    private Column<int> _turnStart;

    /// <summary>Whether any turn of this graph costs time (<see cref="Profile.HasTurnCosts"/>); its hierarchies are then turn hierarchies.</summary>
    public bool HasTurnCosts => _hasTurnCosts;

    /// <summary>The cost in <paramref name="metric"/> of turning from state <paramref name="incoming"/> onto <c>OutDirected[outIndex]</c> (time only).</summary>
    internal double TurnCost(int incoming, int outIndex, RouteMetric metric) =>
        !_hasTurnCosts || metric == RouteMetric.Shortest ? 0 : _turnSeconds[_turnStart[DirectedOf(incoming)] + outIndex];

    /// <summary>The seconds a turn from <paramref name="incoming"/> onto <paramref name="outgoing"/> (which leaves its head) adds.</summary>
    internal double TurnSecondsBetween(int incoming, int outgoing)
    {
        if (!_hasTurnCosts)
        {
            return 0;
        }

        incoming = DirectedOf(incoming);
        int head = Head(incoming);
        for (int i = OutStart[head]; i < OutStart[head + 1]; i++)
        {
            if (OutDirected[i] == outgoing)
            {
                return _turnSeconds[_turnStart[incoming] + i];
            }
        }

        return 0;
    }

    /// <summary>As <see cref="TurnSecondsBetween"/>, in <paramref name="metric"/>.</summary>
    internal double TurnCostBetween(int incoming, int outgoing, RouteMetric metric) =>
        metric == RouteMetric.Shortest ? 0 : TurnSecondsBetween(incoming, outgoing);

    // Asks the profile once per possible turn (every travelable pair at a vertex; forbidden ones are never read).
    private void BuildTurnCosts()
    {
        if (!Profile.HasTurnCosts)
        {
            return;
        }

        int directedCount = 2 * Network.EdgeCount;
        (double[] leaving, double[] arriving) = Headings();
        int[] roads = RoadCounts();
        double[] fastest = FastestSpeedAt();
        int[] turnStart = GC.AllocateArray<int>(directedCount, pinned: true);
        int total = 0;
        for (int d = 0; d < directedCount; d++)
        {
            int head = Head(d);
            turnStart[d] = total - OutStart[head];
            total += CanTravel(d) ? OutStart[head + 1] - OutStart[head] : 0;
        }

        double[] seconds = GC.AllocateArray<double>(total, pinned: true);
        for (int d = 0; d < directedCount; d++)
        {
            if (!CanTravel(d))
            {
                continue;
            }

            int head = Head(d);
            Network.VertexTags.TryGetValue(head, out IReadOnlyDictionary<string, string>? tags);
            int edge = EdgeOf(d);
            bool fromSlower = SpeedOf(edge) < fastest[head];
            for (int i = OutStart[head]; i < OutStart[head + 1]; i++)
            {
                int next = OutDirected[i];
                var turn = new TurnDescription(
                    Angle(arriving[d], leaving[next]), EdgeOf(next) == edge, roads[head], tags, !IsBackward(d),
                    EdgeLength[edge], EdgeLength[EdgeOf(next)], fromSlower);
                double cost = Profile.TurnSeconds(turn);
                if (!double.IsFinite(cost) || cost < 0)
                {
                    throw new InvalidOperationException($"Profile '{Profile.Name}' returned {cost} s for a turn at vertex {head}; a turn costs a finite, non-negative time.");
                }

                seconds[turnStart[d] + i] = cost;
            }
        }

        (_hasTurnCosts, _turnStart, _turnSeconds) = (true, Column<int>.OverPinned(turnStart), Column<double>.OverPinned(seconds));
    }

    // The forward direction's speed stands for the road's: turn costs are the car's, and car times do not depend on grade.
    private double SpeedOf(int edge) => DirectedDurationSeconds[2 * edge] > 0 ? EdgeLength[edge] / DirectedDurationSeconds[2 * edge] : 0;

    // Per vertex, the fastest usable edge there, to tell a minor road entering a major one.
    private double[] FastestSpeedAt()
    {
        var fastest = new double[Network.VertexCount];
        for (int e = 0; e < Network.EdgeCount; e++)
        {
            if (IsUsable(e))
            {
                double speed = SpeedOf(e);
                fastest[Network.EdgeFrom[e]] = Math.Max(fastest[Network.EdgeFrom[e]], speed);
                fastest[Network.EdgeTo[e]] = Math.Max(fastest[Network.EdgeTo[e]], speed);
            }
        }

        return fastest;
    }

    // Distinct usable edges at each vertex (a loop edge counts once).
    private int[] RoadCounts()
    {
        var count = new int[Network.VertexCount];
        for (int e = 0; e < Network.EdgeCount; e++)
        {
            if (IsUsable(e))
            {
                count[Network.EdgeFrom[e]]++;
                if (Network.EdgeTo[e] != Network.EdgeFrom[e])
                {
                    count[Network.EdgeTo[e]]++;
                }
            }
        }

        return count;
    }

    // Heading of each directed edge leaving its tail and arriving at its head, degrees from north (NaN: no length).
    private (double[] Leaving, double[] Arriving) Headings()
    {
        RoadNetworkArrays n = new(Network.PointLat, Network.PointLon, Network.PointOffsetMetres);
        var leaving = new double[2 * Network.EdgeCount];
        var arriving = new double[2 * Network.EdgeCount];
        for (int e = 0; e < Network.EdgeCount; e++)
        {
            int first = Network.EdgeGeometryStart[e], last = Network.EdgeGeometryStart[e + 1] - 1;
            double length = n.Offset[last];
            int ahead = first + 1;
            while (ahead < last && n.Offset[ahead] < HeadingLookMetres)
            {
                ahead++;
            }

            int behind = last - 1;
            while (behind > first && n.Offset[behind] > length - HeadingLookMetres)
            {
                behind--;
            }

            double start = n.Heading(first, ahead), end = n.Heading(behind, last);
            leaving[2 * e] = start;
            arriving[(2 * e) + 1] = start + 180;
            arriving[2 * e] = end;
            leaving[(2 * e) + 1] = end + 180;
        }

        return (leaving, arriving);
    }

    // Change of heading in (-180, 180], positive to the right; 0 when either heading is unknown.
    private static double Angle(double arriving, double leaving)
    {
        if (double.IsNaN(arriving) || double.IsNaN(leaving))
        {
            return 0;
        }

        double angle = (leaving - arriving) % 360;
        return angle > 180 ? angle - 360 : angle <= -180 ? angle + 360 : angle;
    }

    private readonly record struct RoadNetworkArrays(Column<double> Lat, Column<double> Lon, Column<double> Offset)
    {
        // A local flat-earth heading: the ellipsoid's two radii differ by under 1%, so it is within about 0.3° of the geodesic's.
        public double Heading(int from, int to)
        {
            double dy = Lat[to] - Lat[from];
            double dx = (Lon[to] - Lon[from]) * Math.Cos(double.DegreesToRadians((Lat[to] + Lat[from]) / 2));
            return dx == 0 && dy == 0 ? double.NaN : double.RadiansToDegrees(Math.Atan2(dx, dy));
        }
    }
}
