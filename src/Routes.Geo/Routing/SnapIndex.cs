using Routes.Geo.Geodesy;
using Routes.Geo.Profiles;
using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Routing;

/// <summary>
/// Spatial index of the segments of a profile's usable edges (a <see cref="PackedSegmentIndex"/>, built or read from a
/// saved file), answering "nearest usable road to this coordinate". Built once; queries are read-only.
/// </summary>
internal sealed class SnapIndex
{
    // Metres per degree of latitude is at least 110,574 m; using less makes the search box too big, never too small.
    private const double MetresPerDegreeLow = 110_000;

    /// <summary>The way keys snapping reads: <see cref="IsSnapAvoided"/>'s tunnel and ferry, <see cref="SameRoad"/>'s class, roundabout, name and ref.</summary>
    internal static readonly string[] WayKeys = ["tunnel", "route", "highway", "junction", "name", "ref"];

    private readonly RoadNetwork _network;
    private readonly RoutingGraph _graph;
    private readonly int _segments;
    private readonly Predicate<int> _inLargeComponent;

    // Per geometry point: its segment lies on a road a point should not snap to while another is in reach (null: none).
    private readonly bool[]? _snapAvoided;

    public SnapIndex(RoutingGraph graph)
        : this(graph, PackedSegmentIndex.Build(graph))
    {
    }

    /// <summary>An index over <paramref name="packed"/>, which must have been built (or read) for <paramref name="graph"/>.</summary>
    internal SnapIndex(RoutingGraph graph, PackedSegmentIndex packed)
    {
        _graph = graph;
        _network = graph.Network;
        Packed = packed;
        _segments = packed.Count;
        _inLargeComponent = k => graph.InLargeComponent[EdgeOfPoint(k)];

        // Per way, whether it is avoided (0 unknown, 1 no, 2 yes): the tags are looked up once per way, not per edge.
        var wayAvoided = new byte[_network.WayCount];
        for (int e = 0; e < _network.EdgeCount; e++)
        {
            if (!graph.IsUsable(e))
            {
                continue;
            }

            int way = _network.EdgeWay[e];
            if (wayAvoided[way] == 0)
            {
                wayAvoided[way] = IsSnapAvoided(_network.Ways[way].Tags) ? (byte)2 : (byte)1;
            }

            if (wayAvoided[way] == 1)
            {
                continue;
            }

            _snapAvoided ??= new bool[_network.PointLat.Length];
            _snapAvoided.AsSpan(_network.EdgeGeometryStart[e], _network.EdgeGeometryStart[e + 1] - 1 - _network.EdgeGeometryStart[e]).Fill(true);
        }
    }

    /// <summary>The packed segment index the queries read (what a saved file stores).</summary>
    internal PackedSegmentIndex Packed { get; }

    /// <summary>
    /// The nearest usable edge point within <paramref name="maxMetres"/>, or null; with
    /// <paramref name="largeComponentOnly"/>, the nearest on an edge of a large strongly connected component; with
    /// <paramref name="acceptEdge"/>, the nearest on an edge it accepts.
    /// </summary>
    public SnapResult? Snap(GeoPoint point, double maxMetres, bool largeComponentOnly = false, Predicate<int>? acceptEdge = null)
    {
        Predicate<int>? accept = acceptEdge is null ? (largeComponentOnly ? _inLargeComponent : null)
            : largeComponentOnly ? k => _inLargeComponent(k) && acceptEdge(EdgeOfPoint(k)) : k => acceptEdge(EdgeOfPoint(k));
        return SnapFiltered(point, maxMetres, accept);
    }

    /// <summary>
    /// Like <see cref="Snap(GeoPoint, double, bool, Predicate{int}?)"/>, on the segments whose direction of travel meets
    /// <paramref name="constraint"/>'s heading; the result's <see cref="SnapResult.Direction"/> is the direction it leaves.
    /// </summary>
    public SnapResult? Snap(GeoPoint point, double maxMetres, Predicate<int>? acceptEdge, SnapConstraint constraint)
    {
        if (constraint.IsNone)
        {
            return Snap(point, maxMetres, acceptEdge: acceptEdge);
        }

        Predicate<int> accept = acceptEdge is null ? k => Allowed(point, k, constraint) is not null
            : k => acceptEdge(EdgeOfPoint(k)) && Allowed(point, k, constraint) is not null;
        if (SnapFiltered(point, maxMetres, accept) is not { } found)
        {
            return null;
        }

        // A point on a shape vertex may have come from the segment before the one its offset names.
        int k = SegmentAt(found.Edge, found.OffsetMetres);
        SnapDirection? direction = Allowed(point, k, constraint) ?? (k > _network.EdgeGeometryStart[found.Edge] ? Allowed(point, k - 1, constraint) : null);
        return found with { Direction = direction ?? SnapDirection.Both };
    }

