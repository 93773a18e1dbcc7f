namespace Routes.Geo.TestSupport;

/// <summary>Routes the export tests share.</summary>
public static class SampleRoutes
{
    /// <summary>A three-point walk between two Lille memorials; its length is not a whole number of metres.</summary>
    public static Route Walk { get; } = new(
        "foot",
        RouteMetric.Shortest,
        [new GeoPoint(50.635566, 3.062158), new GeoPoint(50.6362, 3.0581), new GeoPoint(50.637725, 3.051623)],
        843.27,
        607.1,
        [],
        []);
}
