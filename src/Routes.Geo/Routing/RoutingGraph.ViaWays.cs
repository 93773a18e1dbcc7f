using Routes.Geo.Network;
using Routes.Geo.Profiles;

namespace Routes.Geo.Routing;

/// <summary>
/// Via-way turn restrictions, exact on the turn graph: a traveller who arrives by a restriction's from edge and turns onto
/// its via ways is in a copy of each via edge (a search state beside the directed edges, numbered from 2 × EdgeCount), and
/// only the copy of the last via edge is barred from (no_*) or held to (only_*) the to edge. Restrictions sharing a start
/// share their copies (a trie); leaving the via ways part way returns to the plain directed edges.
/// </summary>
public sealed partial class RoutingGraph
{
    private readonly List<int> _copyDirected = [];
    private readonly List<Phase> _copyPhase = [];
    private readonly List<int[]?> _copyForbidden = [];
    private readonly List<int[]?> _copyOnly = [];
    private readonly Dictionary<long, int> _copyChild = [];
    private readonly Dictionary<int, List<int>> _copiesArrivingAt = [];
    private bool[]? _startsViaPath;

    /// <summary>Number of via-way turn restrictions that bind this profile.</summary>
    public int BindingViaWayRestrictionCount { get; private set; }

    /// <summary>Search states: the directed edges (2 × EdgeCount, travelable or not) and then the via-way copies.</summary>
    internal int StateCount => (2 * Network.EdgeCount) + _copyDirected.Count;

    /// <summary>The directed edge a search state travels: itself, or the edge a via-way copy copies.</summary>
    internal int DirectedOf(int state) => state < 2 * Network.EdgeCount ? state : _copyDirected[state - (2 * Network.EdgeCount)];

    /// <summary>The via-way copies whose edge arrives at <paramref name="vertex"/> (none for most vertices).</summary>
    internal IReadOnlyList<int> CopiesArrivingAt(int vertex) =>
        _copiesArrivingAt.TryGetValue(vertex, out List<int>? copies) ? copies : [];

    /// <summary>
    /// The state reached from <paramref name="state"/> by turning onto <c>OutDirected[outIndex]</c> (which must leave its head),
    /// or -1 when the turn is not allowed (barrier, U-turn, node or via-way restriction).
    /// </summary>
    internal int TurnTarget(int state, int outIndex)
    {
        int next = OutDirected[outIndex];
        int directedCount = 2 * Network.EdgeCount;
        if (state < directedCount)
        {
            // A destination-only edge's plain state is its arrival copy: it leads only to other destination-only edges.
            if (!CanTurn(state, next) || (_destinationOnly.Length > 0 && _destinationOnly[state] && !_destinationOnly[next]))
            {
                return -1;
            }

            return _startsViaPath is null || !_startsViaPath[state] ? next : _copyChild.GetValueOrDefault(ChildKey(state, next), next);
        }

        int copy = state - directedCount, directed = _copyDirected[copy];
        if (!CanTurn(directed, next) || (_copyForbidden[copy] is { } forbidden && Array.IndexOf(forbidden, next) >= 0)
            || (_copyOnly[copy] is { } only && Array.IndexOf(only, next) < 0)
            || NextPhase(_copyPhase[copy], next) is not Phase phase)
        {
            return -1;
        }

        if (_copyChild.TryGetValue(ChildKey(state, next), out int child))
        {
            return child;
        }

        // Leaving the via ways part way: a restriction may start afresh from this edge in this phase.
        int basis = StateIn(directed, _copyPhase[copy]);
        if (basis != state && _copyChild.TryGetValue(ChildKey(basis, next), out child))
        {
            return child;
        }

        return StateIn(next, phase);
    }

    /// <summary>As <see cref="TurnTarget"/> for the turn onto directed edge <paramref name="outgoing"/>; -1 if it does not leave the state's head.</summary>
    internal int TurnTargetOnto(int state, int outgoing)
    {
        int head = Head(DirectedOf(state));
        for (int i = OutStart[head]; i < OutStart[head + 1]; i++)
        {
            if (OutDirected[i] == outgoing)
            {
                return TurnTarget(state, i);
            }
        }

        return -1;
    }

