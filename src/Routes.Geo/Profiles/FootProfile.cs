namespace Routes.Geo.Profiles;

/// <summary>
/// Walking at 5 km/h (steps 2 km/h, ferries 5 km/h). One-ways do not bind pedestrians except
/// <c>oneway:foot</c>; motorways and trunk roads without a footway are excluded, as in OSRM's foot profile.
/// Pedestrian areas (<c>area=yes</c>) are walked along their outline.
/// </summary>
public class FootProfile : Profile
{
    /// <summary>Walking speed, km/h.</summary>
    public const double WalkingSpeedKmh = 5;

    /// <summary>Speed on steps, km/h.</summary>
    public const double StepsSpeedKmh = 2;

    private static readonly HashSet<string> Walkable = new(StringComparer.OrdinalIgnoreCase)
    {
        "primary", "primary_link", "secondary", "secondary_link", "tertiary", "tertiary_link", "unclassified",
        "residential", "road", "living_street", "service", "track", "path", "steps", "pedestrian", "footway",
        "pier", "bridleway", "cycleway", "corridor", "platform",
    };

    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase)
    {
        "fence", "wall", "hedge", "retaining_wall", "city_wall", "ditch", "full-height_turnstile", "jersey_barrier",
    };

    private static readonly string[] Keys = ["foot", "access"];

    private IReadOnlySet<string>? _wayKeys;

    /// <inheritdoc />
    public override string Name => "foot";

    /// <summary>The access keys in each direction, <c>impassable</c>, <c>motorroad</c>, <c>highway</c>, <c>route</c>, <c>railway</c>, <c>public_transport</c>, <c>oneway:foot</c>.</summary>
    public override IReadOnlySet<string> WayKeys =>
        _wayKeys ??= KeySet(AccessWayKeys, ["impassable", "motorroad", "highway", "route", "railway", "public_transport", "oneway:foot"]);

    /// <inheritdoc />
    public override IReadOnlyList<string> AccessKeys => Keys;

    /// <inheritdoc />
    protected override IReadOnlySet<string> BlockingBarriers => Blocking;

    /// <summary>None: <c>destination</c> and <c>customers</c> signs are for vehicles passing through; OSRM's default profile routes them freely too.</summary>
    protected override IReadOnlySet<string> DestinationOnlyValues => NoDestinationValues;

    /// <inheritdoc />
    public override IReadOnlyList<string> RestrictionModes => [];

    /// <inheritdoc />
    public override double MaxSpeedKmh => WalkingSpeedKmh;

    /// <summary>True: on a network with elevation, walking follows Tobler's hiking function (<see cref="Elevation.HikingSpeed"/>).</summary>
    public override bool ReadsGrade => true;

    /// <summary>Tobler's hiking function as a ratio to the flat speed; steps keep their own speed (their grade is in it already).</summary>
    public override double SpeedOnGradeKmh(IReadOnlyDictionary<string, string> wayTags, double flatSpeedKmh, double grade)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        return wayTags.Get("highway") == "steps" ? flatSpeedKmh : flatSpeedKmh * Elevation.HikingSpeed.Factor(grade);
    }

    /// <inheritdoc />
    public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        if (wayTags.Get("impassable") == "yes")
        {
            return EdgeAccess.None;
        }

        return EvaluateEachDirection(wayTags, access => Evaluate(wayTags, access));
    }

    private static EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags, AccessLevel? access)
    {
        if (IsClosedToWalkersAndCyclists(wayTags, access))
        {
            return EdgeAccess.None;
        }

        string? highway = wayTags.Get("highway");

        // An explicit foot=yes opens any highway class, motorways included (rare, but the mapper said so).
        bool usable = wayTags.Get("route") is "ferry"
            || (highway is not null && (Walkable.Contains(highway) || IsExplicitlyOpen(access)))
            || wayTags.Get("railway") == "platform" || wayTags.Get("public_transport") == "platform";
        if (!usable)
        {
            return EdgeAccess.None;
        }

        double speed = highway == "steps" ? StepsSpeedKmh : WalkingSpeedKmh;
        int? oneway = TagReading.ReadOneway(wayTags.Get("oneway:foot"), out bool reversible);
        if (reversible)
        {
            return EdgeAccess.None;
        }

        return oneway switch
        {
            1 => new EdgeAccess(true, false, speed),
            -1 => new EdgeAccess(false, true, speed),
            _ => new EdgeAccess(true, true, speed),
        };
    }
}
