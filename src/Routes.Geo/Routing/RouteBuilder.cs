using Routes.Geo.Elevation;
using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Storage.Columns;

namespace Routes.Geo.Routing;

/// <summary>Turns a search's directed-edge path into a leg: geometry, length, duration and steps.</summary>
internal static class RouteBuilder
{
    /// <summary>The way keys a route step is named by: <c>name</c>, else <c>ref</c>.</summary>
    internal static readonly string[] StepNameKeys = ["name", "ref"];

    public static RouteLeg BuildLeg(RoutingGraph graph, SnapResult from, SnapResult to, int[] path)
    {
        var geometry = new List<GeoPoint>(PointCapacity(graph, path));
        var climb = graph.Network.ElevationData is { } elevation ? new LegClimb(elevation, graph.Network.PointHeightsMetres!, geometry.Capacity) : null;
        double length = 0, duration = 0;
        var partStart = new int[path.Length];
        var partLength = new double[path.Length];
        var partDuration = new double[path.Length];
        for (int i = 0; i < path.Length; i++)
        {
            int directed = path[i];
            int edge = RoutingGraph.EdgeOf(directed);
            bool backward = RoutingGraph.IsBackward(directed);
            double edgeLength = graph.EdgeLength[edge];
            // The first and last edges are partial only when the point lies on them (not at a junction).
            double start = i == 0 && edge == from.Edge ? from.OffsetMetres : backward ? edgeLength : 0;
            double end = i == path.Length - 1 && edge == to.Edge ? to.OffsetMetres : backward ? 0 : edgeLength;
            partStart[i] = AppendPart(graph, edge, start, end, geometry, climb);
            partLength[i] = Math.Abs(end - start);
            partDuration[i] = edgeLength > 0 ? graph.DirectedDurationSeconds[directed] * partLength[i] / edgeLength : 0;
            partDuration[i] += i > 0 ? graph.TurnSecondsBetween(path[i - 1], directed) : 0;
            climb?.AddPart(edge, start, end);
            length += partLength[i];
            duration += partDuration[i];
        }

        // Both points on one junction, or on the same spot: a two-point line keeps the geometry a valid LineString.
        if (geometry.Count == 0)
        {
            geometry.Add(from.Snapped);
            climb?.AddHeight(from.Edge, from.OffsetMetres);
        }

        if (geometry.Count == 1)
        {
            geometry.Add(geometry[0]);
            climb?.RepeatLastHeight();
        }

        var leg = new RouteLeg(from, to, geometry, length, duration, Steps(graph, path, partLength, partDuration))
        {
            Trace = new LegTrace(path, partStart, partLength, partDuration),
        };
        return climb is null ? leg : climb.Complete(leg);
    }

    // Sized up front so the list never grows: a part adds at most its edge's points (ends interpolated,
    // inner points strictly between them).
    private static int PointCapacity(RoutingGraph graph, int[] path)
    {
        Column<int> start = graph.Network.EdgeGeometryStart;
        int points = 0;
        foreach (int directed in path)
        {
            int edge = RoutingGraph.EdgeOf(directed);
            points += start[edge + 1] - start[edge];
        }

        return Math.Max(2, points);
    }

