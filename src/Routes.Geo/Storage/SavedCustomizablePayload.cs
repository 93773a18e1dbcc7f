using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Storage;

/// <summary>
/// Format 9's last section: the customizable hierarchy's metric-independent part (ranks, chordal supergraph, each original
/// arc's slot in it, tree height and preparation times), so that an open orders nothing; a metric is customized per process.
/// </summary>
internal static class SavedCustomizablePayload
{
    private const string Name = "customizable hierarchy";

    public static void Write(BinaryWriter writer, CustomizableHierarchy? cch)
    {
        writer.Write(cch is null ? 0 : 1);
        if (cch is null)
        {
            return;
        }

        writer.Write((int)cch.Kind);
        writer.Write(cch.OriginalArcCount);
        writer.Write(cch.TreeHeight);
        writer.Write(cch.OrderingTime.Ticks);
        writer.Write(cch.ContractionTime.Ticks);
        BinaryArrays.Write(writer, cch.Rank);
        BinaryArrays.Write(writer, cch.Chordal.Start);
        BinaryArrays.Write(writer, cch.Chordal.Upper);
        BinaryArrays.Write(writer, cch.Chordal.Parent);
        BinaryArrays.Write(writer, cch.ArcSlot);
    }

    /// <summary>
    /// Reads the section and checks it against <paramref name="expected"/> (the header's entry) and the graph: always the
    /// lengths, and when <paramref name="full"/> every element (see <see cref="CheckElements"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">The section disagrees with the header or the graph; the message names the part.</exception>
    public static CustomizableHierarchy? Read(BinaryReader reader, RoutingGraph graph, SavedCustomizableHeader? expected, bool full)
    {
        SavedNetworkPayload.ExpectEqual($"header, {Name} count", expected is null ? 0 : 1, reader.ReadInt32());
        if (expected is null)
        {
            return null;
        }

        SavedNetworkPayload.ExpectEqual($"{Name}, kind", expected.Kind, (HierarchyKind)reader.ReadInt32());
        SavedNetworkPayload.ExpectEqual($"{Name}, original arc count", expected.OriginalArcCount, reader.ReadInt32());
        SavedNetworkPayload.ExpectEqual($"{Name}, tree height", expected.TreeHeight, reader.ReadInt32());
        TimeSpan ordering = Time(reader.ReadInt64(), "ordering time"), contraction = Time(reader.ReadInt64(), "contraction time");
        // Copied out of a mapped file: the queries' loops index int[] (a copy is linear, ordering is not).
        int[] rank = Ints(reader, "ranks"), start = Ints(reader, "chordal starts"), upper = Ints(reader, "chordal upper neighbours");
        int[] parent = Ints(reader, "elimination tree parents"), slots = Ints(reader, "arc slots");

        SavedNetworkPayload.ExpectEqual($"{Name}, kind of the graph", ContractionHierarchy.KindFor(graph), expected.Kind);
        CchInput input = CchInput.Of(graph);
        int n = input.NodeCount;
        SavedNetworkPayload.ExpectEqual($"{Name}, node count of the graph", expected.NodeCount, n);
        SavedNetworkPayload.ExpectEqual($"{Name}, original arc count of the graph", expected.OriginalArcCount, input.ArcCount);
        SavedNetworkPayload.ExpectEqual($"{Name}, ranks' length", n, rank.Length);
        SavedNetworkPayload.ExpectEqual($"{Name}, chordal starts' length", n + 1, start.Length);
        SavedNetworkPayload.ExpectEqual($"{Name}, chordal upper neighbours' length (chordal edge count)", expected.ChordalEdgeCount, upper.Length);
        SavedNetworkPayload.ExpectEqual($"{Name}, elimination tree parents' length", n, parent.Length);
        SavedNetworkPayload.ExpectEqual($"{Name}, arc slots' length", input.ArcCount, slots.Length);
        SavedNetworkPayload.ExpectEqual($"{Name}, chordal starts 0", 0, start[0]);
        SavedNetworkPayload.ExpectEqual($"{Name}, chordal starts {n} (the edge count)", upper.Length, start[n]);
        // Even trusted: a parent not above its node would make a query's climb up the tree endless.
        for (int r = 0; r < n; r++)
        {
            Refuse(parent[r] != -1 && (parent[r] <= r || parent[r] >= n), "elimination tree parents", r, $"node {r}'s parent {parent[r]} is not above it and below {n}.");
        }

        var chordal = ChordalSupergraph.FromStored(start, upper, parent);
        if (full)
        {
            CheckElements(input, rank, chordal, slots, expected.TreeHeight);
        }

        try
        {
            return CustomizableHierarchy.FromStored(graph, input, rank, chordal, slots, expected.TreeHeight, ordering, contraction);
        }
        catch (IndexOutOfRangeException e)
        {
            throw new InvalidDataException($"{Name}, ranks: a rank is outside 0..{n - 1}.", e);
        }
    }

