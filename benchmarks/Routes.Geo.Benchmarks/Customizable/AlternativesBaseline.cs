using System.Diagnostics;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Benchmarks.Customizable;

/// <summary>
/// The via-node alternatives as main had them before the speed-up (commit 24bc2d1), kept to time the two side by side in
/// one process and to check they give the same routes; each stage's time and count is added to <see cref="Stages"/>.
/// </summary>
internal static class AlternativesBaseline
{
    private const int MaxCandidates = 50;

    /// <summary>Summed stage ticks and counts over the calls since the last reset.</summary>
    internal sealed class Stages
    {
        public long Grow, Collect, Sort, Unpack, Mark, Repeats, Edges, Sharing, TTest;

        public int Calls, Candidates, Tried, Repeated, TooLong, SharedTooMuch, TTests, TTestFailed, Found;
    }

    public static List<(int[] Path, double Cost, int Via)> Find(CustomizedHierarchy ch, SnapResult source, SnapResult target, EdgeSearch.Found best, int count, Stages s)
    {
        var found = new List<(int[] Path, double Cost, int Via)>();
        if (count <= 0 || best.Path.Length == 0 || !(best.Cost > 0))
        {
            return found;
        }

        s.Calls++;
        RoutingGraph graph = ch.Hierarchy.Graph;
        CchTrees trees = ch.Hierarchy.RentTrees();
        try
        {
            long t = Stopwatch.GetTimestamp();
            Grow(trees, ch, source, target);
            s.Grow += Lap(ref t);
            double[] f = trees.Forward.Cost, b = trees.Backward.Cost;
            double limit = AlternativeRoutes.MaxStretch * best.Cost, tolerance = 1e-9 * best.Cost;
            var candidates = new List<(double Cost, int Rank)>();
            for (int r = 0; r < f.Length; r++)
            {
                double via = f[r] + b[r];
                if (via <= limit && via > best.Cost + tolerance)
                {
                    candidates.Add((via, r));
                }
            }

            s.Candidates += candidates.Count;
            s.Collect += Lap(ref t);
            candidates.Sort();
            s.Sort += Lap(ref t);
            var kept = new List<HashSet<int>> { Edges(graph, ch, source, target, best.Path).Edges };
            var examined = new bool[ch.Hierarchy.NodeCount];
            Mark(ch, examined, best.Path);
            s.Edges += Lap(ref t);
            int tried = 0;
            for (int c = 0; c < candidates.Count && tried < MaxCandidates && found.Count < count; c++)
            {
                if (examined[ch.Hierarchy.NodeOfRank[candidates[c].Rank]])
                {
                    continue;
                }

                tried++;
                s.Tried++;
                t = Stopwatch.GetTimestamp();
                (int[] path, int via) = Through(ch, trees, candidates[c].Rank);
                s.Unpack += Lap(ref t);
                examined[ch.Hierarchy.NodeOfRank[candidates[c].Rank]] = true;
                Mark(ch, examined, path);
                s.Mark += Lap(ref t);
                bool repeats = path.Length == 0 || RepeatsAJunction(graph, source, target, path);
                s.Repeats += Lap(ref t);
                if (repeats)
                {
                    s.Repeated++;
                    continue;
                }

                (HashSet<int> edges, double[] parts, double[] turns) = Edges(graph, ch, source, target, path);
                double cost = parts.Sum();
                s.Edges += Lap(ref t);
                if (cost > limit)
                {
                    s.TooLong++;
                    continue;
                }

                bool shares = kept.Any(k => Shared(path, parts, k) > AlternativeRoutes.MaxSharing * best.Cost);
                s.Sharing += Lap(ref t);
                if (shares)
                {
                    s.SharedTooMuch++;
                    continue;
                }

                s.TTests++;
                bool passes = PassesTTest(ch, source, target, path, parts, turns, via, AlternativeRoutes.LocalOptimality * best.Cost);
                s.TTest += Lap(ref t);
                if (!passes)
                {
                    s.TTestFailed++;
                    continue;
                }

                kept.Add(edges);
                found.Add((path, cost, via));
                s.Found++;
            }

            return found;
        }
        finally
        {
            ch.Hierarchy.ReturnTrees(trees);
        }
    }

