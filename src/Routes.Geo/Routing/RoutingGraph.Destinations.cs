using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Routing;

/// <summary>
/// Destination-only access, exact: a destination-only directed edge is usable only at the start or end of a route. Each
/// search state has a phase that only increases. The origin copy of a destination-only edge (a state numbered after the
/// directed edges) is entered from the start or from other origin copies; an ordinary edge is the middle; the plain state
/// of a destination-only edge is its arrival copy, entered from the middle or the origin and leading only to arrival
/// copies. Any exact search over the states (Dijkstra, a turn hierarchy) is therefore exact for the rule.
/// </summary>
public sealed partial class RoutingGraph
{
    // Per directed edge: open only to reach a destination (empty when no edge is).
    private Column<bool> _destinationOnly;

    // Per directed edge: its origin copy's state, -1 for ordinary edges (null when no edge is destination-only).
    private int[]? _originCopy;

    /// <summary>
    /// Number of directed edges open only to traffic with a destination there (<see cref="Profiles.EdgeAccess.ForwardDestinationOnly"/>),
    /// with the small pieces of ordinary road reached only through such edges (they lie in the zone).
    /// </summary>
    public int DestinationOnlyDirectedEdgeCount { get; private set; }

    /// <summary>Where a state stands in a route: leaving the origin's zone, between zones, or inside the destination's zone.</summary>
    internal enum Phase : byte
    {
        Origin,
        Middle,
        Arrival,
    }

    /// <summary>Whether directed edge <paramref name="directed"/> is open only to reach a destination.</summary>
    internal bool IsDestinationOnly(int directed) => _destinationOnly.Length > 0 && _destinationOnly[directed];

    /// <summary>The state a route starting on directed edge <paramref name="directed"/> is in: its origin copy when destination-only.</summary>
    internal int StartState(int directed) => _originCopy is not null && _originCopy[directed] >= 0 ? _originCopy[directed] : directed;

    /// <summary>The phase of a directed edge's plain state: arrival for a destination-only edge, else the middle.</summary>
    private Phase PlainPhase(int directed) => IsDestinationOnly(directed) ? Phase.Arrival : Phase.Middle;

    /// <summary>The phase after turning from <paramref name="from"/> onto directed edge <paramref name="next"/>, or null when the rule forbids it.</summary>
    private Phase? NextPhase(Phase from, int next)
    {
        if (!IsDestinationOnly(next))
        {
            return from == Phase.Arrival ? null : Phase.Middle;
        }

        return from == Phase.Origin ? Phase.Origin : Phase.Arrival;
    }

    /// <summary>The state of directed edge <paramref name="directed"/> in <paramref name="phase"/>, with no via-way history.</summary>
    private int StateIn(int directed, Phase phase) => phase == Phase.Origin ? StartState(directed) : directed;

    // Marks the destination-only directions (zones already extended) and numbers their origin copies, before any via-way copy exists.
    private void AddDestinationCopies(Column<bool> destinationOnly)
    {
        int directedCount = 2 * Network.EdgeCount;
        for (int d = 0; d < directedCount; d++)
        {
            if (!destinationOnly[d] || !CanTravel(d))
            {
                continue;
            }

            _destinationOnly = destinationOnly;
            _originCopy ??= Enumerable.Repeat(-1, directedCount).ToArray();
            _originCopy[d] = AddCopy(d, Phase.Origin);
            DestinationOnlyDirectedEdgeCount++;
        }
    }

    // A road reached only through destination-only ways lies beyond them, where they may lead (the OSM wiki's
    // "destination"): the small pieces of ordinary road a zone alone joins to the rest become part of it.
    private void ExtendZonesToEnclaves(bool[] destinationOnly)
    {
        int edges = Network.EdgeCount;
        bool Ordinary(int e) => (CanForward[e] && !destinationOnly[2 * e]) || (CanBackward[e] && !destinationOnly[(2 * e) + 1]);
        bool InZone(int e) => (CanForward[e] && destinationOnly[2 * e]) || (CanBackward[e] && destinationOnly[(2 * e) + 1]);
        if (!Enumerable.Range(0, edges).Any(InZone))
        {
            return;
        }

        // Union-find over the ordinary edges and passable vertices: the pieces of road joined without a zone.
        var parent = Enumerable.Range(0, edges + Network.VertexCount).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                (parent[x], x) = (parent[parent[x]], parent[x]);
            }

            return x;
        }

        for (int e = 0; e < edges; e++)
        {
            foreach (int v in (ReadOnlySpan<int>)[Network.EdgeFrom[e], Network.EdgeTo[e]])
            {
                if (Ordinary(e) && !VertexBlocked[v])
                {
                    parent[Find(e)] = Find(edges + v);
                }
            }
        }

        var size = new int[parent.Length];
        var touchesZone = new bool[parent.Length];
        for (int e = 0; e < edges; e++)
        {
            size[Find(e)] += Ordinary(e) ? 2 : 0;
            if (InZone(e))
            {
                touchesZone[Find(edges + Network.EdgeFrom[e])] = touchesZone[Find(edges + Network.EdgeTo[e])] = true;
            }
        }

        int largest = size.Max();
        for (int e = 0; e < edges; e++)
        {
            int root = Find(e);
            if (Ordinary(e) && touchesZone[root] && size[root] < Math.Min(largest, LargeComponentMinDirectedEdges))
            {
                (destinationOnly[2 * e], destinationOnly[(2 * e) + 1]) = (CanForward[e], CanBackward[e]);
            }
        }
    }

    // What the fingerprint reads of the rule: every destination-only direction.
    private IEnumerable<int> DestinationFingerprint()
    {
        for (int d = 0; d < _destinationOnly.Length; d++)
        {
            if (_destinationOnly[d])
            {
                yield return d;
            }
        }
    }
}
