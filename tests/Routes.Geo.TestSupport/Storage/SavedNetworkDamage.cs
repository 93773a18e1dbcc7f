namespace Routes.Geo.TestSupport;

/// <summary>
/// Ways to damage a saved network that a checksum alone does not catch once it is recomputed, each with the words the
/// refusal must contain (or alternatives split by " | ", where the smaller payload may trip the header's size check first). Shared by the unit tests (tiny networks) and the integration tests (extracts).
/// </summary>
public static class SavedNetworkDamage
{
    public static readonly IReadOnlyDictionary<string, (Action<SavedFile> Damage, Func<SavedFile, string> Refusal)> Cases = new Dictionary<string, (Action<SavedFile>, Func<SavedFile, string>)>
    {
        ["header vertex count one more"] = (f => f.SetInt("header.vertexCount", f.Int("header.vertexCount") + 1), _ => "header, vertex count: the header says"),
        ["header edge count one fewer"] = (f => f.SetInt("header.edgeCount", f.Int("header.edgeCount") - 1), _ => "header, edge count: the header says"),
        ["header point count negative"] = (f => f.SetInt("header.pointCount", -5), _ => "header's point count is -5"),
        ["header metric unknown"] = (f => f.SetInt("header.h0.metric", 7), _ => "header's hierarchy 0 has unknown metric 7"),
        ["header metric not the payload's"] = (f => f.SetInt("h0.metric", 1 - f.Int("h0.metric")), _ => "hierarchy 'Fastest', metric: the header says Fastest, the payload holds Shortest"),
        ["header kind not the payload's"] = (f => f.SetInt("header.h0.kind", 1 - f.Int("header.h0.kind")), _ => "kind: the header says"),
        ["header node count not the payload's"] = (f => f.SetInt("header.h0.nodeCount", f.Int("header.h0.nodeCount") + 1), _ => "node count: the header says"),
        ["header fingerprint changed"] = (f => FlipFingerprintDigit(f), _ => "reads this network differently"),
        ["header fingerprint not hexadecimal"] = (f => f.Bytes[f.Fields["header.fingerprint"] + 1] = (byte)'x', _ => "fingerprint is not 64 hexadecimal digits"),
        ["old format version"] = (f => f.SetInt("header.version", 2), _ => "saved with format version 2; this version of Routes.Geo reads format versions 6 to 9 only. Save the network again"),
        ["newer format version"] = (f => f.SetInt("header.version", 10), _ => "saved with format version 10; this version of Routes.Geo reads format versions 6 to 9 only"),
        ["vertex latitude NaN"] = (f => f.SetDoubleAt("vertexLat", 3, double.NaN), _ => "vertex 3: its coordinate (NaN"),
        ["vertex longitude out of range"] = (f => f.SetDoubleAt("vertexLon", 2, 200), _ => "vertex 2: its coordinate"),
        ["vertex shifted"] = (f => f.SetDoubleAt("vertexLat", 1, f.DoubleAt("vertexLat", 1) + 0.001), _ => "its polyline does not start and end on its vertices"),
        ["point infinite"] = (f => f.SetDoubleAt("pointLat", InteriorPoint(f), double.PositiveInfinity), f => $"point {InteriorPoint(f)}: its coordinate ("),
        ["point shifted"] = (f => f.SetDoubleAt("pointLat", InteriorPoint(f), f.DoubleAt("pointLat", InteriorPoint(f)) + 0.0005), _ => "but it lies"),
        ["point offset NaN"] = (f => f.SetDoubleAt("pointOffset", InteriorPoint(f), double.NaN), f => $"point {InteriorPoint(f)}: its offset NaN m is not finite"),
        ["first point offset not zero"] = (f => f.SetDoubleAt("pointOffset", 0, 5), _ => "point 0: the first point of edge 0 has offset 5 m, not 0"),
        ["geometry offsets not monotone"] = (f => f.SetIntAt("edgeGeometryStart", 2, f.IntAt("edgeGeometryStart", 1) - 1), _ => "edge geometry offsets 2: edge 1's points"),
        ["geometry offset outside the points"] = (f => f.SetIntAt("edgeGeometryStart", f.Arrays["edgeGeometryStart"].Count - 1, f.Arrays["pointLat"].Count + 10), _ => "outside the"),
        ["edge to a missing vertex"] = (f => f.SetIntAt("edgeTo", 0, f.Arrays["vertexLat"].Count), _ => "edge 0: it names vertex"),
        ["edge of a missing way"] = (f => f.SetIntAt("edgeWay", 0, f.Int("wayCount") + 3), _ => "edge 0: it names way"),
        ["edge from a vertex to itself"] = (f => f.SetIntAt("edgeTo", 0, f.IntAt("edgeFrom", 0)), _ => "edge 0: it starts and ends at the same vertex"),
        ["way of a missing tag set"] = (f => f.SetInt("way0.tagSet", f.Int("tagSetCount")), f => $"way 0: it names tag set {f.Int("tagSetCount")}, which does not exist"),
        ["way of a negative tag set"] = (f => f.SetInt("way1.tagSet", -1), f => $"way 1: it names tag set -1, which does not exist (there are {f.Int("tagSetCount")})"),
        ["tag set count past the file"] = (f => f.SetInt("tagSetCount", f.Bytes.Length), f => $"a count of {f.Bytes.Length} is not plausible"),
        ["way length not its edges'"] = (f => f.SetDouble("way0.length", 1e6), _ => "way 0: its length 1000000 m is not the sum of its edges' lengths"),
        ["tags of a missing vertex"] = (f => f.SetInt("vertexTag0.vertex", f.Arrays["vertexLat"].Count + 5), _ => "vertex tags"),
        ["restriction of a missing edge"] = (f => f.SetInt("restriction0.toEdge", f.Arrays["edgeFrom"].Count), _ => "turn restriction 0: it names edge"),
        ["restriction via a vertex off its edges"] = (f => f.SetInt("restriction0.viaVertex", VertexOffEdges(f, f.Int("restriction0.fromEdge"), f.Int("restriction0.toEdge"))), _ => "do not both end at its via vertex"),
        ["ranks with a repeat"] = (f => f.SetIntAt("h0.rank", 1, f.IntAt("h0.rank", 0)), _ => "rank of node 1"),
        ["ranks reversed"] = (f => ReverseRanks(f), _ => "an arc climbed upward would go down"),
        ["original arc's cost changed"] = (f => f.SetDoubleAt("h0.weight", 0, 2 * f.DoubleAt("h0.weight", 0) + 1), _ => "arc 0: stored arc 0 is not the graph's"),
        ["original arc to a missing node"] = (f => f.SetIntAt("h0.to", 0, f.Arrays["h0.rank"].Count), _ => "arc 0: stored arc 0 is not the graph's"),
        ["shortcut to a missing node"] = (f => f.SetIntAt("h0.to", FirstShortcut(f), f.Arrays["h0.rank"].Count + 1), f => $"shortcut {FirstShortcut(f)}: stored shortcut {FirstShortcut(f)} does not join its children"),
        ["shortcut's cost one ulp off"] = (f => f.SetDoubleAt("h0.weight", FirstShortcut(f), Math.BitIncrement(f.DoubleAt("h0.weight", FirstShortcut(f)))), _ => "is not the sum of its children's"),
        ["shortcut its own child"] = (f => f.SetIntAt("h0.second", LastShortcut(f), LastShortcut(f)), f => $"shortcut {LastShortcut(f)}: its children"),
        ["shortcuts removed"] = (f => RemoveShortcuts(f), _ => "shortcut count: the header says | header's counts need more than the"),
        ["shortcuts removed, header too"] = (f => { RemoveShortcuts(f); f.SetInt("header.h0.shortcutCount", 0); }, _ => "shortcuts are missing or ranked wrong"),
        ["kept way keys count negative"] = (f => f.SetInt("keptWayKeyCount", -2), _ => "kept way keys: a count of -2 is not plausible"),
        ["kept way keys count past the file"] = (f => f.SetInt("keptWayKeyCount", f.Bytes.Length), f => $"kept way keys: a count of {f.Bytes.Length} is not plausible"),
        ["kept way key repeated"] = (f => RepeatKeptKey(f), f => $"kept way keys {SameLengthKeys(f).Second}: the key '{KeptKey(f, SameLengthKeys(f).First)}' is empty or repeated"),
        ["upward search start moved"] = (f => f.SetIntAt("h0.up.start", 1, f.IntAt("h0.up.start", 1) + 1), _ => "hierarchy 'Fastest', search arrays: the stored upward or downward arrays are not"),
        ["downward search arc id changed"] = (f => f.SetIntAt("h0.down.arc", 0, f.IntAt("h0.down.arc", 0) + 1), _ => "hierarchy 'Fastest', search arrays: the stored upward or downward arrays are not"),
        ["downward search weight one ulp off"] = (f => f.SetDoubleAt("h0.down.weight", 0, Math.BitIncrement(f.DoubleAt("h0.down.weight", 0))), _ => "hierarchy 'Fastest', search arrays: the stored upward or downward arrays are not"),
        ["upward search last start not the count"] = (f => f.SetIntAt("h0.up.start", f.Arrays["h0.up.start"].Count - 1, 0), _ => "hierarchy 'Fastest', upward search arrays:"),
        ["downward search arc ids one fewer"] = (f => f.Truncate("h0.down.arc", f.Arrays["h0.down.arc"].Count - 1), _ => "hierarchy 'Fastest', downward search arrays:"),
        ["search entries one fewer than the arcs"] = (f => { foreach (string a in (string[])["h0.up.reach", "h0.up.weight", "h0.up.secondary", "h0.up.arc"]) { f.Truncate(a, f.Arrays[a].Count - 1); } f.SetIntAt("h0.up.start", f.Arrays["h0.up.start"].Count - 1, f.Arrays["h0.up.reach"].Count); }, _ => "hierarchy 'Fastest', search arrays:"),
        ["graph duration changed"] = (f => f.SetDoubleAt("graph.durations", FirstDuration(f), f.DoubleAt("graph.durations", FirstDuration(f)) + 1), f => $"section 'graph, durations': element {FirstDuration(f)} differs from what the profile gives"),
        ["graph large-component flag flipped"] = (f => f.Bytes[f.Arrays["graph.inLargeComponent"].At] ^= 1, _ => "section 'graph, large-component edges': element 0 differs"),
        ["graph leaving edges one fewer"] = (f => f.Truncate("graph.outDirected", f.Arrays["graph.outDirected"].Count - 1), f => $"section 'graph, leaving edges': {f.Arrays["graph.outDirected"].Count - 1} elements where the network needs {f.Arrays["graph.outDirected"].Count}"),
        ["graph edge components one fewer"] = (f => f.Truncate("graph.edgeComponent", f.Arrays["graph.edgeComponent"].Count - 1), f => $"section 'graph, edge components': {f.Arrays["graph.edgeComponent"].Count - 1} elements where the network needs {f.Arrays["graph.edgeComponent"].Count}"),
        ["graph top speed zero"] = (f => f.SetDouble("graph.maxSpeed", 0), _ => "section 'graph': the top speed 0 m/s is not a positive number"),
        ["graph fingerprint not the header's"] = (f => FlipDigit(f, "graph.fingerprint"), _ => "reads this network differently"),
        ["snap index node size changed"] = (f => f.SetInt("snap.nodeSize", 8), _ => "snap index, node size: 8, expected 16"),
        ["snap index segments one fewer"] = (f => f.Truncate("snap.segments", f.Arrays["snap.segments"].Count - 1), f => $"snap index, segments: {f.Arrays["snap.segments"].Count - 1} items, the graph has {f.Arrays["snap.segments"].Count} usable segments"),
        ["snap index segment repeated"] = (f => f.SetIntAt("snap.segments", 1, f.IntAt("snap.segments", 0)), _ => "snap index, segments 1:"),
        ["snap index node box shrunk"] = (f => f.SetDoubleAt("snap.nodeBoxes", f.Arrays["snap.nodeBoxes"].Count - 4, f.DoubleAt("snap.nodeBoxes", f.Arrays["snap.nodeBoxes"].Count - 4) + 0.001), _ => "snap index, node boxes"),
        ["graph decision digest changed"] = (f => FlipDigit(f, "graph.digest"), _ => "reads this network differently"),
        ["bytes after the last hierarchy"] = (f => f.Insert(f.Bytes.Length, new byte[16]), _ => "bytes left after the last hierarchy: the header says 0, the payload holds 16"),
    };

