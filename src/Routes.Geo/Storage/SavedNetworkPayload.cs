using Routes.Geo.Network;
using Routes.Geo.Routing;
using Routes.Geo.Routing.Contraction;

namespace Routes.Geo.Storage;

/// <summary>The body of a saved network: the network's arrays, then each hierarchy's ranks and arcs.</summary>
internal static class SavedNetworkPayload
{
    public static void WriteNetwork(BinaryWriter writer, RoadNetwork network)
    {
        writer.Write(network.Source);
        BinaryArrays.Write(writer, network.VertexLat);
        BinaryArrays.Write(writer, network.VertexLon);
        BinaryArrays.Write(writer, network.VertexOsmId);
        writer.Write(network.VertexTags.Count);
        foreach ((int vertex, IReadOnlyDictionary<string, string> tags) in network.VertexTags.OrderBy(t => t.Key))
        {
            writer.Write(vertex);
            BinaryArrays.WriteTags(writer, tags);
        }

        BinaryArrays.Write(writer, network.EdgeFrom);
        BinaryArrays.Write(writer, network.EdgeTo);
        BinaryArrays.Write(writer, network.EdgeWay);
        BinaryArrays.Write(writer, network.EdgeGeometryStart);
        BinaryArrays.Write(writer, network.PointLat);
        BinaryArrays.Write(writer, network.PointLon);
        BinaryArrays.Write(writer, network.PointOffsetMetres);
        writer.Write(network.Ways.Length);
        foreach (WayRecord way in network.Ways)
        {
            writer.Write(way.Id);
            writer.Write(way.LengthMetres);
            BinaryArrays.WriteTags(writer, way.Tags);
        }

        writer.Write(network.Restrictions.Length);
        foreach (TurnRestriction r in network.Restrictions)
        {
            writer.Write(r.FromEdge);
            writer.Write(r.ViaVertex);
            writer.Write(r.ToEdge);
            writer.Write(r.RelationId);
            BinaryArrays.WriteTags(writer, r.Tags);
        }

        NetworkStatistics s = network.Statistics;
        foreach (int value in (int[])[s.WaysAdded, s.WayPiecesKept, s.MissingNodeReferences, s.TurnRestrictionsAdded, s.TurnRestrictionsDropped, s.UnreadableTagValues])
        {
            writer.Write(value);
        }
    }

    public static RoadNetwork ReadNetwork(BinaryReader reader)
    {
        var tags = new TagTable();
        string source = reader.ReadString();
        double[] vertexLat = BinaryArrays.Read<double>(reader), vertexLon = BinaryArrays.Read<double>(reader);
        long[] vertexOsm = BinaryArrays.Read<long>(reader);
        int taggedVertices = reader.ReadInt32();
        var vertexTags = new Dictionary<int, IReadOnlyDictionary<string, string>>();
        for (int i = 0; i < taggedVertices; i++)
        {
            vertexTags[reader.ReadInt32()] = tags.Intern(BinaryArrays.ReadTags(reader));
        }

        int[] edgeFrom = BinaryArrays.Read<int>(reader), edgeTo = BinaryArrays.Read<int>(reader);
        int[] edgeWay = BinaryArrays.Read<int>(reader), geometryStart = BinaryArrays.Read<int>(reader);
        double[] pointLat = BinaryArrays.Read<double>(reader), pointLon = BinaryArrays.Read<double>(reader);
        double[] pointOffset = BinaryArrays.Read<double>(reader);
        var ways = new WayRecord[Count(reader)];
        for (int i = 0; i < ways.Length; i++)
        {
            long id = reader.ReadInt64();
            double length = reader.ReadDouble();
            ways[i] = new WayRecord(id, tags.Intern(BinaryArrays.ReadTags(reader)), length);
        }

        var restrictions = new TurnRestriction[Count(reader)];
        for (int i = 0; i < restrictions.Length; i++)
        {
            restrictions[i] = new TurnRestriction(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt64(), tags.Intern(BinaryArrays.ReadTags(reader)));
        }

        var statistics = new NetworkStatistics(reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32(), reader.ReadInt32());
        Check(vertexLat.Length == vertexLon.Length && vertexLat.Length == vertexOsm.Length, "vertex arrays differ in length");
        Check(edgeFrom.Length == edgeTo.Length && edgeFrom.Length == edgeWay.Length && geometryStart.Length == edgeFrom.Length + 1, "edge arrays differ in length");
        Check(pointLat.Length == pointLon.Length && pointLat.Length == pointOffset.Length && geometryStart[^1] == pointLat.Length, "point arrays do not match the edges");
        Check(edgeFrom.All(v => (uint)v < (uint)vertexLat.Length) && edgeTo.All(v => (uint)v < (uint)vertexLat.Length), "an edge names a vertex that does not exist");
        Check(edgeWay.All(w => (uint)w < (uint)ways.Length), "an edge names a way that does not exist");
        // The builder splits closed ways, and the searches' U-turn rule assumes it: an edge never ends where it starts.
        Check(!edgeFrom.Where((from, e) => from == edgeTo[e]).Any(), "an edge starts and ends at the same vertex");
        Check(restrictions.All(r => (uint)r.FromEdge < (uint)edgeFrom.Length && (uint)r.ToEdge < (uint)edgeFrom.Length && (uint)r.ViaVertex < (uint)vertexLat.Length), "a restriction names an edge or vertex that does not exist");
        return new RoadNetwork(source, vertexLat, vertexLon, vertexOsm, vertexTags, edgeFrom, edgeTo, edgeWay, geometryStart,
            pointLat, pointLon, pointOffset, ways, restrictions, statistics);
    }

    public static void WriteHierarchy(BinaryWriter writer, ContractionHierarchy ch)
    {
        writer.Write((int)ch.Metric);
        writer.Write((int)ch.Kind);
        writer.Write(ch.OriginalArcCount);
        BinaryArrays.Write(writer, ch.Rank);
        (int[] from, int[] to, double[] weight, double[] secondary, int[] first, int[] second) = ch.Arcs.ToArrays();
        BinaryArrays.Write(writer, from);
        BinaryArrays.Write(writer, to);
        BinaryArrays.Write(writer, weight);
        BinaryArrays.Write(writer, secondary);
        BinaryArrays.Write(writer, first);
        BinaryArrays.Write(writer, second);
    }

    public static ContractionHierarchy ReadHierarchy(BinaryReader reader, RoutingGraph graph)
    {
        var metric = (RouteMetric)reader.ReadInt32();
        Check(Enum.IsDefined(metric), $"unknown metric {(int)metric}");
        var kind = (HierarchyKind)reader.ReadInt32();
        int original = reader.ReadInt32();
        int[] rank = BinaryArrays.Read<int>(reader);
        ArcList arcs = ArcList.FromArrays(
            BinaryArrays.Read<int>(reader), BinaryArrays.Read<int>(reader), BinaryArrays.Read<double>(reader),
            BinaryArrays.Read<double>(reader), BinaryArrays.Read<int>(reader), BinaryArrays.Read<int>(reader));
        return ContractionHierarchy.FromStored(graph, metric, kind, arcs, rank, original);
    }

    private static int Count(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        Check(count >= 0 && count <= reader.BaseStream.Length - reader.BaseStream.Position, $"a count of {count} is not plausible");
        return count;
    }

    private static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException(problem);
        }
    }
}
