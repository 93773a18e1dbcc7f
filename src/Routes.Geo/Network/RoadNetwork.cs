using Routes.Geo.Network;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo;

/// <summary>
/// An immutable road network: junctions (vertices) joined by edges that follow the ways' geometry,
/// each edge with its length on the WGS84 ellipsoid and its way's tags. Build one with
/// <see cref="RoadNetworkBuilder"/> or an importer (GeoJSON, OpenStreetMap PBF); route on it with a
/// <see cref="Router"/>. It knows nothing of profiles or routing. Safe to share between threads.
/// </summary>
public sealed partial class RoadNetwork
{
    internal RoadNetwork(
        string source,
        double[] vertexLat,
        double[] vertexLon,
        long[] vertexOsmId,
        Dictionary<int, IReadOnlyDictionary<string, string>> vertexTags,
        int[] edgeFrom,
        int[] edgeTo,
        int[] edgeWay,
        int[] edgeGeometryStart,
        double[] pointLat,
        double[] pointLon,
        double[] pointOffsetMetres,
        WayRecord[] ways,
        TurnRestriction[] restrictions,
        NetworkStatistics statistics)
        : this(source, Column<double>.Pin(vertexLat), Column<double>.Pin(vertexLon), Column<long>.Pin(vertexOsmId), vertexTags,
            Column<int>.Pin(edgeFrom), Column<int>.Pin(edgeTo), Column<int>.Pin(edgeWay), Column<int>.Pin(edgeGeometryStart),
            Column<double>.Pin(pointLat), Column<double>.Pin(pointLon), Column<double>.Pin(pointOffsetMetres), ways, restrictions, statistics)
    {
    }

    // The columns either live on the pinned heap or are views into a memory-mapped saved network.
    internal RoadNetwork(
        string source,
        Column<double> vertexLat,
        Column<double> vertexLon,
        Column<long> vertexOsmId,
        Dictionary<int, IReadOnlyDictionary<string, string>> vertexTags,
        Column<int> edgeFrom,
        Column<int> edgeTo,
        Column<int> edgeWay,
        Column<int> edgeGeometryStart,
        Column<double> pointLat,
        Column<double> pointLon,
        Column<double> pointOffsetMetres,
        WayRecord[] ways,
        TurnRestriction[] restrictions,
        NetworkStatistics statistics)
    {
        Statistics = statistics;
        Source = source;
        VertexLat = vertexLat;
        VertexLon = vertexLon;
        VertexOsmId = vertexOsmId;
        VertexTags = vertexTags;
        EdgeFrom = edgeFrom;
        EdgeTo = edgeTo;
        EdgeWay = edgeWay;
        EdgeGeometryStart = edgeGeometryStart;
        PointLat = pointLat;
        PointLon = pointLon;
        PointOffsetMetres = pointOffsetMetres;
        Ways = ways;
        Restrictions = restrictions;
    }

    /// <summary>Where the network came from (a file name), for messages and exported metadata.</summary>
    public string Source { get; }

    /// <summary>
    /// The way tag keys the import kept (<see cref="WayTagKeys"/>): a way's other tags were dropped. Null when every tag of
    /// the source was kept (GeoJSON, a builder without <see cref="RoadNetworkBuilder.KeptWayKeys"/>) or is not known (a saved network).
    /// </summary>
    public IReadOnlySet<string>? KeptWayKeys { get; internal init; }

    /// <summary>Each distinct way tag set, in the order the ways first use it, when a saved network listed them (else null: derive from <see cref="Ways"/>).</summary>
    internal IReadOnlyList<IReadOnlyDictionary<string, string>>? DistinctWayTagSets { get; init; }

    /// <summary>What the build kept and dropped (missing nodes, restrictions that did not resolve).</summary>
    public NetworkStatistics Statistics { get; }

    /// <summary>Number of vertices (junctions, way ends and barrier nodes).</summary>
    public int VertexCount => VertexLat.Length;

    /// <summary>Number of edges (way pieces between two vertices).</summary>
    public int EdgeCount => EdgeFrom.Length;

    /// <summary>Number of ways the edges came from.</summary>
    public int WayCount => Ways.Length;

    /// <summary>Number of turn restrictions the network carries (before any profile decides whether they bind it).</summary>
    public int TurnRestrictionCount => Restrictions.Length;

    /// <summary>Total length of all edges in metres (each edge counted once).</summary>
    public double TotalLengthMetres => Enumerable.Range(0, EdgeCount).Sum(EdgeLengthMetres);

    internal Column<double> VertexLat { get; }

    internal Column<double> VertexLon { get; }

    internal Column<long> VertexOsmId { get; }

    internal Dictionary<int, IReadOnlyDictionary<string, string>> VertexTags { get; }

    internal Column<int> EdgeFrom { get; }

    internal Column<int> EdgeTo { get; }

    internal Column<int> EdgeWay { get; }

    /// <summary>Edge e's polyline is points EdgeGeometryStart[e] .. EdgeGeometryStart[e+1]-1, both ends included.</summary>
    internal Column<int> EdgeGeometryStart { get; }

    internal Column<double> PointLat { get; }

    internal Column<double> PointLon { get; }

    /// <summary>Distance of each polyline point from its edge's start, metres on the ellipsoid.</summary>
    internal Column<double> PointOffsetMetres { get; }

    internal WayRecord[] Ways { get; }

    internal TurnRestriction[] Restrictions { get; }

    /// <summary>The position of vertex <paramref name="vertex"/>.</summary>
    public GeoPoint GetVertex(int vertex) => new(VertexLat[vertex], VertexLon[vertex]);

    /// <summary>Length of edge <paramref name="edge"/> in metres, measured on the WGS84 ellipsoid.</summary>
    public double EdgeLengthMetres(int edge) => PointOffsetMetres[EdgeGeometryStart[edge + 1] - 1];

    /// <summary>The tags of the way edge <paramref name="edge"/> belongs to.</summary>
    public IReadOnlyDictionary<string, string> EdgeTags(int edge) => Ways[EdgeWay[edge]].Tags;

    /// <summary>The OpenStreetMap id of the way edge <paramref name="edge"/> belongs to (or the source feature id).</summary>
    public long EdgeWayId(int edge) => Ways[EdgeWay[edge]].Id;

    /// <summary>The polyline of edge <paramref name="edge"/>, from its first vertex to its last, in the way's direction.</summary>
    public IReadOnlyList<GeoPoint> GetEdgeGeometry(int edge)
    {
        int start = EdgeGeometryStart[edge];
        int end = EdgeGeometryStart[edge + 1];
        var points = new GeoPoint[end - start];
        for (int i = start; i < end; i++)
        {
            points[i - start] = new GeoPoint(PointLat[i], PointLon[i]);
        }

        return points;
    }
}
