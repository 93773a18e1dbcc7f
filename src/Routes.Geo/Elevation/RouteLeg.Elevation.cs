namespace Routes.Geo;

public sealed partial record RouteLeg
{
    /// <summary>Total climb along the leg, metres (0 on a network without elevation).</summary>
    public double AscentMetres { get; init; }

    /// <summary>Total drop along the leg, metres (0 on a network without elevation).</summary>
    public double DescentMetres { get; init; }

    /// <summary>
    /// The ground height at each point of <see cref="Geometry"/>, metres (NaN where the DEM had none), or null on a network
    /// imported without elevation.
    /// </summary>
    public IReadOnlyList<double>? GeometryElevationMetres { get; init; }

    /// <summary>
    /// The share of the leg's length (0 to 1) whose heights were known; the rest was routed flat and adds no climb.
    /// Null on a network without elevation.
    /// </summary>
    public double? ElevationCoverage { get; init; }
}