    private static long ChildKey(int state, int directed) => ((long)state << 32) | (uint)directed;

    // The restriction's directed edges: the from edge arriving at the via vertex, each via edge leaving where the last arrived, the to edge.
    internal (int From, int[] Via, int To)? ViaWayPath(TurnRestriction r)
    {
        int at = r.ViaVertex;
        int from = (2 * r.FromEdge) + (Network.EdgeTo[r.FromEdge] == at ? 0 : 1);
        var via = new int[r.ViaEdges.Length];
        for (int k = 0; k < via.Length; k++)
        {
            int e = r.ViaEdges[k];
            via[k] = (2 * e) + (Network.EdgeFrom[e] == at ? 0 : 1);
            at = Head(via[k]);
        }

        int to = (2 * r.ToEdge) + (Network.EdgeFrom[r.ToEdge] == at ? 0 : 1);
        return CanTravel(from) && via.All(CanTravel) ? (from, via, to) : null;
    }

    private void AddViaWayRestriction(TurnRestriction r, TurnRestrictionKind kind)
    {
        if (ViaWayPath(r) is not (int from, int[] via, int to))
        {
            return;
        }

        BindingRestrictionCount++;
        BindingViaWayRestrictionCount++;
        _startsViaPath ??= new bool[2 * Network.EdgeCount];

        // A destination-only from edge is travelled in two phases (leaving the origin, or arriving); the restriction binds both.
        AddViaWayChain(from, via, to, kind);
        if (StartState(from) != from)
        {
            AddViaWayChain(StartState(from), via, to, kind);
        }
    }

    private void AddViaWayChain(int from, int[] via, int to, TurnRestrictionKind kind)
    {
        int state = from;
        Phase phase = from < 2 * Network.EdgeCount ? PlainPhase(from) : _copyPhase[from - (2 * Network.EdgeCount)];
        foreach (int directed in via)
        {
            // A chain the destination-only rule already cuts needs no copies past the cut.
            if (NextPhase(phase, directed) is not Phase nextPhase)
            {
                return;
            }

            if (state < 2 * Network.EdgeCount)
            {
                _startsViaPath![state] = true;
            }

            if (!_copyChild.TryGetValue(ChildKey(state, directed), out int child))
            {
                child = AddCopy(directed, nextPhase);
                _copyChild.Add(ChildKey(state, directed), child);
            }

            (state, phase) = (child, nextPhase);
        }

        int copy = state - (2 * Network.EdgeCount);
        if (kind == TurnRestrictionKind.Prohibitory)
        {
            _copyForbidden[copy] = [.. _copyForbidden[copy] ?? [], to];
        }
        else
        {
            _copyOnly[copy] = [.. _copyOnly[copy] ?? [], to];
        }
    }

    // A new state copying directed edge `directed` in `phase`, listed among the states arriving at its head.
    private int AddCopy(int directed, Phase phase)
    {
        int state = StateCount;
        _copyDirected.Add(directed);
        _copyPhase.Add(phase);
        _copyForbidden.Add(null);
        _copyOnly.Add(null);
        int head = Head(directed);
        if (!_copiesArrivingAt.TryGetValue(head, out List<int>? arriving))
        {
            _copiesArrivingAt[head] = arriving = [];
        }

        arriving.Add(state);
        return state;
    }

    // What the fingerprint reads of the via-way copies: each copy's edge, parent links and its barred and required edges.
    private IEnumerable<int> ViaWayFingerprint()
    {
        foreach ((long key, int child) in _copyChild.OrderBy(c => c.Value))
        {
            yield return (int)(key >> 32);
            yield return (int)key;
            yield return child;
        }

        for (int c = 0; c < _copyDirected.Count; c++)
        {
            foreach (int d in (int[])[-1, .. _copyForbidden[c] ?? [], -2, .. _copyOnly[c] ?? []])
            {
                yield return d;
            }
        }
    }
}
