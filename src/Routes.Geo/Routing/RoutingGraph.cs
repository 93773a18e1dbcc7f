using Routes.Geo.Elevation;
using Routes.Geo.Network;
using Routes.Geo.Profiles;

namespace Routes.Geo.Routing;

/// <summary>
/// A <see cref="RoadNetwork"/> seen through one <see cref="Profile"/>: which edges may be travelled
/// in which direction, how long each takes, which turns are forbidden and which nodes block.
/// Immutable after construction; any number of threads may query it at once.
/// Get one with <see cref="Router.GraphFor(Profile)"/>.
/// </summary>
public sealed partial class RoutingGraph
{
    private readonly HashSet<long> _forbiddenTurns = [];
    private readonly Dictionary<int, int[]> _mandatoryTurns = [];
    private readonly SearchSpacePool _searchSpaces;

    // snapIndex makes the snapping index from the otherwise finished graph (a saved file's); null: build it.
    internal RoutingGraph(RoadNetwork network, Profile profile, Func<RoutingGraph, SnapIndex>? snapIndex = null)
    {
        Network = network;
        Profile = profile;
        int edges = network.EdgeCount;
        CanForward = new bool[edges];
        CanBackward = new bool[edges];
        DirectedDurationSeconds = new double[2 * edges];
        EdgeLength = new double[edges];
        GradeModel? grades = GradeModel.For(network, profile);
        var accessOfWay = new EdgeAccess?[network.WayCount];
        var destinationOnly = new bool[2 * edges];
        double maxSpeed = 0;
        for (int e = 0; e < edges; e++)
        {
            int way = network.EdgeWay[e];
            EdgeAccess access = accessOfWay[way] ??= profile.Evaluate(network.Ways[way].Tags);
            EdgeLength[e] = network.EdgeLengthMetres(e);
            if (!access.IsUsable)
            {
                continue;
            }

            double speedMps = SpeedMetresPerSecond(network.Ways[way], access);
            CanForward[e] = access.Forward;
            CanBackward[e] = access.Backward;
            (destinationOnly[2 * e], destinationOnly[(2 * e) + 1]) = (access.ForwardDestinationOnly, access.BackwardDestinationOnly);
            DirectedDurationSeconds[2 * e] = DirectedDurationSeconds[2 * e + 1] = EdgeLength[e] / speedMps;
            maxSpeed = Math.Max(maxSpeed, grades?.Apply(this, e, network.Ways[way], access, speedMps) ?? speedMps);
        }

        MaxSpeedMetresPerSecond = maxSpeed > 0 ? maxSpeed : profile.MaxSpeedKmh / 3.6;
        VertexBlocked = new bool[network.VertexCount];
        foreach ((int vertex, IReadOnlyDictionary<string, string> tags) in network.VertexTags)
        {
            VertexBlocked[vertex] = !profile.CanPassNode(tags);
        }

        (OutStart, OutDirected) = BuildAdjacency(head: false);
        (InStart, InDirected) = BuildAdjacency(head: true);
        AddDestinationCopies(destinationOnly);
        ReadRestrictions();
        BuildTurnCosts();
        EdgeComponent = BuildComponents();
        InLargeComponent = StrongComponents.LargeEdges(this);
        SnapIndex = snapIndex?.Invoke(this) ?? new SnapIndex(this);
        _searchSpaces = new SearchSpacePool(StateCount);
    }

    /// <summary>
    /// A strongly connected component (directed edges that can all reach each other, turns and barriers
    /// respected) of at least this many directed edges is large, as is a graph's largest when no other is as large; a point
    /// whose nearest road lies outside every large one also gets the nearest road inside one (OSRM's default
    /// small-component size is 1,000 nodes).
    /// </summary>
    public const int LargeComponentMinDirectedEdges = 1000;

    /// <summary>The network this graph reads.</summary>
    public RoadNetwork Network { get; }