    // CchTrees.Grow as it was: seeds' tree paths gathered in a SortedSet, then one downward sweep per side.
    internal static void Grow(CchTrees trees, CustomizedHierarchy ch, SnapResult source, SnapResult target)
    {
        Clear(trees.Forward);
        Clear(trees.Backward);
        CchSeeds.Forward(ch, source, trees.Forward, trees.Seeds);
        Sweep(ch, trees.Forward, trees.Seeds, upward: true);
        CchSeeds.Backward(ch, target, trees.Backward, trees.Seeds);
        Sweep(ch, trees.Backward, trees.Seeds, upward: false);
    }

    private static void Sweep(CustomizedHierarchy ch, CchLabels labels, List<int> seeds, bool upward)
    {
        ChordalSupergraph chordal = ch.Hierarchy.Chordal;
        int[] start = chordal.Start, upper = chordal.Upper, parent = chordal.Parent;
        double[] weight = ch.Weight, cost = labels.Cost;
        int up = upward ? 0 : 1, down = 1 - up;
        var path = new SortedSet<int>();
        foreach (int seed in seeds)
        {
            for (int r = seed; r >= 0 && path.Add(r); r = parent[r])
            {
            }
        }

        seeds.Clear();
        foreach (int r in path)
        {
            if (double.IsPositiveInfinity(cost[r]))
            {
                continue;
            }

            for (int e = start[r]; e < start[r + 1]; e++)
            {
                Relax(labels, r, upper[e], (2 * e) + up, cost[r] + weight[(2 * e) + up]);
            }
        }

        for (int r = chordal.NodeCount - 1; r >= 0; r--)
        {
            for (int e = start[r]; e < start[r + 1]; e++)
            {
                int u = upper[e];
                if (cost[u] + weight[(2 * e) + down] < cost[r])
                {
                    Relax(labels, u, r, (2 * e) + down, cost[u] + weight[(2 * e) + down]);
                }
            }
        }
    }

    private static void Relax(CchLabels labels, int from, int to, int slot, double cost)
    {
        if (cost < labels.Cost[to])
        {
            (labels.Cost[to], labels.From[to], labels.Slot[to], labels.Seed[to]) = (cost, from, slot, labels.Seed[from]);
        }
    }

    private static void Clear(CchLabels labels)
    {
        Array.Fill(labels.Cost, double.PositiveInfinity);
        Array.Fill(labels.From, -1);
        Array.Fill(labels.Seed, -1);
    }

    private static long Lap(ref long t)
    {
        long now = Stopwatch.GetTimestamp();
        long lap = now - t;
        t = now;
        return lap;
    }

    private static void Mark(CustomizedHierarchy ch, bool[] examined, int[] path)
    {
        CustomizableHierarchy h = ch.Hierarchy;
        foreach (int d in path)
        {
            if (h.Kind == Routes.Geo.Routing.Contraction.HierarchyKind.Turns)
            {
                examined[h.Input.NodeOfDirected[d]] = examined[h.Input.NodeOfDirected[h.Graph.StartState(d)]] = true;
            }
            else
            {
                examined[h.Graph.Tail(d)] = examined[h.Graph.Head(d)] = true;
            }
        }
    }

    private static (int[] Path, int Via) Through(CustomizedHierarchy ch, CchTrees trees, int via)
    {
        CchLabels forward = trees.Forward, backward = trees.Backward;
        List<int> slots = trees.Slots;
        slots.Clear();
        int x = forward.SlotsToSeed(via, slots);

        slots.Reverse();
        int[] first = [.. CchPaths.Directed(ch, x, forward.Seed[via], slots, -1, trees.Pending, trees.Arcs)];
        slots.Clear();
        backward.SlotsToSeed(via, slots);

        List<int> second = CchPaths.Directed(ch, via, -1, slots, backward.Seed[via], trees.Pending, trees.Arcs);
        if (ch.Hierarchy.Kind == Routes.Geo.Routing.Contraction.HierarchyKind.Turns && second.Count > 0)
        {
            second.RemoveAt(0);
        }

        return ([.. first, .. second], first.Length);
    }

