namespace Routes.Geo;

public sealed partial record Route
{
    /// <summary>Total climb along the route, metres: the sum of its legs' (0 on a network without elevation).</summary>
    public double AscentMetres { get; init; }

    /// <summary>Total drop along the route, metres (0 on a network without elevation). Ascent minus descent is the height difference of the ends.</summary>
    public double DescentMetres { get; init; }

    /// <summary>The ground height at each point of <see cref="Geometry"/>, metres (NaN where unknown), or null on a network without elevation.</summary>
    public IReadOnlyList<double>? GeometryElevationMetres { get; init; }

    /// <summary>The share of the route's length (0 to 1) whose heights were known (the rest routed flat), or null on a network without elevation.</summary>
    public double? ElevationCoverage { get; init; }

    /// <summary>
    /// This route with its climb, heights and coverage taken from its legs (joined as <see cref="Geometry"/> is: a point
    /// shared by two legs once). Returns the route unchanged when a leg has no heights.
    /// </summary>
    public Route WithElevationFromLegs()
    {
        if (Legs.Count == 0 || Legs.Any(l => l.GeometryElevationMetres is null))
        {
            return this;
        }

        IReadOnlyList<double> heights;
        if (Legs.Count == 1)
        {
            heights = Legs[0].GeometryElevationMetres!;
        }
        else
        {
            var joined = new List<double>(Geometry.Count);
            GeoPoint? lastPoint = null;
            foreach (RouteLeg leg in Legs)
            {
                IReadOnlyList<double> h = leg.GeometryElevationMetres!;
                for (int k = lastPoint is { } p && p == leg.Geometry[0] ? 1 : 0; k < leg.Geometry.Count; k++)
                {
                    joined.Add(h[k]);
                }

                lastPoint = leg.Geometry[^1];
            }

            heights = joined;
        }

        double length = Legs.Sum(l => l.LengthMetres);
        return this with
        {
            AscentMetres = Legs.Sum(l => l.AscentMetres),
            DescentMetres = Legs.Sum(l => l.DescentMetres),
            GeometryElevationMetres = heights.Count == Geometry.Count ? heights : null,
            ElevationCoverage = length > 0 ? Legs.Sum(l => l.ElevationCoverage!.Value * l.LengthMetres) / length : 1,
        };
    }
}