    /// <summary>Damages of the customizable hierarchy section (format 9): for a file saved with one (<c>CustomizableSaving.Prepare</c>).</summary>
    public static readonly IReadOnlyDictionary<string, (Action<SavedFile> Damage, Func<SavedFile, string> Refusal)> CustomizableCases = new Dictionary<string, (Action<SavedFile>, Func<SavedFile, string>)>
    {
        ["customizable ranks with a repeat"] = (f => f.SetIntAt("cch.rank", 1, f.IntAt("cch.rank", 0)), _ => "customizable hierarchy, ranks 1: rank"),
        ["customizable ranks past the node count"] = (f => f.SetIntAt("cch.rank", 0, f.Arrays["cch.rank"].Count), _ => "customizable hierarchy, ranks 0: rank"),
        ["customizable upper neighbour below its node"] = (f => f.SetIntAt("cch.upper", FirstUpper(f, 1).Edge, FirstUpper(f, 1).Node - 1), f => $"customizable hierarchy, chordal upper neighbours {FirstUpper(f, 1).Edge}: node {FirstUpper(f, 1).Node}'s upper neighbour"),
        ["customizable parent not the lowest upper neighbour"] = (f => f.SetIntAt("cch.parent", FirstUpper(f, 2).Node, f.IntAt("cch.upper", FirstUpper(f, 2).Edge + 1)), f => $"customizable hierarchy, elimination tree parents {FirstUpper(f, 2).Node}: node {FirstUpper(f, 2).Node}'s parent"),
        ["customizable not closed under elimination"] = (f => f.SetIntAt("cch.upper", OpenGap(f).Edge, OpenGap(f).Value), _ => "(not closed under elimination)"),
        ["customizable starts not monotone"] = (f => f.SetIntAt("cch.start", FirstUpper(f, 2).Node + 1, f.IntAt("cch.start", FirstUpper(f, 2).Node) - 1), f => $"customizable hierarchy, chordal starts {FirstUpper(f, 2).Node + 1}:"),
        ["customizable arc slot reversed"] = (f => f.SetIntAt("cch.slot", FirstSlot(f), f.IntAt("cch.slot", FirstSlot(f)) ^ 1), f => $"customizable hierarchy, arc slots {FirstSlot(f)}: slot"),
        ["customizable tree height wrong, header too"] = (f => { f.SetInt("cch.treeHeight", f.Int("cch.treeHeight") + 1); f.SetInt("header.cch.treeHeight", f.Int("header.cch.treeHeight") + 1); }, _ => "customizable hierarchy, tree height of the parents: the header says"),
        ["customizable tree height not the header's"] = (f => f.SetInt("cch.treeHeight", f.Int("cch.treeHeight") + 1), _ => "customizable hierarchy, tree height: the header says"),
        ["customizable header node count one more"] = (f => f.SetInt("header.cch.nodeCount", f.Int("header.cch.nodeCount") + 1), _ => "customizable hierarchy, node count of the graph: the header says"),
        ["customizable header chordal edge count one more"] = (f => f.SetInt("header.cch.chordalEdgeCount", f.Int("header.cch.chordalEdgeCount") + 1), _ => "customizable hierarchy, chordal upper neighbours' length (chordal edge count): the header says"),
        ["customizable header kind not the payload's"] = (f => f.SetInt("header.cch.kind", 1 - f.Int("header.cch.kind")), _ => "customizable hierarchy, kind: the header says"),
        ["customizable header count 2"] = (f => f.SetInt("header.customizableCount", 2), _ => "its header's customizable hierarchy count is 2 (0 or 1 expected)"),
        ["customizable ranks one fewer"] = (f => f.Truncate("cch.rank", f.Arrays["cch.rank"].Count - 1), _ => "customizable hierarchy, ranks' length"),
        ["customizable upper neighbours one fewer"] = (f => f.Truncate("cch.upper", f.Arrays["cch.upper"].Count - 1), _ => "customizable hierarchy, chordal upper neighbours' length (chordal edge count): the header says"),
        ["customizable arc slots one fewer"] = (f => f.Truncate("cch.slot", f.Arrays["cch.slot"].Count - 1), _ => "customizable hierarchy, arc slots' length"),
        ["customizable last start not the edge count"] = (f => f.SetIntAt("cch.start", f.Arrays["cch.start"].Count - 1, 0), f => $"customizable hierarchy, chordal starts {f.Arrays["cch.start"].Count - 1} (the edge count)"),
    };

