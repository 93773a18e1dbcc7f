using Routes.Geo.Geodesy;
using Routes.Geo.Network;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Storage;

/// <summary>
/// Checks a network read back from a saved file against what the builder guarantees, in one pass over each array:
/// valid coordinates, geometry offsets that grow and stay inside the point arrays, polylines that start and end on
/// their vertices, point offsets that match the points' distances, and references to vertices, ways and edges that exist.
/// </summary>
internal static class SavedNetworkChecks
{
    // Offsets are ellipsoidal distances, checked against a sphere's (within 0.6% of them) with this much slack:
    // a point moved along its segment by more than about 1% of the segment's length is found.
    private const double SegmentRelativeTolerance = 0.01;
    private const double SegmentAbsoluteToleranceMetres = 0.001;

    /// <summary>The checks of a trusted file: the arrays' lengths agree with each other, in time independent of the network's size.</summary>
    /// <exception cref="InvalidDataException">The message names the section and what is wrong.</exception>
    public static void VerifyLengths(RoadNetwork network)
    {
        int vertices = network.VertexLat.Length, edges = network.EdgeFrom.Length, points = network.PointLat.Length;
        if (network.VertexLon.Length != vertices || network.VertexOsmId.Length != vertices)
        {
            throw Damaged("vertices", 0, "the latitude, longitude and id arrays differ in length");
        }

        if (network.EdgeTo.Length != edges || network.EdgeWay.Length != edges)
        {
            throw Damaged("edges", 0, "the from, to and way arrays differ in length");
        }

        if (network.PointLon.Length != points || network.PointOffsetMetres.Length != points)
        {
            throw Damaged("points", 0, "the latitude, longitude and offset arrays differ in length");
        }

        if (network.EdgeGeometryStart.Length != edges + 1 || network.EdgeGeometryStart[0] != 0 || network.EdgeGeometryStart[edges] != points)
        {
            throw Damaged("edge geometry offsets", 0, $"there are {network.EdgeGeometryStart.Length} offsets for {edges} edges, or the first is not 0 or the last not the {points} points");
        }
    }

    /// <exception cref="InvalidDataException">The message names the section, the index of the first bad element, and what is wrong.</exception>
    public static void Verify(RoadNetwork network)
    {
        VerifyVertices(network);
        VerifyEdges(network);
        VerifyGeometry(network);
        VerifyWays(network);
        VerifyRestrictions(network);
        NetworkStatistics s = network.Statistics;
        if (s.WaysAdded < 0 || s.WayPiecesKept < 0 || s.MissingNodeReferences < 0 || s.TurnRestrictionsAdded < 0 || s.TurnRestrictionsDropped < 0)
        {
            throw Damaged("statistics", 0, "a count is negative");
        }
    }

    private static void VerifyVertices(RoadNetwork network)
    {
        Column<double> lat = network.VertexLat, lon = network.VertexLon;
        int vertices = lat.Length;
        if (lon.Length != vertices || network.VertexOsmId.Length != vertices)
        {
            throw Damaged("vertices", 0, "the latitude, longitude and id arrays differ in length");
        }

        for (int v = 0; v < vertices; v++)
        {
            if (!GeoPoint.IsValid(lat[v], lon[v]))
            {
                throw Damaged("vertex", v, $"its coordinate ({lat[v]}, {lon[v]}) is NaN, infinite or outside WGS84's ranges");
            }
        }

        foreach (int v in network.VertexTags.Keys)
        {
            if ((uint)v >= (uint)vertices)
            {
                throw Damaged("vertex tags", v, $"they name a vertex that does not exist (there are {vertices})");
            }
        }
    }

    private static void VerifyEdges(RoadNetwork network)
    {
        int edges = network.EdgeFrom.Length, vertices = network.VertexCount, ways = network.WayCount;
        if (network.EdgeTo.Length != edges || network.EdgeWay.Length != edges)
        {
            throw Damaged("edges", 0, "the from, to and way arrays differ in length");
        }

        for (int e = 0; e < edges; e++)
        {
            int from = network.EdgeFrom[e], to = network.EdgeTo[e];
            if ((uint)from >= (uint)vertices || (uint)to >= (uint)vertices)
            {
                throw Damaged("edge", e, $"it names vertex {from} or {to}, which does not exist (there are {vertices})");
            }

            // The builder splits closed ways, and the searches' U-turn rule assumes it: an edge never ends where it starts.
            if (from == to)
            {
                throw Damaged("edge", e, $"it starts and ends at the same vertex {from}");
            }

            if ((uint)network.EdgeWay[e] >= (uint)ways)
            {
                throw Damaged("edge", e, $"it names way {network.EdgeWay[e]}, which does not exist (there are {ways})");
            }
        }
    }

