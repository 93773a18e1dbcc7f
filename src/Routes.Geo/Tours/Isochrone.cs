using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Buffer;
using Routes.Geo.Geodesy;
using Routes.Geo.Network;
using Routes.Geo.Routing;

namespace Routes.Geo.Tours;

/// <summary>
/// Isochrones: the area reachable from a point within a travel time with a graph's profile.
/// </summary>
/// <remarks>
/// A time-bounded Dijkstra over directed edges finds the reached roads, cutting the boundary edges where
/// time runs out. The area is the union of buffers of those road pieces, computed in Lambert-93 (metres)
/// and returned in WGS84. A buffer was chosen over a concave hull on purpose: a hull spans whatever lies
/// between reached roads (a harbour, a railway, a private estate), its shape hangs on a length ratio with
/// no physical meaning, and it cannot split into the several parts a ferry or a one-way trap produces,
/// whereas a buffer says exactly "within so many metres of a road reachable in time" and yields a
/// MultiPolygon when the reach is in pieces. Lambert-93 is conformal conic: its scale depends on latitude
/// only and stays within about 0.1% between 43° and 51° N, so areas and buffer widths hold across France
/// and its neighbours (Monaco, Andorra, Liechtenstein); far from those latitudes they grow less exact.
/// </remarks>
public static class Isochrone
{
    /// <summary>Default half-width of the band around reached roads, metres.</summary>
    public const double DefaultBufferMetres = 25;

    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 2154);

    /// <summary>
    /// Computes the area reachable from <paramref name="origin"/> within <paramref name="within"/> on <paramref name="graph"/>
    /// (travel time with the graph's profile; turn restrictions and barriers apply).
    /// </summary>
    /// <param name="graph">The network and profile.</param>
    /// <param name="origin">The start point; snapped to the nearest usable road.</param>
    /// <param name="within">The travel time; positive.</param>
    /// <param name="bufferMetres">Half-width of the band around reached roads, metres; positive.</param>
    /// <param name="maxSnapMetres">Largest distance from <paramref name="origin"/> to its road, metres.</param>
    /// <returns>The area (Polygon or MultiPolygon, WGS84), its size and the origin's snap.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The time or the buffer is not positive and finite.</exception>
    /// <exception cref="SnapTooFarException">No usable road lies within <paramref name="maxSnapMetres"/> of the origin.</exception>
    public static IsochroneResult Compute(RoutingGraph graph, GeoPoint origin, TimeSpan within, double bufferMetres = DefaultBufferMetres,
        double maxSnapMetres = RouteRequest.DefaultMaxSnapMetres)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(within, TimeSpan.Zero);
        if (!double.IsFinite(bufferMetres) || bufferMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bufferMetres), bufferMetres, "The buffer must be a positive number of metres.");
        }

        SnapResult snap = graph.Snap(origin, maxSnapMetres, "isochrone origin");
        List<ReachSearch.Piece> pieces = ReachSearch.Run(graph, snap, within.TotalSeconds, RouteMetric.Fastest);
        LineString[] lines = [.. pieces.Select(p => Project(graph.Network, p))];
        var parameters = new BufferParameters { QuadrantSegments = 4, EndCapStyle = NetTopologySuite.Operation.Buffer.EndCapStyle.Round };
        Geometry projected = Factory.CreateMultiLineString(lines).Buffer(bufferMetres, parameters);
        Geometry area = Projections.Lambert93.Unproject(projected);
        return new IsochroneResult(snap, within, graph.Profile.Name, area, projected.Area, pieces.Count);
    }

    // The piece's polyline in Lambert-93: the edge's points between the two offsets, ends interpolated.
    private static LineString Project(RoadNetwork network, ReachSearch.Piece piece)
    {
        double length = network.EdgeLengthMetres(piece.Edge);
        double from = piece.From * length, to = piece.To * length;
        int first = network.EdgeGeometryStart[piece.Edge], last = network.EdgeGeometryStart[piece.Edge + 1] - 1;
        var points = new List<Coordinate> { Point(network, first, last, from) };
        for (int i = first; i <= last; i++)
        {
            if (network.PointOffsetMetres[i] > from && network.PointOffsetMetres[i] < to)
            {
                points.Add(ToLambert(network.PointLat[i], network.PointLon[i]));
            }
        }

        points.Add(Point(network, first, last, to));
        return Factory.CreateLineString([.. points]);
    }

    private static Coordinate Point(RoadNetwork network, int first, int last, double offset)
    {
        int i = first;
        while (i < last - 1 && network.PointOffsetMetres[i + 1] < offset)
        {
            i++;
        }

        double span = network.PointOffsetMetres[i + 1] - network.PointOffsetMetres[i];
        double t = span > 0 ? Math.Clamp((offset - network.PointOffsetMetres[i]) / span, 0, 1) : 0;
        return ToLambert(
            network.PointLat[i] + (t * (network.PointLat[i + 1] - network.PointLat[i])),
            network.PointLon[i] + (t * (network.PointLon[i + 1] - network.PointLon[i])));
    }

    private static Coordinate ToLambert(double latitude, double longitude)
    {
        (double x, double y) = Projections.Lambert93.Project(new GeoPoint(latitude, longitude));
        return new Coordinate(x, y);
    }
}
