using Routes.Geo.Storage;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Routing;

/// <summary>
/// A static packed Hilbert R-tree over the boxes of a profile's usable segments (segment k joins points k and k + 1):
/// the segments sorted by the Hilbert value of their box centre, <see cref="NodeSize"/> children per node, node boxes
/// level by level bottom-up, all in flat columns that a saved file can hold and several processes view in place.
/// A segment's own box is not stored: it is read from the network's points.
/// </summary>
internal sealed class PackedSegmentIndex
{
    /// <summary>Children per node (and segments per leaf node).</summary>
    public const int NodeSize = 16;

    // A traversal's stack holds at most NodeSize - 1 siblings per level below the root, plus one.
    private const int MaxLevels = 9;

    private const int HilbertMax = (1 << 16) - 1;

    private readonly Column<double> _pointLat, _pointLon;

    // Per level of nodes (1 = parents of segments .. the root's level), where its nodes start in NodeBoxes, then the end.
    private readonly int[] _levelStart;

    private PackedSegmentIndex(RoadNetwork network, Column<int> segments, Column<double> nodeBoxes)
    {
        _pointLat = network.PointLat;
        _pointLon = network.PointLon;
        Segments = segments;
        NodeBoxes = nodeBoxes;
        _levelStart = LevelStarts(segments.Length);
    }

    /// <summary>The segments (first point index) in Hilbert order of their box centres, ties by lower id.</summary>
    internal Column<int> Segments { get; }

    /// <summary>Four per node (west, south, east, north; degrees), the nodes of level 1 first, the root last.</summary>
    internal Column<double> NodeBoxes { get; }

    public int Count => Segments.Length;

