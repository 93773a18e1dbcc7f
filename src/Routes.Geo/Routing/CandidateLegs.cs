namespace Routes.Geo.Routing;

/// <summary>
/// Chooses, for each point of a route whose all-nearest snaps left a leg without a route, its nearest snap or
/// its large-component snap: the choice with the fewest large-component snaps, then the lowest total cost.
/// </summary>
internal sealed class CandidateLegs
{
    private readonly RoutingGraph _graph;
    private readonly Func<SnapResult, SnapResult, EdgeSearch.Found?> _search;
    private readonly SnapResult[][] _candidates;
    private readonly Dictionary<(int Leg, int From, int To), (EdgeSearch.Found? Found, NoRouteReason Reason)> _legs = [];

    private CandidateLegs(RoutingGraph graph, SnapResult[] nearest, SnapResult?[] large, Func<SnapResult, SnapResult, EdgeSearch.Found?> search)
    {
        _graph = graph;
        _search = search;
        _candidates = new SnapResult[nearest.Length][];
        for (int i = 0; i < nearest.Length; i++)
        {
            _candidates[i] = large[i] is { } second ? [nearest[i], second] : [nearest[i]];
        }
    }

    /// <summary>The chosen snap of each point and the path of each leg, or the first leg that no choice can travel and why.</summary>
    internal readonly record struct Choice(SnapResult[] Snaps, EdgeSearch.Found[] Paths, int FailedLeg, NoRouteReason Reason)
    {
        public bool IsFound => FailedLeg < 0;
    }

    /// <summary>Chooses the snaps of <paramref name="nearest"/> (with their second candidates <paramref name="large"/>, null where none).</summary>
    public static Choice Choose(RoutingGraph graph, SnapResult[] nearest, SnapResult?[] large, Func<SnapResult, SnapResult, EdgeSearch.Found?> search) =>
        new CandidateLegs(graph, nearest, large, search).Best();

    // Dynamic programming over points: the best way to reach each candidate of point i+1 from some candidate of point i.
    private Choice Best()
    {
        int points = _candidates.Length;
        var switches = new int[points, 2];
        var cost = new double[points, 2];
        var previous = new int[points, 2];
        for (int i = 0; i < points; i++)
        {
            for (int c = 0; c < 2; c++)
            {
                switches[i, c] = int.MaxValue;
            }
        }

        switches[0, 0] = 0;
        if (_candidates[0].Length > 1)
        {
            switches[0, 1] = 1;
        }

        for (int i = 0; i + 1 < points; i++)
        {
            NoRouteReason? reason = null;
            bool reached = false;
            for (int to = 0; to < _candidates[i + 1].Length; to++)
            {
                for (int from = 0; from < _candidates[i].Length; from++)
                {
                    if (switches[i, from] == int.MaxValue)
                    {
                        continue;
                    }

                    (EdgeSearch.Found? found, NoRouteReason why) = Leg(i, from, to);
                    reason ??= why;
                    if (found is null)
                    {
                        continue;
                    }

                    int s = switches[i, from] + to;
                    double c = cost[i, from] + found.Value.Cost;
                    if (s < switches[i + 1, to] || (s == switches[i + 1, to] && c < cost[i + 1, to]))
                    {
                        (switches[i + 1, to], cost[i + 1, to], previous[i + 1, to]) = (s, c, from);
                        reached = true;
                    }
                }
            }

            if (!reached)
            {
                return new Choice([], [], i, reason ?? NoRouteReason.DifferentComponents);
            }
        }

        int last = switches[points - 1, 1] < switches[points - 1, 0]
            || (switches[points - 1, 1] == switches[points - 1, 0] && cost[points - 1, 1] < cost[points - 1, 0]) ? 1 : 0;
        var snaps = new SnapResult[points];
        var paths = new EdgeSearch.Found[points - 1];
        for (int i = points - 1, c = last; i >= 0; i--)
        {
            snaps[i] = _candidates[i][c];
            if (i > 0)
            {
                int from = previous[i, c];
                paths[i - 1] = _legs[(i - 1, from, c)].Found!.Value;
                c = from;
            }
        }

        return new Choice(snaps, paths, -1, default);
    }

    private (EdgeSearch.Found? Found, NoRouteReason Reason) Leg(int leg, int from, int to)
    {
        if (!_legs.TryGetValue((leg, from, to), out var result))
        {
            SnapResult a = _candidates[leg][from], b = _candidates[leg + 1][to];
            result = _graph.EdgeComponent[a.Edge] != _graph.EdgeComponent[b.Edge]
                ? (null, NoRouteReason.DifferentComponents)
                : (_search(a, b), NoRouteReason.BlockedByDirectionOrRestriction);
            _legs[(leg, from, to)] = result;
        }

        return result;
    }
}
