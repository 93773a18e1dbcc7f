namespace Routes.Geo.Routing;

/// <summary>
/// Chooses one snap per point of a route among its candidates (nearest road, opposite carriageway, large
/// component), so that every leg has a route: the choice with the fewest large-component snaps, then the
/// lowest total cost. Dynamic programming over the points, each leg's search run once per candidate pair.
/// </summary>
internal sealed class CandidateLegs
{
    private readonly RoutingGraph _graph;
    private readonly Func<SnapResult, SnapResult, EdgeSearch.Found?> _search;
    private readonly SnapResult[][] _candidates;
    private readonly Dictionary<(int Leg, int From, int To), (EdgeSearch.Found? Found, NoRouteReason Reason)> _legs = [];

    private CandidateLegs(RoutingGraph graph, SnapResult[][] candidates, Func<SnapResult, SnapResult, EdgeSearch.Found?> search)
    {
        _graph = graph;
        _search = search;
        _candidates = candidates;
    }

    /// <summary>The chosen snap of each point and the path of each leg, or the first leg that no choice can travel and why.</summary>
    internal readonly record struct Choice(SnapResult[] Snaps, EdgeSearch.Found[] Paths, int FailedLeg, NoRouteReason Reason)
    {
        public bool IsFound => FailedLeg < 0;
    }

    /// <summary>Chooses among <paramref name="candidates"/> (per point, its nearest snap first).</summary>
    public static Choice Choose(RoutingGraph graph, SnapResult[][] candidates, Func<SnapResult, SnapResult, EdgeSearch.Found?> search) =>
        new CandidateLegs(graph, candidates, search).Best();

    /// <summary>A point's candidates, its nearest snap first: then the opposite carriageway and, with <paramref name="large"/>, the large component's road.</summary>
    public static SnapResult[] CandidatesOf(RoutingGraph graph, SnapResult nearest, double maxSnapMetres, bool large) =>
        CandidatesOf(nearest, graph.OppositeCarriageway(nearest, maxSnapMetres), large ? graph.LargeComponentCandidate(nearest, maxSnapMetres) : null);

    /// <summary>A point's candidates: <paramref name="nearest"/>, then those of <paramref name="opposite"/> and <paramref name="large"/> that exist.</summary>
    public static SnapResult[] CandidatesOf(SnapResult nearest, SnapResult? opposite, SnapResult? large) => (opposite, large) switch
    {
        (null, null) => [nearest],
        (null, { } l) => [nearest, l],
        ({ } o, null) => [nearest, o],
        ({ } o, { } l) => [nearest, o, l],
    };

    private static int Switches(SnapResult snap) => snap.Candidate == SnapCandidate.LargeComponent ? 1 : 0;

    private Choice Best()
    {
        int points = _candidates.Length;
        var switches = new int[points][];
        var cost = new double[points][];
        var previous = new int[points][];
        for (int i = 0; i < points; i++)
        {
            int k = _candidates[i].Length;
            (switches[i], cost[i], previous[i]) = (new int[k], new double[k], new int[k]);
            Array.Fill(switches[i], int.MaxValue);
        }

        for (int c = 0; c < _candidates[0].Length; c++)
        {
            switches[0][c] = Switches(_candidates[0][c]);
        }

        for (int i = 0; i + 1 < points; i++)
        {
            NoRouteReason? reason = null;
            bool reached = false;
            for (int to = 0; to < _candidates[i + 1].Length; to++)
            {
                for (int from = 0; from < _candidates[i].Length; from++)
                {
                    if (switches[i][from] == int.MaxValue)
                    {
                        continue;
                    }

                    (EdgeSearch.Found? found, NoRouteReason why) = Leg(i, from, to);
                    reason ??= why;
                    if (found is null)
                    {
                        continue;
                    }

                    int s = switches[i][from] + Switches(_candidates[i + 1][to]);
                    double c = cost[i][from] + found.Value.Cost;
                    if (s < switches[i + 1][to] || (s == switches[i + 1][to] && c < cost[i + 1][to]))
                    {
                        (switches[i + 1][to], cost[i + 1][to], previous[i + 1][to]) = (s, c, from);
                        reached = true;
                    }
                }
            }

            if (!reached)
            {
                return new Choice([], [], i, reason ?? NoRouteReason.DifferentComponents);
            }
        }

        int last = 0;
        for (int c = 1; c < _candidates[points - 1].Length; c++)
        {
            int[] s = switches[points - 1];
            double[] g = cost[points - 1];
            if (s[c] < s[last] || (s[c] == s[last] && g[c] < g[last]))
            {
                last = c;
            }
        }

        var snaps = new SnapResult[points];
        var paths = new EdgeSearch.Found[points - 1];
        for (int i = points - 1, c = last; i >= 0; i--)
        {
            snaps[i] = _candidates[i][c];
            if (i > 0)
            {
                int from = previous[i][c];
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
