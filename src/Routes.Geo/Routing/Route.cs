using Routes.Geo.Routing;

namespace Routes.Geo;

/// <summary>
/// A computed route: WGS84 geometry from the snapped start to the snapped end, its length and
/// duration, one leg per pair of consecutive points, and the names of the roads used in order.
/// </summary>
/// <param name="Profile">The profile's name.</param>
/// <param name="Metric">What the route minimises.</param>
/// <param name="Geometry">The polyline, starting and ending at the snapped points.</param>
/// <param name="LengthMetres">Length on the WGS84 ellipsoid, metres.</param>
/// <param name="DurationSeconds">Travel time with the profile's speeds and its turn costs (<see cref="Geo.Profile.TurnSeconds"/>), seconds.</param>
/// <param name="Legs">The legs, from each point to the next.</param>
/// <param name="Waypoints">Where each given point was snapped, in order (from, via..., to).</param>
public sealed partial record Route(
    string Profile,
    RouteMetric Metric,
    IReadOnlyList<GeoPoint> Geometry,
    double LengthMetres,
    double DurationSeconds,
    IReadOnlyList<RouteLeg> Legs,
    IReadOnlyList<SnapResult> Waypoints)
{
    /// <summary>
    /// The graph the route was computed on (its <see cref="RoutingGraph.Profile"/> is the profile named <see cref="Profile"/>),
    /// so instructions, exports and maps need the route alone; null for a route built by hand.
    /// </summary>
    public RoutingGraph? Graph { get; init; }

    /// <summary>Names (or refs) of the roads used, in order, without consecutive repeats; unnamed roads are left out.</summary>
    public IReadOnlyList<string> RoadNames
    {
        get
        {
            var names = new List<string>();
            foreach (RouteLeg leg in Legs)
            {
                foreach (RouteStep step in leg.Steps)
                {
                    if (step.RoadName is { } name && (names.Count == 0 || names[^1] != name))
                    {
                        names.Add(name);
                    }
                }
            }

            return names;
        }
    }

    /// <summary>The snapped start.</summary>
    public GeoPoint From => Geometry[0];

    /// <summary>The snapped end.</summary>
    public GeoPoint To => Geometry[^1];
}