    private static void VerifyGeometry(RoadNetwork network)
    {
        Column<int> start = network.EdgeGeometryStart;
        Column<double> lat = network.PointLat, lon = network.PointLon, offset = network.PointOffsetMetres;
        int edges = network.EdgeCount, points = lat.Length;
        if (lon.Length != points || offset.Length != points)
        {
            throw Damaged("points", 0, "the latitude, longitude and offset arrays differ in length");
        }

        if (start.Length != edges + 1 || start[0] != 0)
        {
            throw Damaged("edge geometry offsets", 0, $"there are {start.Length} offsets for {edges} edges, or the first is not 0");
        }

        for (int e = 0; e < edges; e++)
        {
            int first = start[e], end = start[e + 1];
            if (end - (long)first < 2 || end > points)
            {
                throw Damaged("edge geometry offsets", e + 1, $"edge {e}'s points {first}..{end - 1} are fewer than two or outside the {points} points");
            }

            int from = network.EdgeFrom[e], to = network.EdgeTo[e];
            if (lat[first] != network.VertexLat[from] || lon[first] != network.VertexLon[from] || lat[end - 1] != network.VertexLat[to] || lon[end - 1] != network.VertexLon[to])
            {
                throw Damaged("edge", e, "its polyline does not start and end on its vertices");
            }

            if (offset[first] != 0)
            {
                throw Damaged("point", first, $"the first point of edge {e} has offset {offset[first]} m, not 0");
            }

            for (int k = first + 1; k < end; k++)
            {
                if (!GeoPoint.IsValid(lat[k], lon[k]))
                {
                    throw Damaged("point", k, $"its coordinate ({lat[k]}, {lon[k]}) is NaN, infinite or outside WGS84's ranges");
                }

                VerifySegment(network, k, e);
            }
        }

        if (start[edges] != points)
        {
            throw Damaged("edge geometry offsets", edges, $"the last offset is {start[edges]}, not the {points} points");
        }
    }

    // The first point of each edge is its start vertex's, already checked; each later one is checked with its segment.
    private static void VerifySegment(RoadNetwork network, int k, int edge)
    {
        Column<double> lat = network.PointLat, lon = network.PointLon;
        double step = network.PointOffsetMetres[k] - network.PointOffsetMetres[k - 1];
        if (!double.IsFinite(step) || step < 0)
        {
            throw Damaged("point", k, $"its offset {network.PointOffsetMetres[k]} m is not finite or smaller than the previous point's");
        }

        double near = FastDistance.Equirectangular(lat[k - 1], lon[k - 1], lat[k], lon[k]);
        if (!Close(step, near))
        {
            // The flat approximation degrades on long segments; the sphere's distance decides.
            near = FastDistance.Haversine(lat[k - 1], lon[k - 1], lat[k], lon[k]);
            if (!Close(step, near))
            {
                throw Damaged("point", k, $"its offset grows by {step:0.###} m along edge {edge}, but it lies {near:0.###} m from the previous point");
            }
        }
    }

    private static bool Close(double offsetStepMetres, double distanceMetres) =>
        Math.Abs(offsetStepMetres - distanceMetres) <= (SegmentRelativeTolerance * distanceMetres) + SegmentAbsoluteToleranceMetres;

    private static void VerifyWays(RoadNetwork network)
    {
        var edgeSum = new double[network.WayCount];
        for (int e = 0; e < network.EdgeCount; e++)
        {
            edgeSum[network.EdgeWay[e]] += network.EdgeLengthMetres(e);
        }

        for (int w = 0; w < network.WayCount; w++)
        {
            double length = network.Ways[w].LengthMetres;
            // The builder adds the same edge lengths in the same order, so only rounding noise is allowed.
            if (!double.IsFinite(length) || Math.Abs(length - edgeSum[w]) > (1e-9 * edgeSum[w]) + 1e-6)
            {
                throw Damaged("way", w, $"its length {length} m is not the sum of its edges' lengths ({edgeSum[w]} m)");
            }
        }
    }

    private static void VerifyRestrictions(RoadNetwork network)
    {
        int edges = network.EdgeCount;
        for (int i = 0; i < network.Restrictions.Length; i++)
        {
            TurnRestriction r = network.Restrictions[i];
            if ((uint)r.FromEdge >= (uint)edges || (uint)r.ToEdge >= (uint)edges || (uint)r.ViaVertex >= (uint)network.VertexCount)
            {
                throw Damaged("turn restriction", i, $"it names edge {r.FromEdge} or {r.ToEdge} or vertex {r.ViaVertex}, which does not exist");
            }

            if (r.IsViaWay)
            {
                VerifyViaWays(network, r, i);
            }
            else if (!Touches(network, r.FromEdge, r.ViaVertex) || !Touches(network, r.ToEdge, r.ViaVertex))
            {
                throw Damaged("turn restriction", i, $"its edges {r.FromEdge} and {r.ToEdge} do not both end at its via vertex {r.ViaVertex}");
            }
        }
    }

    // From edge, via edges and to edge must chain end to end from the via vertex.
    private static void VerifyViaWays(RoadNetwork network, TurnRestriction r, int i)
    {
        if (!Touches(network, r.FromEdge, r.ViaVertex))
        {
            throw Damaged("turn restriction", i, $"its from edge {r.FromEdge} does not end at its via vertex {r.ViaVertex}");
        }

        int at = r.ViaVertex;
        foreach (int edge in r.ViaEdges)
        {
            if ((uint)edge >= (uint)network.EdgeCount || !Touches(network, edge, at))
            {
                throw Damaged("turn restriction", i, $"its via edge {edge} does not exist or does not continue from vertex {at}");
            }

            at = network.EdgeFrom[edge] == at ? network.EdgeTo[edge] : network.EdgeFrom[edge];
        }

        if (!Touches(network, r.ToEdge, at))
        {
            throw Damaged("turn restriction", i, $"its to edge {r.ToEdge} does not leave the via ways' end, vertex {at}");
        }
    }

    private static bool Touches(RoadNetwork network, int edge, int vertex) => network.EdgeFrom[edge] == vertex || network.EdgeTo[edge] == vertex;

    private static InvalidDataException Damaged(string section, long index, string problem) => new($"{section} {index}: {problem}.");
}
