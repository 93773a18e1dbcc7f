namespace Routes.Geo.Profiles;

/// <summary>
/// Cycling at 15 km/h on roads (18 on cycleways, 12 on tracks and paths). Motorways are excluded unless
/// <c>bicycle=yes</c> (then ridden, one-way as for cars); footways and pedestrian streets are used pushing the
/// bicycle at 5 km/h unless <c>bicycle=no</c>, and a pushed bicycle, like a pedestrian, ignores <c>oneway</c>.
/// When riding, one-ways bind except <c>oneway:bicycle=no</c> and contraflow cycleways (<c>cycleway=opposite*</c>,
/// <c>cycleway:left|right|both=opposite*</c>, <c>cycleway:left|right|both:oneway=no|-1</c>); there is no
/// pushing against a road's one-way.
/// </summary>
public class BicycleProfile : Profile
{
    private static readonly Dictionary<string, double> SpeedsKmh = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trunk"] = 15,
        ["trunk_link"] = 15,
        ["primary"] = 15,
        ["primary_link"] = 15,
        ["secondary"] = 15,
        ["secondary_link"] = 15,
        ["tertiary"] = 15,
        ["tertiary_link"] = 15,
        ["unclassified"] = 15,
        ["residential"] = 15,
        ["road"] = 15,
        ["living_street"] = 10,
        ["service"] = 15,
        ["track"] = 12,
        ["path"] = 12,
        ["cycleway"] = 18,
        ["bridleway"] = 8,
    };

    private static readonly HashSet<string> PushOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "footway", "pedestrian", "pier", "platform", "corridor",
    };

    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase)
    {
        "stile", "turnstile", "fence", "wall", "full-height_turnstile", "kissing_gate", "hedge", "jersey_barrier",
    };

    private static readonly string[] CyclewaySides = ["cycleway:left", "cycleway:right", "cycleway:both"];

    private static readonly string[] Keys = ["bicycle", "vehicle", "access"];
    private static readonly string[] Modes = ["bicycle", "vehicle"];

    private IReadOnlySet<string>? _wayKeys;

    /// <summary>Speed when pushing the bicycle, km/h.</summary>
    public const double PushingSpeedKmh = 5;

    /// <inheritdoc />
    public override string Name => "bicycle";

    /// <summary>
    /// The access keys in each direction, <c>area</c>, <c>impassable</c>, <c>motorroad</c>, <c>highway</c>, <c>route</c>,
    /// <c>oneway</c>, <c>oneway:bicycle</c>, <c>oneway:foot</c> (pushing), <c>junction</c>, and the cycleway keys with their sides' <c>:oneway</c>.
    /// </summary>
    public override IReadOnlySet<string> WayKeys => _wayKeys ??= KeySet(
        AccessWayKeys, ["area", "impassable", "motorroad", "highway", "route", "oneway", "oneway:bicycle", "oneway:foot", "junction", "cycleway"],
        CyclewaySides, CyclewaySides.Select(side => side + ":oneway"));

    /// <inheritdoc />
    public override IReadOnlyList<string> AccessKeys => Keys;

    /// <inheritdoc />
    protected override IReadOnlySet<string> BlockingBarriers => Blocking;

    /// <summary>None: <c>destination</c> and <c>customers</c> signs are for vehicles passing through; OSRM's default profile routes them freely too.</summary>
    protected override IReadOnlySet<string> DestinationOnlyValues => NoDestinationValues;

    /// <inheritdoc />
    public override IReadOnlyList<string> RestrictionModes => Modes;

    /// <inheritdoc />
    public override double MaxSpeedKmh => 18;

    /// <summary>True: on a network with elevation, riding follows <see cref="Elevation.CyclingSpeed"/> and pushing Tobler's hiking function.</summary>
    public override bool ReadsGrade => true;

    /// <summary>Ridden: <see cref="Elevation.CyclingSpeed"/>; pushed (at walking speed or below): Tobler's hiking function; carried up steps: their own speed.</summary>
    public override double SpeedOnGradeKmh(IReadOnlyDictionary<string, string> wayTags, double flatSpeedKmh, double grade)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        if (wayTags.Get("highway") == "steps")
        {
            return flatSpeedKmh;
        }

        return flatSpeedKmh <= PushingSpeedKmh ? flatSpeedKmh * Elevation.HikingSpeed.Factor(grade) : Elevation.CyclingSpeed.SpeedKmh(flatSpeedKmh, grade);
    }

    /// <inheritdoc />
    public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        if (wayTags.Get("area") == "yes" && wayTags.Get("highway") != "pedestrian" || wayTags.Get("impassable") == "yes")
        {
            return EdgeAccess.None;
        }

        return EvaluateEachDirection(wayTags, access => Evaluate(wayTags, access));
    }

    /// <summary>Reads <c>dismount</c> as allowed (pushing), then as every profile does.</summary>
    protected override AccessLevel? ReadAccessWord(string word) =>
        "dismount".Equals(word, StringComparison.OrdinalIgnoreCase) ? AccessLevel.Allowed : base.ReadAccessWord(word);

    private static EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags, AccessLevel? access)
    {
        if (IsClosedToWalkersAndCyclists(wayTags, access))
        {
            return EdgeAccess.None;
        }

        string? highway = wayTags.Get("highway");

        double speed;
        bool pushing = false;
        if (wayTags.Get("route") is "ferry")
        {
            speed = CarProfile.FerrySpeedKmh;
        }
        else if (highway is not null && SpeedsKmh.TryGetValue(highway, out double s))
        {
            speed = s;
        }
        else if (highway is "motorway" or "motorway_link" && IsExplicitlyOpen(access))
        {
            speed = SpeedsKmh["trunk"];
        }
        else if (highway is not null && PushOnly.Contains(highway))
        {
            pushing = !IsExplicitlyOpen(access);
            speed = pushing ? PushingSpeedKmh : 12;
        }
        else if (highway == "steps" && IsExplicitlyOpen(access))
        {
            (speed, pushing) = (2, true);
        }
        else
        {
            return EdgeAccess.None;
        }

        if (wayTags.Get("bicycle") == "dismount")
        {
            (speed, pushing) = (PushingSpeedKmh, true);
        }

        (bool forward, bool backward) = pushing ? PushedDirections(wayTags) : Directions(wayTags, highway);
        return forward || backward ? new EdgeAccess(forward, backward, speed) : EdgeAccess.None;
    }

    // A cyclist pushing the bicycle walks: only oneway:foot binds, as for pedestrians.
    private static (bool Forward, bool Backward) PushedDirections(IReadOnlyDictionary<string, string> tags) =>
        TagReading.ReadOneway(tags.Get("oneway:foot"), out bool reversible) switch
        {
            _ when reversible => (false, false),
            1 => (true, false),
            -1 => (false, true),
            _ => (true, true),
        };

    private static (bool Forward, bool Backward) Directions(IReadOnlyDictionary<string, string> tags, string? highway)
    {
        string? onewayBicycle = tags.Get("oneway:bicycle");
        int? oneway = TagReading.ReadOneway(onewayBicycle ?? tags.Get("oneway"), out bool reversible);
        if (reversible)
        {
            return (false, false);
        }

        if (oneway is null)
        {
            oneway = tags.Get("junction") is "roundabout" or "circular" || highway is "motorway" ? 1 : 0;
        }

        (bool forward, bool backward) = oneway switch
        {
            1 => (true, false),
            -1 => (false, true),
            _ => (true, true),
        };

        // Contraflow cycleways open the way against a one-way for bicycles only; an explicit oneway:bicycle decides alone.
        if (onewayBicycle is null && oneway != 0)
        {
            (bool lanesForward, bool lanesBackward) = ContraflowLanes(tags);
            forward |= lanesForward;
            backward |= lanesBackward;
        }

        return (forward, backward);
    }

    // The directions cycle lanes add: "opposite*" values run against the way's one-way, and a side's own
    // oneway (cycleway:left:oneway=-1 or no) says which way its lane runs.
    private static (bool Forward, bool Backward) ContraflowLanes(IReadOnlyDictionary<string, string> tags)
    {
        bool opposite = tags.Get("cycleway")?.StartsWith("opposite", StringComparison.OrdinalIgnoreCase) == true
            || CyclewaySides.Any(side => tags.Get(side)?.StartsWith("opposite", StringComparison.OrdinalIgnoreCase) == true);
        (bool forward, bool backward) = (opposite, opposite);
        foreach (string side in CyclewaySides)
        {
            if (tags.Get(side) is null or "no" or "separate")
            {
                continue;
            }

            int? laneOneway = TagReading.ReadOneway(tags.Get(side + ":oneway"), out _);
            forward |= laneOneway is 0 or 1;
            backward |= laneOneway is 0 or -1;
        }

        return (forward, backward);
    }
}