    /// <summary>The first node with at least <paramref name="count"/> upper neighbours, and its first edge.</summary>
    public static (int Node, int Edge) FirstUpper(SavedFile f, int count)
    {
        for (int r = 0; r + 1 < f.Arrays["cch.start"].Count; r++)
        {
            if (f.IntAt("cch.start", r + 1) - f.IntAt("cch.start", r) >= count)
            {
                return (r, f.IntAt("cch.start", r));
            }
        }

        throw new InvalidOperationException($"No node has {count} upper neighbours.");
    }

    /// <summary>
    /// An edge (not a node's first) and a value strictly between its neighbours in the node's list that is not among the
    /// parent's upper neighbours: written there, the list stays rising but the supergraph is no longer closed under elimination.
    /// </summary>
    public static (int Node, int Edge, int Value) OpenGap(SavedFile f)
    {
        int nodes = f.Arrays["cch.rank"].Count;
        for (int r = 0; r < nodes; r++)
        {
            int start = f.IntAt("cch.start", r), end = f.IntAt("cch.start", r + 1);
            if (end - start < 2)
            {
                continue;
            }

            int parent = f.IntAt("cch.upper", start);
            var ofParent = Enumerable.Range(f.IntAt("cch.start", parent), f.IntAt("cch.start", parent + 1) - f.IntAt("cch.start", parent)).Select(e => f.IntAt("cch.upper", e)).ToHashSet();
            for (int e = start + 1; e < end; e++)
            {
                int below = f.IntAt("cch.upper", e - 1), above = e + 1 < end ? f.IntAt("cch.upper", e + 1) : nodes;
                for (int v = below + 1; v < above; v++)
                {
                    if (v != f.IntAt("cch.upper", e) && !ofParent.Contains(v))
                    {
                        return (r, e, v);
                    }
                }
            }
        }

        throw new InvalidOperationException("No upper neighbour can be moved out of its parent's list.");
    }

