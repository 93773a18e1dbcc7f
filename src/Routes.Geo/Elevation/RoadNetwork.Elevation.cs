using Routes.Geo.Elevation;

namespace Routes.Geo;

public sealed partial class RoadNetwork
{
    private double[]? _pointHeightsMetres;

    /// <summary>The edges' height profiles, or null for a network imported without elevation (routed flat).</summary>
    internal EdgeElevation? ElevationData { get; private init; }

    /// <summary>
    /// The height of every geometry point (NaN where unknown), looked up once from the samples on first use, so that
    /// building a route reads each point's height instead of searching the samples. Null without elevation.
    /// </summary>
    // Two threads may both fill it the first time: the arrays are equal, and either reference is kept.
    internal double[]? PointHeightsMetres => ElevationData is null ? null : _pointHeightsMetres ??= PointHeights(ElevationData);

    /// <summary>Whether this network carries heights (imported with <see cref="ElevationOptions"/>); without them every profile routes flat.</summary>
    public bool HasElevation => ElevationData is not null;

    /// <summary>
    /// This network with every vertex, geometry point and sample along its edges given a height from
    /// <paramref name="options"/>' DEM (see <see cref="ElevationOptions.SampleSpacingMetres"/>). Points the DEM does not
    /// cover get no height and their stretches count as flat; <see cref="Network.NetworkStatistics.ElevationSamplesWithoutHeight"/>
    /// counts them. The network itself is not changed; graphs built from the result see the grades.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sample spacing is outside 5 to 1,000 m.</exception>
    /// <exception cref="ElevationDataException">A tile the network needs is corrupt, truncated or in an unsupported projection.</exception>
    public RoadNetwork WithElevation(ElevationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return WithElevationData(ElevationSampler.Sample(this, options));
    }

    /// <summary>The ground height at <paramref name="offsetMetres"/> along edge <paramref name="edge"/>, or null without elevation data there.</summary>
    public double? EdgeElevationMetres(int edge, double offsetMetres) =>
        ElevationData?.HeightAt(edge, offsetMetres) is { } h && !double.IsNaN(h) ? h : null;

    /// <summary>Total climb and drop along edge <paramref name="edge"/> in its direction (against it when <paramref name="backward"/>), metres; zero without elevation data.</summary>
    public (double AscentMetres, double DescentMetres) EdgeClimbMetres(int edge, bool backward = false)
    {
        if (ElevationData is not { } data)
        {
            return (0, 0);
        }

        double up = data.ForwardAscentMetres[edge], down = data.ForwardDescentMetres[edge];
        return backward ? (down, up) : (up, down);
    }

    private double[] PointHeights(EdgeElevation data)
    {
        var heights = new double[PointOffsetMetres.Length];
        int hint = -1;
        for (int edge = 0; edge < EdgeCount; edge++)
        {
            for (int k = EdgeGeometryStart[edge]; k < EdgeGeometryStart[edge + 1]; k++)
            {
                heights[k] = data.HeightAt(edge, PointOffsetMetres[k], ref hint);
            }
        }

        return heights;
    }

    internal RoadNetwork WithElevationData(EdgeElevation data) =>
        new(Source, VertexLat, VertexLon, VertexOsmId, VertexTags, EdgeFrom, EdgeTo, EdgeWay, EdgeGeometryStart, PointLat, PointLon,
            PointOffsetMetres, Ways, Restrictions,
            Statistics with { ElevationSamples = data.SampleCount, ElevationSamplesWithoutHeight = data.MissingSampleCount })
        {
            ElevationData = data,
            KeptWayKeys = KeptWayKeys,
            DistinctWayTagSets = DistinctWayTagSets,
        };
}