    /// <summary>
    /// Up to <paramref name="count"/> snaps on distinct ways (roads), nearest first, within <paramref name="maxMetres"/>, on
    /// the edges <paramref name="acceptEdge"/> accepts and the segments meeting <paramref name="constraint"/>.
    /// </summary>
    public IReadOnlyList<SnapResult> Nearest(GeoPoint point, int count, double maxMetres, Predicate<int>? acceptEdge, SnapConstraint constraint)
    {
        if (_segments == 0)
        {
            return [];
        }

        for (double radius = Math.Min(25, maxMetres); ; radius = Math.Min(radius * 4, maxMetres))
        {
            var collector = new SegmentCollector(this, point, k => (acceptEdge is null || acceptEdge(EdgeOfPoint(k))) && (constraint.IsNone || Allowed(point, k, constraint) is not null));
            Query(point, radius, ref collector);
            var bestOfWay = new Dictionary<int, (int K, double T, double Planar)>();
            foreach ((int k, double t, double planar) in collector.Found)
            {
                int way = _network.EdgeWay[EdgeOfPoint(k)];
                if (!bestOfWay.TryGetValue(way, out var seen) || planar < seen.Planar || (planar == seen.Planar && k < seen.K))
                {
                    bestOfWay[way] = (k, t, planar);
                }
            }

            List<SnapResult> found = [.. bestOfWay.Values.OrderBy(c => c.Planar).ThenBy(c => c.K)
                .Select(c => Result(point, c.K, c.T) with { Direction = constraint.IsNone ? SnapDirection.Both : Allowed(point, c.K, constraint) ?? SnapDirection.Both })
                .Where(r => r.DistanceMetres <= radius).OrderBy(r => r.DistanceMetres).Take(count)];
            if (found.Count >= count || radius >= maxMetres)
            {
                return found;
            }
        }
    }

    // Every segment in the box that `accept` takes, with its foot point.
    private readonly struct SegmentCollector(SnapIndex index, GeoPoint point, Predicate<int> accept) : ISegmentVisitor
    {
        public List<(int K, double T, double Planar)> Found { get; } = [];

        public void Visit(int item)
        {
            if (accept(item))
            {
                (double t, double planar) = index.Foot(point, item);
                Found.Add((item, t, planar));
            }
        }
    }

    // Which directions of segment k's edge a point under `constraint` may use there (null: none).
    private SnapDirection? Allowed(GeoPoint p, int k, SnapConstraint constraint)
    {
        int edge = EdgeOfPoint(k);
        bool forward = _graph.CanForward[edge], backward = _graph.CanBackward[edge];
        double cos = Math.Cos(_network.PointLat[k] * Math.PI / 180);
        double dx = Math.IEEERemainder(_network.PointLon[k + 1] - _network.PointLon[k], 360) * cos, dy = _network.PointLat[k + 1] - _network.PointLat[k];
        double heading = Math.Atan2(dx, dy) * 180 / Math.PI;
        forward &= constraint.HeadingAllows(heading);
        backward &= constraint.HeadingAllows(heading + 180);
        if (forward && backward && constraint.Approach != Approach.Unrestricted)
        {
            // The point's side of the segment (cross product in the local plane): positive is left of forward travel.
            double px = Math.IEEERemainder(p.Longitude - _network.PointLon[k], 360) * Math.Cos(p.Latitude * Math.PI / 180), py = p.Latitude - _network.PointLat[k];
            double cross = (dx * py) - (dy * px);
            if (cross != 0)
            {
                bool kerbOnRight = (constraint.Approach == Approach.Curb) != constraint.LeftHandTraffic;
                forward = (cross < 0) == kerbOnRight;
                backward = !forward;
            }
        }

        return forward && backward ? SnapDirection.Both : forward ? SnapDirection.Forward : backward ? SnapDirection.Backward : null;
    }

    private SnapResult? SnapFiltered(GeoPoint point, double maxMetres, Predicate<int>? accept)
    {
        // A tunnel or ferry is taken only when no other usable road lies within reach (GraphHopper's default).
        if (_snapAvoided is not null && SnapAccepted(point, maxMetres, accept, _snapAvoided) is { } above)
        {
            return above;
        }

        return SnapAccepted(point, maxMetres, accept, avoided: null);
    }

