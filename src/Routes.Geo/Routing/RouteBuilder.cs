using Routes.Geo.Instructions;
using Routes.Geo.Profiles;

namespace Routes.Geo.Routing;

/// <summary>Turns a search's directed-edge path into a leg: geometry, length, duration and steps.</summary>
internal static class RouteBuilder
{
    public static RouteLeg BuildLeg(RoutingGraph graph, SnapResult from, SnapResult to, int[] path)
    {
        var geometry = new List<GeoPoint>();
        var steps = new List<RouteStep>();
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
            AddStep(graph, edge, partLength[i], partDuration[i], steps);
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

        return new RouteLeg(from, to, geometry, length, duration, steps)
        {
            Trace = new LegTrace(path, partStart, partLength, partDuration),
        };
    }

    private static void AddStep(RoutingGraph graph, int edge, double length, double duration, List<RouteStep> steps)
    {
        long wayId = graph.Network.EdgeWayId(edge);
        if (steps.Count > 0 && steps[^1].WayId == wayId)
        {
            RouteStep last = steps[^1];
            steps[^1] = last with { LengthMetres = last.LengthMetres + length, DurationSeconds = last.DurationSeconds + duration };
            return;
        }

        IReadOnlyDictionary<string, string> tags = graph.Network.EdgeTags(edge);
        steps.Add(new RouteStep(wayId, tags.Get("name") ?? tags.Get("ref"), length, duration));
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
