using Routes.Geo.Network;
using Routes.Geo.Profiles;
using Routes.Geo.Routing;

namespace Routes.Geo.Elevation;

/// <summary>
/// Gives a routing graph's edges their uphill and downhill durations from the network's height samples and the
/// profile's <see cref="Profile.SpeedOnGradeKmh"/>: each stretch between two samples takes its length over the speed on
/// its own grade. A stretch beside a sample without height is flat. Ferries keep their timetable.
/// </summary>
internal sealed class GradeModel
{
    private readonly EdgeElevation _elevation;
    private readonly Profile _profile;

    private GradeModel(EdgeElevation elevation, Profile profile)
    {
        _elevation = elevation;
        _profile = profile;
    }

    /// <summary>The model for a graph, or null when nothing changes (no elevation data, or a profile that ignores grades).</summary>
    public static GradeModel? For(RoadNetwork network, Profile profile) =>
        network.ElevationData is { } elevation && profile.ReadsGrade ? new GradeModel(elevation, profile) : null;

    /// <summary>
    /// Sets edge <paramref name="edge"/>'s two directed durations in <paramref name="graph"/> (and closes it when too steep for the profile), <paramref name="length"/> metres long;
    /// returns the fastest average speed either direction reaches, m/s, for A*'s bound.
    /// </summary>
    public double Apply(EdgeDecisionArrays graph, int edge, WayRecord way, EdgeAccess access, double flatSpeedMps, double length)
    {
        if (way.Tags.Get("route") is "ferry")
        {
            return flatSpeedMps;
        }

        if (_profile.MaxSustainedGrade is { } maxGrade && SteepestSustainedGrade(edge) > maxGrade)
        {
            graph.CanForward[edge] = graph.CanBackward[edge] = false;
            return 0;
        }

        double flatKmh = flatSpeedMps * 3.6;
        double forward = 0, backward = 0;
        int first = _elevation.SampleStart[edge], last = _elevation.SampleStart[edge + 1] - 1;
        for (int i = first; i < last; i++)
        {
            double run = _elevation.SampleOffsetMetres[i + 1] - _elevation.SampleOffsetMetres[i];
            if (run <= 0)
            {
                continue;
            }

            double rise = _elevation.SampleHeightMetres[i + 1] - _elevation.SampleHeightMetres[i];
            double grade = double.IsNaN(rise) ? 0 : Math.Clamp(rise / run, -Profile.GradeLimit, Profile.GradeLimit);
            forward += run / (Speed(way, flatKmh, grade) / 3.6);
            backward += run / (Speed(way, flatKmh, -grade) / 3.6);
        }

        // Sample offsets are single precision: scale so that the durations are those of the edge's exact length.
        double sampled = _elevation.SampleOffsetMetres[last] - _elevation.SampleOffsetMetres[first];
        double scale = sampled > 0 ? length / sampled : 0;
        if (scale == 0)
        {
            return flatSpeedMps;
        }

        graph.DurationSeconds[2 * edge] = forward * scale;
        graph.DurationSeconds[2 * edge + 1] = backward * scale;
        double fastest = 0;
        if (access.Forward)
        {
            fastest = length / (forward * scale);
        }

        if (access.Backward)
        {
            fastest = Math.Max(fastest, length / (backward * scale));
        }

        return fastest;
    }

    private double Speed(WayRecord way, double flatKmh, double grade)
    {
        double speed = _profile.SpeedOnGradeKmh(way.Tags, flatKmh, grade);
        return speed > 0 && double.IsFinite(speed) ? speed : flatKmh;
    }

    // The largest |rise| / run over windows of exactly the profile's length (the whole edge when shorter). The rise over a
    // sliding window of the piecewise-linear profile is extreme where one of its ends is on a sample: those windows suffice.
    private double SteepestSustainedGrade(int edge)
    {
        double window = _profile.SustainedGradeWindowMetres;
        int first = _elevation.SampleStart[edge], last = _elevation.SampleStart[edge + 1] - 1;
        float[] offset = _elevation.SampleOffsetMetres, height = _elevation.SampleHeightMetres;
        double start = offset[first], end = offset[last];
        if (end - start <= window)
        {
            double run = end - start;
            return run > 0 && !float.IsNaN(height[first]) && !float.IsNaN(height[last]) ? Math.Abs(height[last] - height[first]) / run : 0;
        }

        double steepest = 0;
        for (int i = first; i <= last; i++)
        {
            foreach (double from in (ReadOnlySpan<double>)[offset[i], offset[i] - window])
            {
                if (from < start || from + window > end)
                {
                    continue;
                }

                double rise = _elevation.HeightAt(edge, from + window) - _elevation.HeightAt(edge, from);
                if (!double.IsNaN(rise))
                {
                    steepest = Math.Max(steepest, Math.Abs(rise) / window);
                }
            }
        }

        return steepest;
    }
}