    /// <summary>The first original arc that is not a loop (its slot is an edge's).</summary>
    public static int FirstSlot(SavedFile f) =>
        Enumerable.Range(0, f.Arrays["cch.slot"].Count).First(a => f.IntAt("cch.slot", a) >= 0);

    /// <summary>The way keys the damage tests' networks keep (two of the same length, for "kept way key repeated").</summary>
    public static IReadOnlySet<string> KeptWayKeys { get; } = new HashSet<string>(["access", "highway", "lit", "oneway"]);

    /// <summary>
    /// The damage tests' network: a random grid with shortcuts, a barrier (tagged vertex), a way with interior points, and a
    /// turn restriction that binds cars (a turn hierarchy) but not walkers (a junction hierarchy).
    /// </summary>
    public static RoadNetwork Network()
    {
        var tiny = new TinyNetwork(KeptWayKeys);
        tiny.RandomGrid(new Random(3), 8);
        tiny.NodeTags(2, 2, "barrier=gate access=no");
        tiny.Way("highway=residential", (7, 0), (9, 0), (9, 3), (7, 3));
        long a = tiny.Way("highway=residential", (0, 7), (0, 8));
        long b = tiny.Way("highway=residential", (0, 8), (1, 8));
        tiny.Way("highway=residential", (0, 8), (0, 9));
        tiny.Restriction(a, (0, 8), b, "restriction=no_right_turn");
        return tiny.Build();
    }

