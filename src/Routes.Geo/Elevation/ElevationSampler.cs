using Routes.Geo.Routing.Customizable;

namespace Routes.Geo.Elevation;

/// <summary>
/// Samples a network's edges from a DEM (see <see cref="ElevationOptions.SampleSpacingMetres"/>). Bridges and tunnels
/// (<c>bridge=*</c>, <c>tunnel=*</c> other than <c>no</c>) do not follow the ground: their heights run straight between
/// the edge's two ends, as GraphHopper's EdgeElevationInterpolator does.
/// </summary>
internal static class ElevationSampler
{
    /// <summary>The way keys elevation reads: bridges and tunnels (not sampled between their ends) and ferries (<see cref="GradeModel"/>: flat).</summary>
    internal static readonly string[] WayKeys = ["bridge", "tunnel", "route"];

    public static EdgeElevation Sample(RoadNetwork network, ElevationOptions options)
    {
        double spacing = options.SampleSpacingMetres;
        if (!(spacing >= 5 && spacing <= 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(options), spacing, "The sample spacing must be 5 to 1,000 metres.");
        }

        IElevationSource source = options.Source;
        var start = new int[network.EdgeCount + 1];
        var offsets = new List<float>(network.PointLat.Length * 2);
        var heights = new List<float>(network.PointLat.Length * 2);
        for (int e = 0; e < network.EdgeCount; e++)
        {
            start[e] = offsets.Count;
            int first = network.EdgeGeometryStart[e], last = network.EdgeGeometryStart[e + 1] - 1;
            for (int k = first; k <= last; k++)
            {
                if (k > first)
                {
                    double length = network.PointOffsetMetres[k] - network.PointOffsetMetres[k - 1];
                    int pieces = (int)Math.Ceiling(length / spacing);
                    for (int s = 1; s < pieces; s++)
                    {
                        double t = (double)s / pieces;
                        Add(network.PointLat[k - 1] + t * (network.PointLat[k] - network.PointLat[k - 1]),
                            network.PointLon[k - 1] + t * (network.PointLon[k] - network.PointLon[k - 1]),
                            network.PointOffsetMetres[k - 1] + t * length);
                    }
                }

                Add(network.PointLat[k], network.PointLon[k], network.PointOffsetMetres[k]);
            }

            if (IsBridgeOrTunnel(network.EdgeTags(e)))
            {
                Straighten(offsets, heights, start[e]);
            }
        }

        start[^1] = offsets.Count;
        return new EdgeElevation(start, [.. offsets], [.. heights], spacing);

        void Add(double lat, double lon, double offset)
        {
            offsets.Add((float)offset);
            heights.Add(source.ElevationAt(lat, lon) is { } h ? (float)h : float.NaN);
        }
    }

    private static bool IsBridgeOrTunnel(IReadOnlyDictionary<string, string> tags) =>
        RoadClassRules.Matches(RoadClass.Bridge, tags) || RoadClassRules.Matches(RoadClass.Tunnel, tags);

    // Heights between the two ends on a straight line, when both ends have one (else the inner samples are unknown too).
    private static void Straighten(List<float> offsets, List<float> heights, int first)
    {
        int last = offsets.Count - 1;
        float h0 = heights[first], h1 = heights[last];
        double length = offsets[last] - offsets[first];
        for (int i = first + 1; i < last; i++)
        {
            heights[i] = float.IsNaN(h0) || float.IsNaN(h1) ? float.NaN
                : (float)(h0 + (length > 0 ? (offsets[i] - offsets[first]) / length : 0) * (h1 - h0));
        }
    }
}