    /// <summary>The profile that decided access and speeds.</summary>
    public Profile Profile { get; }

    /// <summary>Number of edges the profile may use in at least one direction.</summary>
    public int UsableEdgeCount => Enumerable.Range(0, CanForward.Length).Count(IsUsable);

    /// <summary>Number of turn restrictions that bind this profile (via nodes and via ways).</summary>
    public int BindingRestrictionCount { get; private set; }

    internal bool[] CanForward { get; }

    internal bool[] CanBackward { get; }

    /// <summary>Travel time of each directed edge (2·edge along the way, 2·edge+1 against it), seconds; both alike on a flat network.</summary>
    internal double[] DirectedDurationSeconds { get; }

    internal double[] EdgeLength { get; }

    internal bool[] VertexBlocked { get; }

    internal double MaxSpeedMetresPerSecond { get; }

    /// <summary>Directed edges leaving vertex v are OutDirected[OutStart[v] .. OutStart[v+1]-1].</summary>
    internal int[] OutStart { get; }

    internal int[] OutDirected { get; }

    /// <summary>Directed edges arriving at vertex v are InDirected[InStart[v] .. InStart[v+1]-1].</summary>
    internal int[] InStart { get; }

    internal int[] InDirected { get; }

    internal int[] EdgeComponent { get; }

    /// <summary>Whether an edge has a direction in a large strongly connected component (<see cref="LargeComponentMinDirectedEdges"/>).</summary>
    internal bool[] InLargeComponent { get; }

    internal SnapIndex SnapIndex { get; }

    /// <summary>Whether the profile may travel edge <paramref name="edge"/> in at least one direction.</summary>
    public bool IsUsable(int edge) => CanForward[edge] || CanBackward[edge];

    /// <summary>Starts a route query on this graph: <c>graph.Route().From(a).To(b).Calculate()</c>.</summary>
    public RouteRequest Route() => new(this);

    // A directed edge is 2*edge for the way's direction and 2*edge+1 against it.
    internal static int EdgeOf(int directed) => directed >> 1;

    internal static bool IsBackward(int directed) => (directed & 1) == 1;

    internal int Tail(int directed) => IsBackward(directed) ? Network.EdgeTo[directed >> 1] : Network.EdgeFrom[directed >> 1];

    internal int Head(int directed) => IsBackward(directed) ? Network.EdgeFrom[directed >> 1] : Network.EdgeTo[directed >> 1];

    internal bool CanTravel(int directed) => IsBackward(directed) ? CanBackward[directed >> 1] : CanForward[directed >> 1];

    /// <summary>The cost of travelling the whole of directed edge <paramref name="directed"/> (uphill and downhill differ with elevation).</summary>
    internal double DirectedCost(int directed, RouteMetric metric) =>
        metric == RouteMetric.Shortest ? EdgeLength[directed >> 1] : DirectedDurationSeconds[directed];

    /// <summary>
    /// Whether a traveller arriving at vertex Head(<paramref name="incoming"/>) may continue on <paramref name="outgoing"/>:
    /// the vertex is passable, the turn is not restricted, and it is no U-turn except at a dead end.
    /// </summary>
    internal bool CanTurn(int incoming, int outgoing)
    {
        if (VertexBlocked[Head(incoming)])
        {
            return false;
        }

        if (EdgeOf(incoming) == EdgeOf(outgoing) && !IsDeadEnd(Head(incoming)))
        {
            return false;
        }

        if (_mandatoryTurns.TryGetValue(incoming, out int[]? allowed) && Array.IndexOf(allowed, outgoing) < 0)
        {
            return false;
        }

        return _forbiddenTurns.Count == 0 || !_forbiddenTurns.Contains(TurnKey(incoming, outgoing));
    }

    internal SearchSpace RentSearchSpace() => _searchSpaces.Rent();

    internal void ReturnSearchSpace(SearchSpace space) => _searchSpaces.Return(space);