    /// <summary>The refusal's expected words, worked out on the file before it is damaged.</summary>
    public static string[] Apply(SavedFile file, string damage)
    {
        (Action<SavedFile> apply, Func<SavedFile, string> refusal) = Cases[damage];
        string[] expected = refusal(file).Split(" | ");
        apply(file);
        return expected;
    }

    /// <summary>Whether <paramref name="reason"/> contains one of the expected refusals.</summary>
    public static bool Names(string reason, string[] expected) => expected.Any(e => reason.Contains(e, StringComparison.Ordinal));

    /// <summary>The first point that is neither end of its edge.</summary>
    public static int InteriorPoint(SavedFile f)
    {
        for (int e = 0; e + 1 < f.Arrays["edgeGeometryStart"].Count; e++)
        {
            if (f.IntAt("edgeGeometryStart", e + 1) - f.IntAt("edgeGeometryStart", e) >= 3)
            {
                return f.IntAt("edgeGeometryStart", e) + 1;
            }
        }

        throw new InvalidOperationException("The network has no edge with an interior point.");
    }

    public static int FirstShortcut(SavedFile f) => ShortcutOrThrow(f, f.Int("h0.originalArcCount"));

    public static int LastShortcut(SavedFile f) => ShortcutOrThrow(f, f.Arrays["h0.first"].Count - 1);