    /// <summary>Builds the index over the usable segments of <paramref name="graph"/>; the same graph gives the same columns.</summary>
    public static PackedSegmentIndex Build(RoutingGraph graph)
    {
        RoadNetwork network = graph.Network;
        int count = UsableSegmentCount(graph);
        int[] ids = GC.AllocateUninitializedArray<int>(count, pinned: true);
        double minX = double.PositiveInfinity, minY = double.PositiveInfinity, maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
        int n = 0;
        for (int e = 0; e < network.EdgeCount; e++)
        {
            if (!graph.IsUsable(e))
            {
                continue;
            }

            for (int k = network.EdgeGeometryStart[e], end = network.EdgeGeometryStart[e + 1] - 1; k < end; k++, n++)
            {
                ids[n] = k;
                double x = (network.PointLon[k] + network.PointLon[k + 1]) / 2, y = (network.PointLat[k] + network.PointLat[k + 1]) / 2;
                (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
            }
        }

        uint[] hilbert = GC.AllocateUninitializedArray<uint>(count);
        double scaleX = maxX > minX ? HilbertMax / (maxX - minX) : 0, scaleY = maxY > minY ? HilbertMax / (maxY - minY) : 0;
        for (int i = 0; i < count; i++)
        {
            int k = ids[i];
            double x = (network.PointLon[k] + network.PointLon[k + 1]) / 2, y = (network.PointLat[k] + network.PointLat[k + 1]) / 2;
            hilbert[i] = Hilbert((uint)Math.Min((x - minX) * scaleX, HilbertMax), (uint)Math.Min((y - minY) * scaleY, HilbertMax));
        }

        SortByKey(hilbert, ids);
        return new PackedSegmentIndex(network, Column<int>.OverPinned(ids), Column<double>.OverPinned(ComputeNodeBoxes(network, ids, LevelStarts(count))));
    }

    /// <summary>Number of segments of the edges <paramref name="graph"/> may use: the length of <see cref="Segments"/>.</summary>
    public static int UsableSegmentCount(RoutingGraph graph)
    {
        Column<int> start = graph.Network.EdgeGeometryStart;
        int count = 0;
        for (int e = 0; e < graph.Network.EdgeCount; e++)
        {
            count += graph.IsUsable(e) ? start[e + 1] - start[e] - 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Calls <paramref name="visitor"/> once for every segment whose box meets the closed box (degrees; west ≤ east, no
    /// wrap), in no particular order. Allocates nothing: the traversal's stack is on the stack.
    /// </summary>
    public void Query<TVisitor>(double west, double south, double east, double north, ref TVisitor visitor)
        where TVisitor : struct, ISegmentVisitor
    {
        if (Count == 0 || !NodeMeets(NodeBoxes.Length / 4 - 1, west, south, east, north))
        {
            return;
        }

        // Entries are (level, node index within NodeBoxes), pushed once their box meets the query.
        Span<int> stack = stackalloc int[2 * ((MaxLevels * (NodeSize - 1)) + 1)];
        int top = 0;
        stack[top++] = _levelStart.Length - 1;
        stack[top++] = NodeBoxes.Length / 4 - 1;
        while (top > 0)
        {
            int node = stack[--top], level = stack[--top];
            int local = node - _levelStart[level - 1];
            if (level == 1)
            {
                for (int i = local * NodeSize, end = Math.Min(i + NodeSize, Count); i < end; i++)
                {
                    int k = Segments[i];
                    double lon0 = _pointLon[k], lon1 = _pointLon[k + 1], lat0 = _pointLat[k], lat1 = _pointLat[k + 1];
                    if (!(Math.Min(lon0, lon1) > east || Math.Max(lon0, lon1) < west || Math.Min(lat0, lat1) > north || Math.Max(lat0, lat1) < south))
                    {
                        visitor.Visit(k);
                    }
                }

                continue;
            }

            int childStart = _levelStart[level - 2], childEnd = _levelStart[level - 1];
            for (int c = childStart + (local * NodeSize), end = Math.Min(c + NodeSize, childEnd); c < end; c++)
            {
                if (NodeMeets(c, west, south, east, north))
                {
                    stack[top++] = level - 1;
                    stack[top++] = c;
                }
            }
        }
    }

    /// <summary>Writes <see cref="NodeSize"/>, <see cref="Segments"/> and <see cref="NodeBoxes"/> (each array aligned for mapping).</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(NodeSize);
        BinaryArrays.Write(writer, Segments);
        BinaryArrays.Write(writer, NodeBoxes);
    }

    /// <summary>
    /// Reads what <see cref="Write"/> wrote for <paramref name="graph"/>'s usable segments (viewed in place from a mapped file).
    /// The lengths are always checked against the graph; with <paramref name="full"/>, every element too: each id is a usable
    /// segment, listed once, and each node box is the union of its children's, as a build computes it.
    /// </summary>
    /// <exception cref="InvalidDataException">A length or (with <paramref name="full"/>) an element disagrees; the message names the array and index.</exception>
    /// <exception cref="EndOfStreamException">An array runs past the end of the file; the message names the section.</exception>
    internal static PackedSegmentIndex Read(BinaryReader reader, RoutingGraph graph, bool full)
    {
        int nodeSize = reader.ReadInt32();
        if (nodeSize != NodeSize)
        {
            throw new InvalidDataException($"snap index, node size: {nodeSize}, expected {NodeSize}.");
        }

        Column<int> segments = BinaryArrays.ReadSection<int>(reader, "snap index, segments");
        Column<double> boxes = BinaryArrays.ReadSection<double>(reader, "snap index, node boxes");
        int expected = UsableSegmentCount(graph);
        if (segments.Length != expected)
        {
            throw new InvalidDataException($"snap index, segments: {segments.Length} items, the graph has {expected} usable segments.");
        }

        int[] levels = LevelStarts(expected);
        if (boxes.Length != 4 * levels[^1])
        {
            throw new InvalidDataException($"snap index, node boxes: {boxes.Length} values, {expected} segments need {4 * levels[^1]}.");
        }

        if (full)
        {
            VerifySegments(graph, segments);
            VerifyNodeBoxes(graph.Network, segments, boxes, levels);
        }

        return new PackedSegmentIndex(graph.Network, segments, boxes);
    }

    private static void VerifySegments(RoutingGraph graph, Column<int> segments)
    {
        Column<int> start = graph.Network.EdgeGeometryStart;
        int points = graph.Network.PointLat.Length;
        var seen = new bool[points];
        for (int i = 0; i < segments.Length; i++)
        {
            int k = segments[i];
            if (k < 0 || k >= points - 1)
            {
                throw new InvalidDataException($"snap index, segments {i}: point {k} is outside the network's {points} points.");
            }

            int edge = start.AsSpan().BinarySearch(k);
            edge = edge >= 0 ? edge : ~edge - 1;
            if (edge >= graph.Network.EdgeCount || k >= start[edge + 1] - 1 || !graph.IsUsable(edge))
            {
                throw new InvalidDataException($"snap index, segments {i}: point {k} starts no segment of a usable edge.");
            }

            if (seen[k])
            {
                throw new InvalidDataException($"snap index, segments {i}: segment {k} is listed twice.");
            }

            seen[k] = true;
        }
    }

    private static void VerifyNodeBoxes(RoadNetwork network, Column<int> segments, Column<double> boxes, int[] levels)
    {
        double[] rebuilt = ComputeNodeBoxes(network, segments.AsSpan(), levels);
        for (int i = 0; i < rebuilt.Length; i++)
        {
            if (!rebuilt[i].Equals(boxes[i]))
            {
                throw new InvalidDataException($"snap index, node boxes {i}: {boxes[i]} is not the union of node {i / 4}'s children ({rebuilt[i]}).");
            }
        }
    }


    private bool NodeMeets(int node, double west, double south, double east, double north) =>
        !(NodeBoxes[4 * node] > east || NodeBoxes[(4 * node) + 2] < west || NodeBoxes[(4 * node) + 1] > north || NodeBoxes[(4 * node) + 3] < south);

    // levelStart[L - 1] is where level L's nodes start; the last entry is the node count. One level at least when there are segments.
    private static int[] LevelStarts(int count)
    {
        if (count == 0)
        {
            return [0];
        }

        List<int> starts = [0];
        int nodes = count;
        do
        {
            nodes = (nodes + NodeSize - 1) / NodeSize;
            starts.Add(starts[^1] + nodes);
        }
        while (nodes > 1);
        return [.. starts];
    }

    private static double[] ComputeNodeBoxes(RoadNetwork network, ReadOnlySpan<int> segments, int[] levelStart)
    {
        double[] boxes = GC.AllocateUninitializedArray<double>(4 * levelStart[^1], pinned: true);
        for (int node = 0; levelStart.Length > 1 && node < levelStart[1]; node++)
        {
            double west = double.PositiveInfinity, south = double.PositiveInfinity, east = double.NegativeInfinity, north = double.NegativeInfinity;
            for (int i = node * NodeSize, end = Math.Min(i + NodeSize, segments.Length); i < end; i++)
            {
                int k = segments[i];
                double lon0 = network.PointLon[k], lon1 = network.PointLon[k + 1], lat0 = network.PointLat[k], lat1 = network.PointLat[k + 1];
                west = Math.Min(west, Math.Min(lon0, lon1));
                east = Math.Max(east, Math.Max(lon0, lon1));
                south = Math.Min(south, Math.Min(lat0, lat1));
                north = Math.Max(north, Math.Max(lat0, lat1));
            }

            (boxes[4 * node], boxes[(4 * node) + 1], boxes[(4 * node) + 2], boxes[(4 * node) + 3]) = (west, south, east, north);
        }

        for (int level = 2; level < levelStart.Length; level++)
        {
            int childStart = levelStart[level - 2], childEnd = levelStart[level - 1];
            for (int node = levelStart[level - 1]; node < levelStart[level]; node++)
            {
                double west = double.PositiveInfinity, south = double.PositiveInfinity, east = double.NegativeInfinity, north = double.NegativeInfinity;
                for (int c = childStart + ((node - levelStart[level - 1]) * NodeSize), end = Math.Min(c + NodeSize, childEnd); c < end; c++)
                {
                    west = Math.Min(west, boxes[4 * c]);
                    south = Math.Min(south, boxes[(4 * c) + 1]);
                    east = Math.Max(east, boxes[(4 * c) + 2]);
                    north = Math.Max(north, boxes[(4 * c) + 3]);
                }

                (boxes[4 * node], boxes[(4 * node) + 1], boxes[(4 * node) + 2], boxes[(4 * node) + 3]) = (west, south, east, north);
            }
        }

        return boxes;
    }

    // Stable LSD radix sort of `ids` by `keys`, four 8-bit passes: equal keys keep their (increasing id) order.
    private static void SortByKey(uint[] keys, int[] ids)
    {
        uint[] keysOut = GC.AllocateUninitializedArray<uint>(keys.Length);
        int[] idsOut = GC.AllocateUninitializedArray<int>(ids.Length);
        var counts = new int[1 << 8];
        (uint[] fromKeys, int[] fromIds, uint[] toKeys, int[] toIds) = (keys, ids, keysOut, idsOut);
        for (int shift = 0; shift < 32; shift += 8)
        {
            Array.Clear(counts);
            foreach (uint key in fromKeys)
            {
                counts[(key >> shift) & 0xFF]++;
            }

            for (int b = 0, sum = 0; b < counts.Length; b++)
            {
                (counts[b], sum) = (sum, sum + counts[b]);
            }

            for (int i = 0; i < fromKeys.Length; i++)
            {
                int at = counts[(fromKeys[i] >> shift) & 0xFF]++;
                (toKeys[at], toIds[at]) = (fromKeys[i], fromIds[i]);
            }

            (fromKeys, fromIds, toKeys, toIds) = (toKeys, toIds, fromKeys, fromIds);
        }

        // An even number of passes leaves the sorted order back in `keys` and `ids`.
    }

    // The Hilbert curve index of (x, y) on a 2^16 grid (Flatbush's, after "Fast Hilbert curve generation" by rawrunprotected).
    private static uint Hilbert(uint x, uint y)
    {
        uint a = x ^ y;
        uint b = 0xFFFF ^ a;
        uint c = 0xFFFF ^ (x | y);
        uint d = x & (y ^ 0xFFFF);

        uint aa = a | (b >> 1);
        uint bb = (a >> 1) ^ a;
        uint cc = ((c >> 1) ^ (b & (d >> 1))) ^ c;
        uint dd = ((a & (c >> 1)) ^ (d >> 1)) ^ d;

        a = aa; b = bb; c = cc; d = dd;
        aa = (a & (a >> 2)) ^ (b & (b >> 2));
        bb = (a & (b >> 2)) ^ (b & ((a ^ b) >> 2));
        cc ^= (a & (c >> 2)) ^ (b & (d >> 2));
        dd ^= (b & (c >> 2)) ^ ((a ^ b) & (d >> 2));

        a = aa; b = bb; c = cc; d = dd;
        aa = (a & (a >> 4)) ^ (b & (b >> 4));
        bb = (a & (b >> 4)) ^ (b & ((a ^ b) >> 4));
        cc ^= (a & (c >> 4)) ^ (b & (d >> 4));
        dd ^= (b & (c >> 4)) ^ ((a ^ b) & (d >> 4));

        a = aa; b = bb; c = cc; d = dd;
        cc ^= (a & (c >> 8)) ^ (b & (d >> 8));
        dd ^= (b & (c >> 8)) ^ ((a ^ b) & (d >> 8));

        a = cc ^ (cc >> 1);
        b = dd ^ (dd >> 1);

        uint i0 = x ^ y;
        uint i1 = b | (0xFFFF ^ (i0 | a));

        i0 = (i0 | (i0 << 8)) & 0x00FF00FF;
        i0 = (i0 | (i0 << 4)) & 0x0F0F0F0F;
        i0 = (i0 | (i0 << 2)) & 0x33333333;
        i0 = (i0 | (i0 << 1)) & 0x55555555;

        i1 = (i1 | (i1 << 8)) & 0x00FF00FF;
        i1 = (i1 | (i1 << 4)) & 0x0F0F0F0F;
        i1 = (i1 | (i1 << 2)) & 0x33333333;
        i1 = (i1 | (i1 << 1)) & 0x55555555;

        return (i1 << 1) | i0;
    }
}

/// <summary>What <see cref="PackedSegmentIndex.Query"/> calls for each segment found (a struct, so no call allocates).</summary>
internal interface ISegmentVisitor
{
    void Visit(int segment);
}