    private static bool RepeatsAJunction(RoutingGraph graph, SnapResult source, SnapResult target, int[] path)
    {
        var visited = new HashSet<int>();
        if (EdgeSearch.VertexAt(graph, source) >= 0)
        {
            visited.Add(graph.Tail(path[0]));
        }

        for (int i = 0; i < path.Length - 1; i++)
        {
            if (!visited.Add(graph.Head(path[i])))
            {
                return true;
            }
        }

        return EdgeSearch.VertexAt(graph, target) >= 0 && !visited.Add(graph.Head(path[^1]));
    }

    private static (HashSet<int> Edges, double[] Parts, double[] Turns) Edges(RoutingGraph graph, CustomizedHierarchy ch, SnapResult source, SnapResult target, int[] path)
    {
        var parts = new double[path.Length];
        var turns = new double[path.Length];
        var edges = new HashSet<int>();
        int from = EdgeSearch.VertexAt(graph, source), to = EdgeSearch.VertexAt(graph, target);
        double sf = EdgeSearch.Fraction(graph, source.Edge, source.OffsetMetres), tf = EdgeSearch.Fraction(graph, target.Edge, target.OffsetMetres);
        for (int i = 0; i < path.Length; i++)
        {
            int d = path[i];
            double share = 1;
            if (i == 0 && from < 0)
            {
                share = RoutingGraph.IsBackward(d) ? sf : 1 - sf;
            }

            if (i == path.Length - 1 && to < 0)
            {
                share = path.Length == 1 && from < 0 ? Math.Abs(tf - sf) : RoutingGraph.IsBackward(d) ? 1 - tf : tf;
            }

            turns[i] = i > 0 ? graph.TurnCostBetween(path[i - 1], d, ch.Metric) : 0;
            parts[i] = (ch.DirectedWeights[d] * share) + turns[i];
            edges.Add(RoutingGraph.EdgeOf(d));
        }

        return (edges, parts, turns);
    }

    private static double Shared(int[] path, double[] parts, HashSet<int> other)
    {
        double shared = 0;
        for (int i = 0; i < path.Length; i++)
        {
            shared += other.Contains(RoutingGraph.EdgeOf(path[i])) ? parts[i] : 0;
        }

        return shared;
    }

    private static bool PassesTTest(CustomizedHierarchy ch, SnapResult source, SnapResult target, int[] path, double[] parts, double[] turns, int via, double reach)
    {
        RoutingGraph graph = ch.Hierarchy.Graph;
        int i = via;
        double before = 0;
        while (i > 0 && before < reach)
        {
            before += parts[--i];
        }

        int j = via - 1;
        double after = 0;
        while (j < path.Length - 1 && after < reach)
        {
            after += parts[++j];
        }

        double window = -turns[i];
        for (int k = i; k <= j; k++)
        {
            window += parts[k];
        }

        SnapResult from = i == 0 ? source : AtVertex(graph, path[i], tail: true);
        SnapResult to = j == path.Length - 1 ? target : AtVertex(graph, path[j], tail: false);
        EdgeSearch.Found? shortest = EliminationTreeQuery.Run(ch, from, to);
        return shortest is { } sh && sh.Cost >= window - (1e-9 * Math.Max(1, window));
    }

    private static SnapResult AtVertex(RoutingGraph graph, int directed, bool tail)
    {
        int edge = RoutingGraph.EdgeOf(directed);
        bool atStart = tail != RoutingGraph.IsBackward(directed);
        int vertex = atStart ? graph.Network.EdgeFrom[edge] : graph.Network.EdgeTo[edge];
        var point = new GeoPoint(graph.Network.VertexLat[vertex], graph.Network.VertexLon[vertex]);
        return new SnapResult(point, point, edge, atStart ? 0 : graph.EdgeLength[edge], 0);
    }
}