    /// <summary>
    /// Whether a point should snap to a road with these tags only when no other usable road lies within reach: a
    /// tunnel (a point given above one is on the surface; a building passage is at street level) or a ferry line.
    /// </summary>
    internal static bool IsSnapAvoided(IReadOnlyDictionary<string, string> tags) =>
        (RoadClassRules.Matches(RoadClass.Tunnel, tags) && tags.Get("tunnel") != "building_passage") || RoadClassRules.Matches(RoadClass.Ferry, tags);

    // The nearest within reach of the segments `accept` takes (all, when null) and `avoided` does not flag.
    private SnapResult? SnapAccepted(GeoPoint point, double maxMetres, Predicate<int>? accept, bool[]? avoided)
    {
        if (_segments == 0)
        {
            return null;
        }

        // Grow the search box from 25 m: a road found within the box's radius is the nearest one,
        // and most points lie a few metres from a road, so few segments are ever examined.
        for (double radius = Math.Min(25, maxMetres); ; radius = Math.Min(radius * 4, maxMetres))
        {
            SnapResult? best = NearestWithin(point, radius, accept, avoided);
            if (best is not null && best.DistanceMetres <= radius)
            {
                return best;
            }

            if (radius >= maxMetres)
            {
                return null;
            }
        }
    }

    private SnapResult? NearestWithin(GeoPoint point, double radiusMetres, Predicate<int>? accept, bool[]? avoided)
    {
        // Rank candidates in the local plane (cheap), then measure only the winner on the ellipsoid.
        var nearest = new NearestSegment(this, point, accept, avoided);
        Query(point, radiusMetres, ref nearest);
        return nearest.Segment < 0 ? null : Result(point, nearest.Segment, nearest.T);
    }

    /// <summary>
    /// The nearest point within <paramref name="radiusMetres"/> on a one-way edge other than <paramref name="nearest"/>'s
    /// whose direction of travel there is more than 135° from that edge's at its snapped point, or null.
    /// </summary>
    public SnapResult? Opposite(SnapResult nearest, double radiusMetres)
    {
        int edge = nearest.Edge;
        (double x, double y) = TravelDirection(SegmentAt(edge, nearest.OffsetMetres), edge);
        var opposite = new NearestSegment(this, nearest.Input, k =>
        {
            int other = EdgeOfPoint(k);
            if (other == edge || _graph.CanForward[other] == _graph.CanBackward[other])
            {
                return false;
            }

            // The direction first: it is arithmetic, the road's identity takes tag look-ups.
            (double ox, double oy) = TravelDirection(k, other);
            return (x * ox) + (y * oy) < -0.7 * Math.Sqrt(((x * x) + (y * y)) * ((ox * ox) + (oy * oy))) && SameRoad(edge, other);
        }, avoided: null);
        Query(nearest.Input, radiusMetres, ref opposite);
        SnapResult? found = opposite.Segment < 0 ? null : Result(nearest.Input, opposite.Segment, opposite.T);
        return found is not null && found.DistanceMetres <= radiusMetres ? found : null;
    }

    // The two halves of a divided road are two ways of one class with one name or ref (both unnamed counts too); a
    // parallel one-way street of another name, the far side of a roundabout or a hairpin of the same way is no other half.
    private bool SameRoad(int edge, int other)
    {
        IReadOnlyDictionary<string, string> a = _network.EdgeTags(edge), b = _network.EdgeTags(other);
        if (_network.EdgeWay[edge] == _network.EdgeWay[other] || a.Get("highway") != b.Get("highway")
            || a.Get("junction") is "roundabout" or "circular" || b.Get("junction") is "roundabout" or "circular")
        {
            return false;
        }

        string? nameA = a.Get("name"), nameB = b.Get("name"), refA = a.Get("ref"), refB = b.Get("ref");
        return (nameA is not null && nameA == nameB) || (refA is not null && refA == refB)
            || (nameA is null && nameB is null && refA is null && refB is null);
    }

    // Segment k's direction of travel on its one-way edge, in a local plane (east, north).
    private (double X, double Y) TravelDirection(int k, int edge)
    {
        double sign = _graph.CanForward[edge] ? 1 : -1;
        double cos = Math.Cos(_network.PointLat[k] * Math.PI / 180);
        return (sign * Math.IEEERemainder(_network.PointLon[k + 1] - _network.PointLon[k], 360) * cos, sign * (_network.PointLat[k + 1] - _network.PointLat[k]));
    }