    private bool IsDeadEnd(int vertex) => OutStart[vertex + 1] - OutStart[vertex] <= 1;

    private static long TurnKey(int incoming, int outgoing) => ((long)incoming << 32) | (uint)outgoing;

    /// <summary>The way keys the graph reads beside its profile's: a ferry's published crossing time (<see cref="SpeedMetresPerSecond"/>).</summary>
    internal static readonly string[] FerryWayKeys = ["route", "duration"];

    private static double SpeedMetresPerSecond(WayRecord way, EdgeAccess access)
    {
        // Ferries publish their crossing time; spread it over the way's length.
        if (way.Tags.Get("route") is "ferry" && TagReading.ParseDurationSeconds(way.Tags.Get("duration")) is { } seconds
            && way.LengthMetres > 0)
        {
            return way.LengthMetres / seconds;
        }

        return access.SpeedKmh / 3.6;
    }

    // Groups the travelable directed edges by their tail (leaving) or head (arriving) vertex.
    private (int[] Start, int[] Directed) BuildAdjacency(bool head)
    {
        int vertices = Network.VertexCount;
        var count = new int[vertices + 1];
        for (int d = 0; d < 2 * Network.EdgeCount; d++)
        {
            if (CanTravel(d))
            {
                count[(head ? Head(d) : Tail(d)) + 1]++;
            }
        }

        for (int v = 0; v < vertices; v++)
        {
            count[v + 1] += count[v];
        }

        var directed = new int[count[vertices]];
        var fill = (int[])count.Clone();
        for (int d = 0; d < 2 * Network.EdgeCount; d++)
        {
            if (CanTravel(d))
            {
                directed[fill[head ? Head(d) : Tail(d)]++] = d;
            }
        }

        return (count, directed);
    }

    private void ReadRestrictions()
    {
        var mandatory = new Dictionary<int, List<int>>();
        foreach (TurnRestriction r in Network.Restrictions)
        {
            TurnRestrictionKind? kind = Profile.ReadRestriction(r.Tags);
            if (kind is null)
            {
                continue;
            }

            if (r.IsViaWay)
            {
                AddViaWayRestriction(r, kind.Value);
                continue;
            }

            // The from-edge is entered towards the via vertex; the to-edge is left away from it.
            int incoming = 2 * r.FromEdge + (Network.EdgeTo[r.FromEdge] == r.ViaVertex ? 0 : 1);
            int outgoing = 2 * r.ToEdge + (Network.EdgeFrom[r.ToEdge] == r.ViaVertex ? 0 : 1);
            BindingRestrictionCount++;
            if (kind == TurnRestrictionKind.Prohibitory)
            {
                _forbiddenTurns.Add(TurnKey(incoming, outgoing));
            }
            else
            {
                if (!mandatory.TryGetValue(incoming, out List<int>? list))
                {
                    mandatory[incoming] = list = [];
                }

                list.Add(outgoing);
            }
        }

        foreach ((int incoming, List<int> list) in mandatory)
        {
            _mandatoryTurns[incoming] = [.. list];
        }
    }

    // Union-find over edges and passable vertices: two edges share a component when some
    // chain of usable edges through passable vertices joins them, ignoring direction.
    private int[] BuildComponents()
    {
        int edges = Network.EdgeCount;
        var parent = new int[edges + Network.VertexCount];
        for (int i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }

            return x;
        }

        for (int e = 0; e < edges; e++)
        {
            if (!IsUsable(e))
            {
                continue;
            }

            foreach (int v in (ReadOnlySpan<int>)[Network.EdgeFrom[e], Network.EdgeTo[e]])
            {
                if (!VertexBlocked[v])
                {
                    parent[Find(e)] = Find(edges + v);
                }
            }
        }

        var component = new int[edges];
        for (int e = 0; e < edges; e++)
        {
            component[e] = Find(e);
        }

        return component;
    }
}
