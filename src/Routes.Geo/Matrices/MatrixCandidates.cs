using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Matrices;

/// <summary>
/// A matrix's cells from the points' other snap candidates, as <see cref="RouteRequest"/> chooses them: the
/// opposite carriageway where it gives a cheaper route, then the large component where no route was found.
/// </summary>
internal sealed class MatrixCandidates(RoutingGraph graph, SnapResult?[] sources, SnapResult?[] targets,
    RouteMetric metric, double maxSnapMetres, IMatrixStrategy strategy, RoadClassSet excluded = default, Predicate<int>? acceptEdge = null)
{
    /// <summary>Replaces a cell by the route from (or to) an opposite carriageway when that one is cheaper.</summary>
    public void TryOppositeCarriageways(TravelCell?[] cells) =>
        Improve(cells, s => graph.OppositeCarriageway(s, maxSnapMetres) is { } o && (acceptEdge is null || acceptEdge(o.Edge)) ? o : null, (best, other) => best is not { IsFound: true } || Cost(other) < Cost(best));

    /// <summary>
    /// Fills each cell still without a route as <see cref="RouteRequest"/> would: over all the candidates of its
    /// source and target (nearest, opposite carriageway, large component), fewest large-component snaps first, then the cheapest.
    /// </summary>
    public void RetryFromLargeComponents(TravelCell?[] cells)
    {
        var sourceSets = new SnapResult[]?[sources.Length];
        var targetSets = new SnapResult[]?[targets.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            if (cells[i] is not { NoRoute: not null })
            {
                continue;
            }

            int s = i / targets.Length, t = i % targets.Length;
            SnapResult[] from = sourceSets[s] ??= Candidates(sources[s]!);
            SnapResult[] to = targetSets[t] ??= Candidates(targets[t]!);
            if (from.Length == 1 && to.Length == 1)
            {
                continue;
            }

            CandidateLegs.Choice choice = CandidateLegs.Choose(graph, [from, to],
                (a, b) => excluded.IsEmpty ? graph.Search(a, b, metric, RouteAlgorithm.Auto) : graph.SearchCustomized(a, b, metric, excluded));
            if (choice.IsFound)
            {
                RouteLeg leg = RouteBuilder.BuildLeg(graph, choice.Snaps[0], choice.Snaps[1], choice.Paths[0].Path);
                cells[i] = TravelCell.Found(leg.DurationSeconds, leg.LengthMetres)
                    with { SourceCandidate = choice.Snaps[0].Candidate, TargetCandidate = choice.Snaps[1].Candidate };
            }
        }
    }

    // For each cell, tries source × alternative target, alternative source × target, then both alternatives, each kept
    // where `better` says so (on a tie the source's alternative first, as CandidateLegs); an alternative is computed once per point.
    private void Improve(TravelCell?[] cells, Func<SnapResult, SnapResult?> alternative, Func<TravelCell, TravelCell, bool> better)
    {
        var sourcesAlt = new SnapResult?[sources.Length];
        var targetsAlt = new SnapResult?[targets.Length];
        bool[] sourceTried = new bool[sources.Length], targetTried = new bool[targets.Length];
        bool any = false;
        for (int s = 0; s < sources.Length; s++)
        {
            for (int t = 0; t < targets.Length; t++)
            {
                if (sources[s] is not { } from || targets[t] is not { } to || cells[(s * targets.Length) + t] is null)
                {
                    continue;
                }

                if (!sourceTried[s])
                {
                    (sourceTried[s], sourcesAlt[s]) = (true, alternative(from));
                }

                if (!targetTried[t])
                {
                    (targetTried[t], targetsAlt[t]) = (true, alternative(to));
                }

                any |= sourcesAlt[s] is not null || targetsAlt[t] is not null;
            }
        }

        if (!any)
        {
            return;
        }

        TravelCell?[] toAlt = Cells(sources, targetsAlt), fromAlt = Cells(sourcesAlt, targets), both = Cells(sourcesAlt, targetsAlt);
        for (int i = 0; i < cells.Length; i++)
        {
            if (cells[i] is not { } cell)
            {
                continue;
            }

            SnapResult? s = sourcesAlt[i / targets.Length], t = targetsAlt[i % targets.Length];
            TravelCell best = cell;
            TravelCell?[] oneSwitch =
            [
                fromAlt[i] is { IsFound: true } b ? b with { SourceCandidate = s!.Candidate } : null,
                toAlt[i] is { IsFound: true } a ? a with { TargetCandidate = t!.Candidate } : null,
            ];
            TravelCell? cheapest = oneSwitch.Where(c => c is not null).MinBy(c => Cost(c!));
            if (cheapest is not null && better(best, cheapest))
            {
                best = cheapest;
            }

            if (both[i] is { IsFound: true } c2 && better(best, c2))
            {
                best = c2 with { SourceCandidate = s!.Candidate, TargetCandidate = t!.Candidate };
            }

            cells[i] = best;
        }
    }

    // As RouteRequest: the nearest snap, the other carriageway and the large component's road, all on accepted edges.
    private SnapResult[] Candidates(SnapResult nearest) => CandidateLegs.CandidatesOf(nearest,
        graph.OppositeCarriageway(nearest, maxSnapMetres) is { } o && (acceptEdge is null || acceptEdge(o.Edge)) ? o : null,
        graph.LargeComponentCandidate(nearest, maxSnapMetres, acceptEdge));

    private TravelCell?[] Cells(SnapResult?[] from, SnapResult?[] to)
    {
        var result = new TravelCell?[from.Length * to.Length];
        if (from.Any(f => f is not null) && to.Any(t => t is not null))
        {
            strategy.Compute(graph, from, to, metric, result);
        }

        return result;
    }

    private double Cost(TravelCell cell) => metric == RouteMetric.Fastest ? cell.DurationSeconds : cell.LengthMetres;
}
