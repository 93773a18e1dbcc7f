namespace Routes.Geo.Export;

/// <summary>A named point written as a GPX waypoint beside a route's track.</summary>
/// <param name="Point">Where it is (rounded to 7 decimals when written).</param>
/// <param name="Name">The waypoint's name.</param>
/// <param name="Label">How an error names this waypoint, such as <c>site 'calais'</c>.</param>
public sealed record GpxPlace(GeoPoint Point, string Name, string Label)
{
    /// <summary>The waypoint's description, or null for none.</summary>
    public string? Description { get; init; }

    /// <summary>Where the waypoint comes from, joined by " ; " in GPX's <c>src</c>.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>The waypoint's type (GPX <c>type</c>), or null for none.</summary>
    public string? Classification { get; init; }
}
