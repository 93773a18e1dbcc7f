using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Routing.Contraction;

/// <summary>
/// Checks a hierarchy read back from a saved file against its graph in one pass over the ranks and arcs: the ranks
/// are a permutation, the original arcs are exactly the graph's, and each shortcut is checked once against its two
/// children (earlier arcs, joined end to end, over a node ranked below both ends, with exactly their summed costs).
/// </summary>
internal static class StoredHierarchyCheck
{
    /// <exception cref="InvalidDataException">The message names the hierarchy, the rank, arc or shortcut index, and what is wrong.</exception>
    public static void Verify(RoutingGraph graph, RouteMetric metric, HierarchyKind kind, ArcList arcs, Column<int> rank, int originalArcCount)
    {
        string name = $"hierarchy '{metric}'";
        if (!Enum.IsDefined(kind))
        {
            throw Damaged($"{name}: unknown kind {(int)kind}");
        }

        if (kind == HierarchyKind.Junctions && (graph.BindingRestrictionCount > 0 || graph.HasTurnCosts))
        {
            throw Damaged($"{name}: a junction hierarchy is stored for a graph with turn restrictions or turn costs");
        }

        int nodes = ContractionHierarchy.NodeCountOf(graph, kind);
        VerifyRanks(name, rank, nodes);
        if (originalArcCount < 0 || originalArcCount > arcs.Count)
        {
            throw Damaged($"{name}: {originalArcCount} original arcs announced, {arcs.Count} arcs stored");
        }

        int arc = 0;
        void Expect(int from, int to, double weight, double secondary)
        {
            if (arc >= originalArcCount)
            {
                throw Damaged($"{name}: the graph has more than the {originalArcCount} original arcs stored");
            }

            if (arcs.From[arc] != from || arcs.To[arc] != to || arcs.Weight[arc] != weight || arcs.Secondary[arc] != secondary
                || arcs.FirstChild[arc] != -1 || arcs.SecondChild[arc] != -1)
            {
                throw Damaged($"{name}, arc {arc}: stored arc {arc} is not the graph's ({from} → {to}, cost {weight})");
            }

            arc++;
        }

        ContractionHierarchy.ForEachOriginalArc(graph, metric, kind, Expect);
        if (arc != originalArcCount)
        {
            throw Damaged($"{name}: {originalArcCount} original arcs stored, the graph has {arc}");
        }

        VerifyShortcuts(name, arcs, rank, originalArcCount, nodes);
    }

    private static void VerifyRanks(string name, Column<int> rank, int nodes)
    {
        if (rank.Length != nodes)
        {
            throw Damaged($"{name}: {rank.Length} ranks for {nodes} nodes, so the ranks are not a permutation of the graph's nodes");
        }

        var seen = new bool[nodes];
        for (int v = 0; v < nodes; v++)
        {
            int r = rank[v];
            if ((uint)r >= (uint)nodes || seen[r])
            {
                throw Damaged($"{name}, rank of node {v}: {r} is out of range or repeated, so the ranks are not a permutation of the graph's nodes");
            }

            seen[r] = true;
        }
    }

    // Costs must be exactly the children's sum: the contractor adds the same two doubles, so the stored value is
    // bit for bit what this addition gives (tolerance zero), and any damaged cost is found.
    private static void VerifyShortcuts(string name, ArcList arcs, Column<int> rank, int originalArcCount, int nodes)
    {
        var unpacked = new long[arcs.Count];
        Array.Fill(unpacked, 1, 0, originalArcCount);
        for (int a = originalArcCount; a < arcs.Count; a++)
        {
            int first = arcs.FirstChild[a], second = arcs.SecondChild[a];
            // Children always precede their shortcut, so unpacking can neither loop nor reach a later arc.
            if ((uint)first >= (uint)a || (uint)second >= (uint)a)
            {
                throw Damaged($"{name}, shortcut {a}: its children {first} and {second} are not earlier arcs (a cycle or a missing child)");
            }

            int from = arcs.From[a], to = arcs.To[a], middle = arcs.To[first];
            if (from != arcs.From[first] || middle != arcs.From[second] || to != arcs.To[second] || from == to)
            {
                throw Damaged($"{name}, shortcut {a}: stored shortcut {a} does not join its children end to end");
            }

            if (rank[middle] >= rank[from] || rank[middle] >= rank[to])
            {
                throw Damaged($"{name}, shortcut {a}: it passes node {middle} of rank {rank[middle]}, not below its ends' ranks {rank[from]} and {rank[to]}: an arc climbed upward would go down");
            }

            if (arcs.Weight[a] != arcs.Weight[first] + arcs.Weight[second] || arcs.Secondary[a] != arcs.Secondary[first] + arcs.Secondary[second])
            {
                throw Damaged($"{name}, shortcut {a}: its cost {arcs.Weight[a]} (other measure {arcs.Secondary[a]}) is not the sum of its children's");
            }

            unpacked[a] = unpacked[first] + unpacked[second];
            if (unpacked[a] > nodes)
            {
                throw Damaged($"{name}, shortcut {a}: stored shortcut {a} unpacks to more arcs than the graph has nodes");
            }
        }
    }

    private static InvalidDataException Damaged(string problem) => new(problem + ".");
}