    /// <summary>
    /// Every element, in time about linear in the section (the closure check is a binary search per edge): the ranks a
    /// permutation; each node's upper neighbours rising, above it and below the node count; its parent its lowest upper
    /// neighbour; the upper neighbours other than the parent all the parent's too (closed under elimination, so the
    /// supergraph is chordal for this order); each original arc's slot the chordal edge between its ends, in its direction;
    /// and the tree height the parents give.
    /// </summary>
    private static void CheckElements(CchInput input, int[] rank, ChordalSupergraph chordal, int[] slots, int treeHeight)
    {
        int n = rank.Length;
        var seen = new bool[n];
        for (int v = 0; v < n; v++)
        {
            Refuse((uint)rank[v] >= (uint)n || seen[rank[v]], "ranks", v, $"rank {rank[v]} is outside 0..{n - 1} or repeated.");
            seen[rank[v]] = true;
        }

        int[] start = chordal.Start, upper = chordal.Upper, parent = chordal.Parent;
        for (int r = 0; r < n; r++)
        {
            Refuse(start[r + 1] < start[r], "chordal starts", r + 1, $"{start[r + 1]} is below the previous start {start[r]}.");
            for (int e = start[r]; e < start[r + 1]; e++)
            {
                int low = e == start[r] ? r : upper[e - 1];
                Refuse(upper[e] <= low || upper[e] >= n, "chordal upper neighbours", e, $"node {r}'s upper neighbour {upper[e]} is not above {low} and below {n}.");
            }

            int lowest = start[r + 1] > start[r] ? upper[start[r]] : -1;
            Refuse(parent[r] != lowest, "elimination tree parents", r, $"node {r}'s parent is {parent[r]}, its lowest upper neighbour {lowest}.");
        }

        for (int r = 0; r < n; r++)
        {
            for (int e = start[r] + 1; e < start[r + 1]; e++)
            {
                Refuse(chordal.Find(parent[r], upper[e]) < 0, "chordal upper neighbours", e, $"node {r}'s upper neighbour {upper[e]} is not one of its parent {parent[r]}'s (not closed under elimination).");
            }
        }

        for (int a = 0; a < slots.Length; a++)
        {
            int from = rank[input.ArcFrom[a]], to = rank[input.ArcTo[a]];
            int low = Math.Min(from, to), high = Math.Max(from, to), edge = slots[a] >> 1;
            bool right = from == to ? slots[a] == -1
                : slots[a] >= 0 && edge >= start[low] && edge < start[low + 1] && upper[edge] == high && (slots[a] & 1) == (from < to ? 0 : 1);
            Refuse(!right, "arc slots", a, $"slot {slots[a]} is not the chordal edge from rank {from} to rank {to}.");
        }

        SavedNetworkPayload.ExpectEqual($"{Name}, tree height of the parents", treeHeight, CustomizableHierarchy.Height(parent));
    }

    private static TimeSpan Time(long ticks, string what) =>
        ticks >= 0 ? TimeSpan.FromTicks(ticks) : throw new InvalidDataException($"{Name}, {what}: {ticks} ticks is negative.");

    private static int[] Ints(BinaryReader reader, string part) => BinaryArrays.ReadArraySection<int>(reader, $"{Name}, {part}");

    private static void Refuse(bool wrong, string part, int index, string why)
    {
        if (wrong)
        {
            throw new InvalidDataException($"{Name}, {part} {index}: {why}");
        }
    }
}
