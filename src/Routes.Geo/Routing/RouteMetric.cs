namespace Routes.Geo;

/// <summary>What a route minimises.</summary>
public enum RouteMetric
{
    /// <summary>Travel time with the profile's speeds (the default).</summary>
    Fastest,

    /// <summary>Length in metres, among the ways the profile may use.</summary>
    Shortest,
}