    private static int ShortcutOrThrow(SavedFile f, int arc) =>
        arc >= f.Int("h0.originalArcCount") && arc < f.Arrays["h0.first"].Count ? arc : throw new InvalidOperationException("The hierarchy has no shortcut.");

    /// <summary>Two kept keys whose strings have the same length, so one can be written over the other in place.</summary>
    public static (int First, int Second) SameLengthKeys(SavedFile f)
    {
        int count = f.Int("keptWayKeyCount");
        for (int i = 0; i < count; i++)
        {
            for (int k = i + 1; k < count; k++)
            {
                if (KeptKey(f, i).Length == KeptKey(f, k).Length)
                {
                    return (i, k);
                }
            }
        }

        throw new InvalidOperationException("The network keeps no two way keys of the same length.");
    }

    /// <summary>Kept way key <paramref name="i"/> as the file holds it (a one-byte length, then UTF-8).</summary>
    public static string KeptKey(SavedFile f, int i)
    {
        int at = f.Fields[$"keptWayKey{i}"];
        return System.Text.Encoding.UTF8.GetString(f.Bytes, at + 1, f.Bytes[at]);
    }

    private static void RepeatKeptKey(SavedFile f)
    {
        (int first, int second) = SameLengthKeys(f);
        int from = f.Fields[$"keptWayKey{first}"], to = f.Fields[$"keptWayKey{second}"];
        f.Bytes.AsSpan(from, 1 + f.Bytes[from]).CopyTo(f.Bytes.AsSpan(to));
    }

    private static void FlipFingerprintDigit(SavedFile f) => FlipDigit(f, "header.fingerprint");

    // A hexadecimal string field: its first digit (after the length byte) changed.
    private static void FlipDigit(SavedFile f, string field)
    {
        int at = f.Fields[field] + 1;
        f.Bytes[at] = f.Bytes[at] == (byte)'A' ? (byte)'B' : (byte)'A';
    }

    // The first directed edge with a travel time (the grid's edges are all usable, but the first may be a barrier's).
    private static int FirstDuration(SavedFile f) => Enumerable.Range(0, f.Arrays["graph.durations"].Count).First(d => f.DoubleAt("graph.durations", d) > 0);

    private static void ReverseRanks(SavedFile f)
    {
        int nodes = f.Arrays["h0.rank"].Count;
        for (int v = 0; v < nodes; v++)
        {
            f.SetIntAt("h0.rank", v, nodes - 1 - f.IntAt("h0.rank", v));
        }
    }

    private static void RemoveShortcuts(SavedFile f)
    {
        int original = f.Int("h0.originalArcCount");
        foreach (string array in (string[])["h0.second", "h0.first", "h0.secondary", "h0.weight", "h0.to", "h0.from"])
        {
            f.Truncate(array, original);
        }
    }

    private static int VertexOffEdges(SavedFile f, int a, int b)
    {
        int[] ends = [f.IntAt("edgeFrom", a), f.IntAt("edgeTo", a), f.IntAt("edgeFrom", b), f.IntAt("edgeTo", b)];
        return Enumerable.Range(0, f.Arrays["vertexLat"].Count).First(v => !ends.Contains(v));
    }
}
