namespace Routes.Geo.Profiles;

/// <summary>
/// Driving a car. Road classes and default speeds follow OSRM's car profile; <c>maxspeed</c> is
/// used at 80% (traffic rarely flows at the limit). One-ways, roundabouts and motorways are obeyed.
/// Ways whose <c>maxheight</c>, <c>maxwidth</c>, <c>maxlength</c> or <c>maxweight</c> is below the car's
/// dimensions (<see cref="HeightMetres"/>, ...; OSRM's car values) and <c>smoothness=impassable</c> are closed.
/// </summary>
public partial class CarProfile : Profile
{
    /// <summary>Default speeds in km/h by <c>highway</c> value (OSRM car profile defaults).</summary>
    protected static readonly IReadOnlyDictionary<string, double> DefaultSpeedsKmh = new Dictionary<string, double>
    {
        ["motorway"] = 90,
        ["motorway_link"] = 45,
        ["trunk"] = 85,
        ["trunk_link"] = 40,
        ["primary"] = 65,
        ["primary_link"] = 30,
        ["secondary"] = 55,
        ["secondary_link"] = 25,
        ["tertiary"] = 40,
        ["tertiary_link"] = 20,
        ["unclassified"] = 25,
        ["residential"] = 25,
        ["living_street"] = 10,
        ["service"] = 15,
        ["road"] = 20,
    };

    private static readonly string[] Keys = ["motorcar", "motor_vehicle", "vehicle", "access"];
    private static readonly string[] Modes = ["motorcar", "motor_vehicle", "vehicle"];

    private static readonly HashSet<string> Destination = new(StringComparer.OrdinalIgnoreCase) { "destination", "customers", "delivery" };

    private static readonly string[] SizeKeys = ["maxheight", "maxwidth", "maxlength"];

    // Most specific first (Directions).
    private static readonly string[] OnewayKeys = ["oneway:motorcar", "oneway:motor_vehicle", "oneway:vehicle", "oneway"];

    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase)
    {
        "bollard", "block", "stile", "kissing_gate", "cycle_barrier", "turnstile", "fence", "wall", "chain",
        "jersey_barrier", "log", "motorcycle_barrier", "swing_gate", "full-height_turnstile", "planter", "bus_trap",
    };

    private IReadOnlySet<string>? _wayKeys;

    /// <summary>Speed on ferries without a usable <c>duration</c> tag, km/h.</summary>
    public const double FerrySpeedKmh = 5;

    /// <inheritdoc />
    public override string Name => "car";

    /// <summary>
    /// The access keys in each direction, <c>area</c>, <c>impassable</c>, <c>status</c>, <c>smoothness</c>, the dimension limits,
    /// <c>highway</c>, <c>route</c>, <c>maxspeed</c>, the <c>oneway</c> keys and <c>junction</c>.
    /// </summary>
    public override IReadOnlySet<string> WayKeys => _wayKeys ??= KeySet(
        AccessWayKeys, SizeKeys, ["area", "impassable", "status", "smoothness", "maxweight", "highway", "route", "maxspeed", "junction"], OnewayKeys);

    /// <inheritdoc />
    public override IReadOnlyList<string> AccessKeys => Keys;

    /// <inheritdoc />
    protected override IReadOnlySet<string> BlockingBarriers => Blocking;

    /// <inheritdoc />
    public override IReadOnlyList<string> RestrictionModes => Modes;

    /// <inheritdoc />
    public override double MaxSpeedKmh => 140;

    /// <summary>The car's height in metres (2.0, OSRM's: just above the largest SUVs); a lower <c>maxheight</c> closes the way.</summary>
    public virtual double HeightMetres => 2.0;

    /// <summary>The car's width in metres (1.9, OSRM's); a narrower <c>maxwidth</c> closes the way.</summary>
    public virtual double WidthMetres => 1.9;

    /// <summary>The car's length in metres (4.8, OSRM's: a large family car); a shorter <c>maxlength</c> closes the way.</summary>
    public virtual double LengthMetres => 4.8;

    /// <summary>The car's weight in tonnes (2.0, OSRM's 2000 kg); a lower <c>maxweight</c> closes the way.</summary>
    public virtual double WeightTonnes => 2.0;

    /// <inheritdoc />
    protected override IReadOnlySet<string> DestinationOnlyValues => Destination;

    /// <inheritdoc />
    public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        if (wayTags.Get("area") == "yes" || wayTags.Get("impassable") == "yes" || wayTags.Get("status") == "impassable"
            || wayTags.Get("smoothness") == "impassable" || IsTooSmall(wayTags))
        {
            return EdgeAccess.None;
        }

        return EvaluateEachDirection(wayTags, access => Evaluate(wayTags, access));
    }

    /// <inheritdoc />
    public override IEnumerable<string> UnreadableKeys(IReadOnlyDictionary<string, string> wayTags)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        if (!TagReading.TryParseMaxSpeedKmh(wayTags.Get("maxspeed"), out _))
        {
            yield return "maxspeed";
        }

        foreach (string key in SizeKeys.Where(key => !TagReading.TryParseMetres(wayTags.Get(key), out _)))
        {
            yield return key;
        }

        if (!TagReading.TryParseTonnes(wayTags.Get("maxweight"), out _))
        {
            yield return "maxweight";
        }
    }

    private EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags, AccessLevel? access)
    {
        if (access == AccessLevel.Denied)
        {
            return EdgeAccess.None;
        }

        double speed;
        string? highway = wayTags.Get("highway");
        if (wayTags.Get("route") is "ferry" or "shuttle_train")
        {
            // Many ferries carry foot passengers only: a car boards only where motorcar/motor_vehicle/vehicle says yes.
            if (!IsExplicitlyOpen(access))
            {
                return EdgeAccess.None;
            }

            speed = FerrySpeedKmh;
        }
        else if (highway is not null && DefaultSpeedsKmh.TryGetValue(highway, out double d))
        {
            speed = d;
        }
        else if (highway == "track" && IsExplicitlyOpen(access))
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

    // A limit below the car's dimension closes the way; a value not understood is ignored (and counted by the importer).
    private bool IsTooSmall(IReadOnlyDictionary<string, string> tags) =>
        Below(tags, "maxheight", HeightMetres) || Below(tags, "maxwidth", WidthMetres) || Below(tags, "maxlength", LengthMetres)
        || TagReading.TryParseTonnes(tags.Get("maxweight"), out double? tonnes) && tonnes < WeightTonnes;

    private static bool Below(IReadOnlyDictionary<string, string> tags, string key, double dimension) =>
        TagReading.TryParseMetres(tags.Get(key), out double? metres) && metres < dimension;

    /// <summary>
    /// Direction rules for motor vehicles: the most specific of <c>oneway:motorcar</c>, <c>oneway:motor_vehicle</c>,
    /// <c>oneway:vehicle</c>, <c>oneway</c>; else implied by roundabouts and motorways. <c>reversible</c> closes the way.
    /// </summary>
    protected static (bool Forward, bool Backward) Directions(IReadOnlyDictionary<string, string> tags, string? highway)
    {
        ArgumentNullException.ThrowIfNull(tags);
        int? oneway = TagReading.ReadOneway(OnewayKeys.Select(tags.Get).FirstOrDefault(v => v is not null), out bool reversible);
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