    // A step is a run of consecutive parts on one way (by id: a multi-part line is several records of one way),
    // summed before its record is made (one record and one name lookup per run); runs are counted first so the
    // list is allocated once.
    private static List<RouteStep> Steps(RoutingGraph graph, int[] path, double[] partLength, double[] partDuration)
    {
        RoadNetwork network = graph.Network;
        Column<int> edgeWay = network.EdgeWay;
        WayRecord[] ways = network.Ways;
        int runs = 0;
        for (int i = 0; i < path.Length; i++)
        {
            runs += i == 0 || !SameWay(i - 1, i) ? 1 : 0;
        }

        var steps = new List<RouteStep>(runs);
        for (int i = 0; i < path.Length;)
        {
            int first = i;
            double length = 0, duration = 0;
            do
            {
                length += partLength[i];
                duration += partDuration[i];
                i++;
            }
            while (i < path.Length && SameWay(i - 1, i));

            WayRecord way = ways[edgeWay[RoutingGraph.EdgeOf(path[first])]];
            steps.Add(new RouteStep(way.Id, way.Tags.Get("name") ?? way.Tags.Get("ref"), length, duration));
        }

        return steps;

        // The way index settles most comparisons without reading the way records.
        bool SameWay(int i, int j)
        {
            int a = edgeWay[RoutingGraph.EdgeOf(path[i])], b = edgeWay[RoutingGraph.EdgeOf(path[j])];
            return a == b || ways[a].Id == ways[b].Id;
        }
    }

    // Appends the edge's polyline between two offsets (start > end walks it backwards), skipping repeated points;
    // returns the index of the part's first point in the output.
    private static int AppendPart(RoutingGraph graph, int edge, double start, double end, List<GeoPoint> output, LegClimb? climb)
    {
        var network = graph.Network;
        int first = network.EdgeGeometryStart[edge];
        int last = network.EdgeGeometryStart[edge + 1] - 1;
        Add(output, Interpolate(graph, edge, start), climb, edge, start);
        int partStart = output.Count - 1;
        if (start <= end)
        {
            for (int k = first; k <= last; k++)
            {
                if (network.PointOffsetMetres[k] > start && network.PointOffsetMetres[k] < end)
                {
                    Add(output, new GeoPoint(network.PointLat[k], network.PointLon[k]), climb, k);
                }
            }
        }
        else
        {
            for (int k = last; k >= first; k--)
            {
                if (network.PointOffsetMetres[k] < start && network.PointOffsetMetres[k] > end)
                {
                    Add(output, new GeoPoint(network.PointLat[k], network.PointLon[k]), climb, k);
                }
            }
        }

        Add(output, Interpolate(graph, edge, end), climb, edge, end);
        return partStart;
    }

    // The point's height (when the network has heights) is kept in step with the point itself.
    private static void Add(List<GeoPoint> output, GeoPoint point, LegClimb? climb, int edge, double offsetMetres)
    {
        if (output.Count == 0 || output[^1] != point)
        {
            output.Add(point);
            climb?.AddHeight(edge, offsetMetres);
        }
    }

    // An inner geometry point of the network: its height is read, not looked up among the samples.
    private static void Add(List<GeoPoint> output, GeoPoint point, LegClimb? climb, int networkPoint)
    {
        if (output.Count == 0 || output[^1] != point)
        {
            output.Add(point);
            climb?.AddPointHeight(networkPoint);
        }
    }

    private static GeoPoint Interpolate(RoutingGraph graph, int edge, double offset)
    {
        var network = graph.Network;
        int first = network.EdgeGeometryStart[edge];
        int last = network.EdgeGeometryStart[edge + 1] - 1;
        // The ends of whole edges, which are most parts of a route, need no walk along the polyline.
        if (offset <= 0)
        {
            return new GeoPoint(network.PointLat[first], network.PointLon[first]);
        }

        if (offset >= network.PointOffsetMetres[last])
        {
            return new GeoPoint(network.PointLat[last], network.PointLon[last]);
        }

        for (int k = first; k < last; k++)
        {
            double a = network.PointOffsetMetres[k], b = network.PointOffsetMetres[k + 1];
            if (offset <= b || k == last - 1)
            {
                double t = b > a ? Math.Clamp((offset - a) / (b - a), 0, 1) : 0;
                return new GeoPoint(
                    network.PointLat[k] + t * (network.PointLat[k + 1] - network.PointLat[k]),
                    network.PointLon[k] + t * (network.PointLon[k + 1] - network.PointLon[k]));
            }
        }

        return new GeoPoint(network.PointLat[first], network.PointLon[first]);
    }
}