    // The segment of `edge` that holds the point `offsetMetres` along it.
    private int SegmentAt(int edge, double offsetMetres)
    {
        int first = _network.EdgeGeometryStart[edge], last = _network.EdgeGeometryStart[edge + 1] - 2;
        int k = first;
        while (k < last && _network.PointOffsetMetres[k + 1] <= offsetMetres)
        {
            k++;
        }

        return k;
    }

    // Visits every segment whose box meets the box of `radiusMetres` around `point`.
    private void Query<TVisitor>(GeoPoint point, double radiusMetres, ref TVisitor visitor)
        where TVisitor : struct, ISegmentVisitor
    {
        double latSpan = radiusMetres / MetresPerDegreeLow;
        double cosLat = Math.Max(Math.Cos(Math.Min(89.9, Math.Abs(point.Latitude) + latSpan) * Math.PI / 180), 1e-6);
        double lonSpan = Math.Min(180, latSpan / cosLat);
        double south = point.Latitude - latSpan, north = point.Latitude + latSpan;
        double west = point.Longitude - lonSpan, east = point.Longitude + lonSpan;
        Packed.Query(Math.Max(west, -180), south, Math.Min(east, 180), north, ref visitor);

        // A box crossing ±180° is searched on both sides.
        if (west < -180)
        {
            Packed.Query(west + 360, south, 180, north, ref visitor);
        }

        if (east > 180)
        {
            Packed.Query(-180, south, east - 360, north, ref visitor);
        }
    }

    /// <summary>Distance to the nearest usable road (that <paramref name="acceptEdge"/> accepts, when given) at any range (for error messages), or null when there is none.</summary>
    public double? NearestDistanceMetres(GeoPoint point, double beyondMetres, Predicate<int>? acceptEdge = null)
    {
        for (double range = Math.Max(beyondMetres, 100) * 4; range < 4.1e7; range *= 4)
        {
            if (Snap(point, range, acceptEdge: acceptEdge) is { } found)
            {
                return found.DistanceMetres;
            }
        }

        return null;
    }

    // The foot of the perpendicular from p onto segment k in a local equirectangular plane:
    // its fraction along the segment and the squared planar distance (degrees of latitude squared).
    private (double T, double PlanarSquared) Foot(GeoPoint p, int k)
    {
        double cos = Math.Cos(p.Latitude * Math.PI / 180);
        double ax = Math.IEEERemainder(_network.PointLon[k] - p.Longitude, 360) * cos, ay = _network.PointLat[k] - p.Latitude;
        double bx = Math.IEEERemainder(_network.PointLon[k + 1] - p.Longitude, 360) * cos, by = _network.PointLat[k + 1] - p.Latitude;
        double dx = bx - ax, dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared > 0 ? Math.Clamp(-(ax * dx + ay * dy) / lengthSquared, 0, 1) : 0;
        double fx = ax + t * dx, fy = ay + t * dy;
        return (t, fx * fx + fy * fy);
    }

    private SnapResult Result(GeoPoint p, int k, double t)
    {
        double lat = _network.PointLat[k] + t * (_network.PointLat[k + 1] - _network.PointLat[k]);
        double lon = Math.IEEERemainder(_network.PointLon[k] + t * Math.IEEERemainder(_network.PointLon[k + 1] - _network.PointLon[k], 360), 360);
        var snapped = new GeoPoint(lat, lon);
        double distance = Geodesic.Wgs84.Distance(p.Latitude, p.Longitude, lat, lon);
        double offset = _network.PointOffsetMetres[k] + t * (_network.PointOffsetMetres[k + 1] - _network.PointOffsetMetres[k]);
        return new SnapResult(p, snapped, EdgeOfPoint(k), offset, distance);
    }

    // Visits the index's candidates as they are found, keeping the planar nearest (of the segments `accept` takes, when
    // given, and `avoided` does not flag): no list of candidates is built.
    private struct NearestSegment(SnapIndex index, GeoPoint point, Predicate<int>? accept, bool[]? avoided) : ISegmentVisitor
    {
        private double _planar = double.PositiveInfinity;

        public int Segment { get; private set; } = -1;

        public double T { get; private set; }

        public void Visit(int item)
        {
            if ((avoided is not null && avoided[item]) || (accept is not null && !accept(item)))
            {
                return;
            }

            (double t, double planar) = index.Foot(point, item);
            if (planar < _planar || (planar == _planar && item < Segment))
            {
                (Segment, T, _planar) = (item, t, planar);
            }
        }
    }

    private int EdgeOfPoint(int k)
    {
        int index = _network.EdgeGeometryStart.AsSpan().BinarySearch(k);
        return index >= 0 ? index : ~index - 1;
    }
}
