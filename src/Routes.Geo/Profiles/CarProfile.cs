namespace Routes.Geo.Profiles;

/// <summary>
/// Driving a car. Road classes and default speeds follow OSRM's car profile; <c>maxspeed</c> is
/// used at 80% (traffic rarely flows at the limit). One-ways, roundabouts and motorways are obeyed.
/// </summary>
public class CarProfile : Profile
{
    /// <summary>Default speeds in km/h by <c>highway</c> value (OSRM car profile defaults).</summary>
    protected static readonly IReadOnlyDictionary<string, double> DefaultSpeedsKmh = new Dictionary<string, double>
    {
        ["motorway"] = 90, ["motorway_link"] = 45, ["trunk"] = 85, ["trunk_link"] = 40,
        ["primary"] = 65, ["primary_link"] = 30, ["secondary"] = 55, ["secondary_link"] = 25,
        ["tertiary"] = 40, ["tertiary_link"] = 20, ["unclassified"] = 25, ["residential"] = 25,
        ["living_street"] = 10, ["service"] = 15, ["road"] = 20,
    };

    private static readonly string[] Keys = ["motorcar", "motor_vehicle", "vehicle", "access"];
    private static readonly string[] Modes = ["motorcar", "motor_vehicle", "vehicle"];

    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase)
    {
        "bollard", "block", "stile", "kissing_gate", "cycle_barrier", "turnstile", "fence", "wall", "chain",
        "jersey_barrier", "log", "motorcycle_barrier", "swing_gate", "full-height_turnstile", "planter", "bus_trap",
    };

    /// <summary>Speed on ferries without a usable <c>duration</c> tag, km/h.</summary>
    public const double FerrySpeedKmh = 5;

    /// <inheritdoc />
    public override string Name => "car";

    /// <inheritdoc />
    public override IReadOnlyList<string> AccessKeys => Keys;

    /// <inheritdoc />
    protected override IReadOnlySet<string> BlockingBarriers => Blocking;

    /// <inheritdoc />
    public override IReadOnlyList<string> RestrictionModes => Modes;

    /// <inheritdoc />
    public override double MaxSpeedKmh => 140;

    /// <inheritdoc />
    public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        bool? access = ReadAccess(wayTags);
        if (access == false || wayTags.Get("area") == "yes" || wayTags.Get("impassable") == "yes")
        {
            return EdgeAccess.None;
        }

        double speed;
        string? highway = wayTags.Get("highway");
        if (wayTags.Get("route") is "ferry" or "shuttle_train")
        {
            // Many ferries carry foot passengers only: a car boards only where motorcar/motor_vehicle/vehicle says yes.
            if (access != true)
            {
                return EdgeAccess.None;
            }

            speed = FerrySpeedKmh;
        }
        else if (highway is not null && DefaultSpeedsKmh.TryGetValue(highway, out double d))
        {
            speed = d;
        }
        else if (highway == "track" && access == true)
        {
            speed = 10;
        }
        else
        {
            return EdgeAccess.None;
        }

        double? maxspeed = TagReading.ParseMaxSpeedKmh(wayTags.Get("maxspeed"));
        if (maxspeed is not null && wayTags.Get("route") is null)
        {
            speed = Math.Min(maxspeed.Value * 0.8, MaxSpeedKmh);
        }

        (bool forward, bool backward) = Directions(wayTags, highway);
        return forward || backward ? new EdgeAccess(forward, backward, speed) : EdgeAccess.None;
    }

    /// <summary>Direction rules for motor vehicles: oneway tags, roundabouts and motorways.</summary>
    protected static (bool Forward, bool Backward) Directions(IReadOnlyDictionary<string, string> tags, string? highway)
    {
        ArgumentNullException.ThrowIfNull(tags);
        int? oneway = TagReading.ReadOneway(tags.Get("oneway:motorcar") ?? tags.Get("oneway:motor_vehicle") ?? tags.Get("oneway"), out bool reversible);
        if (reversible)
        {
            return (false, false);
        }

        if (oneway is null)
        {
            string? junction = tags.Get("junction");
            bool implied = junction is "roundabout" or "circular" || highway is "motorway";
            oneway = implied ? 1 : 0;
        }

        return oneway switch
        {
            1 => (true, false),
            -1 => (false, true),
            _ => (true, true),
        };
    }
}
