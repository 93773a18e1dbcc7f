using Routes.Geo.Instructions;
using Routes.Geo.Network;
using Routes.Geo.Profiles;

namespace Routes.Geo.Routing;

/// <summary>Turns a search's directed-edge path into a leg: geometry, length, duration and steps.</summary>
internal static class RouteBuilder
{
    public static RouteLeg BuildLeg(RoutingGraph graph, SnapResult from, SnapResult to, int[] path)
    {
        var geometry = new List<GeoPoint>(PointCapacity(graph, path));
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
            partStart[i] = AppendPart(graph, edge, start, end, geometry);
            partLength[i] = Math.Abs(end - start);
            partDuration[i] = edgeLength > 0 ? graph.EdgeDurationSeconds[edge] * partLength[i] / edgeLength : 0;
            length += partLength[i];
            duration += partDuration[i];
        }

        // Both points on one junction, or on the same spot: a two-point line keeps the geometry a valid LineString.
        if (geometry.Count == 0)
        {
            geometry.Add(from.Snapped);
        }

        if (geometry.Count == 1)
        {
            geometry.Add(geometry[0]);
        }

        return new RouteLeg(from, to, geometry, length, duration, Steps(graph, path, partLength, partDuration))
        {
            Trace = new LegTrace(path, partStart, partLength, partDuration),
        };
    }

    // Sized up front so the list never grows: a part adds at most its edge's points (ends interpolated,
    // inner points strictly between them).
    private static int PointCapacity(RoutingGraph graph, int[] path)
    {
        int[] start = graph.Network.EdgeGeometryStart;
        int points = 0;
        foreach (int directed in path)
        {
            int edge = RoutingGraph.EdgeOf(directed);
            points += start[edge + 1] - start[edge];
        }

        return Math.Max(2, points);
    }

    // A step is a run of consecutive parts on one way, summed before its record is made (one record and one
    // name lookup per run); runs are counted first so the list is allocated once.
    private static List<RouteStep> Steps(RoutingGraph graph, int[] path, double[] partLength, double[] partDuration)
    {
        RoadNetwork network = graph.Network;
        long WayAt(int i) => network.EdgeWayId(RoutingGraph.EdgeOf(path[i]));
        int runs = 0;
        long previous = 0;
        for (int i = 0; i < path.Length; i++)
        {
            long way = WayAt(i);
            runs += i == 0 || way != previous ? 1 : 0;
            previous = way;
        }

        var steps = new List<RouteStep>(runs);
        for (int i = 0; i < path.Length;)
        {
            int first = i;
            long way = WayAt(first);
            double length = 0, duration = 0;
            for (; i < path.Length && WayAt(i) == way; i++)
            {
                length += partLength[i];
                duration += partDuration[i];
            }

            IReadOnlyDictionary<string, string> tags = network.EdgeTags(RoutingGraph.EdgeOf(path[first]));
            steps.Add(new RouteStep(way, tags.Get("name") ?? tags.Get("ref"), length, duration));
        }

        return steps;
    }

    // Appends the edge's polyline between two offsets (start > end walks it backwards), skipping repeated points;
    // returns the index of the part's first point in the output.
    private static int AppendPart(RoutingGraph graph, int edge, double start, double end, List<GeoPoint> output)
    {
        var network = graph.Network;
        int first = network.EdgeGeometryStart[edge];
        int last = network.EdgeGeometryStart[edge + 1] - 1;
        Add(output, Interpolate(graph, edge, start));
        int partStart = output.Count - 1;
        if (start <= end)
        {
            for (int k = first; k <= last; k++)
            {
                if (network.PointOffsetMetres[k] > start && network.PointOffsetMetres[k] < end)
                {
                    Add(output, new GeoPoint(network.PointLat[k], network.PointLon[k]));
                }
            }
        }
        else
        {
            for (int k = last; k >= first; k--)
            {
                if (network.PointOffsetMetres[k] < start && network.PointOffsetMetres[k] > end)
                {
                    Add(output, new GeoPoint(network.PointLat[k], network.PointLon[k]));
                }
            }
        }

        Add(output, Interpolate(graph, edge, end));
        return partStart;
    }

    private static void Add(List<GeoPoint> output, GeoPoint point)
    {
        if (output.Count == 0 || output[^1] != point)
        {
            output.Add(point);
        }
    }

    private static GeoPoint Interpolate(RoutingGraph graph, int edge, double offset)
    {
        var network = graph.Network;
        int first = network.EdgeGeometryStart[edge];
        int last = network.EdgeGeometryStart[edge + 1] - 1;
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
