using System.Globalization;

namespace Routes.Geo.Profiles;

/// <summary>
/// Walking for a wheelchair, a walking frame or a pram (CLI mode <c>wheelchair</c>): the ways a <see cref="FootProfile"/>
/// walks, at <see cref="WheelchairSpeedKmh"/>, without what stops a wheel:
/// <list type="bullet">
/// <item>steps (unless <c>wheelchair=yes</c> or <c>ramp:wheelchair=yes</c>), ways tagged <c>wheelchair=no</c> or <c>limited</c>;</item>
/// <item>loose or rough surfaces (<c>surface=gravel|dirt|grass|sand|cobblestone|...</c>, <c>smoothness=bad</c> or worse),
/// tracks, paths and bridleways without a paved <c>surface</c>;</item>
/// <item>an <c>incline</c> steeper than <see cref="MaxGrade"/>, and on a network with elevation any stretch of
/// <see cref="Profile.SustainedGradeWindowMetres"/> steeper than that on the DEM;</item>
/// <item>nodes with raised kerbs (<c>kerb=raised</c>, or <c>barrier=kerb</c> without <c>kerb=lowered|flush|no</c>), stiles,
/// turnstiles, kissing gates, cycle barriers, chains, steps, and <c>wheelchair=no</c>.</item>
/// </list>
/// <c>wheelchair=yes|designated</c> on a way or node opens it whatever else is tagged. The 6% limit: the US ADA Standards
/// (2010, §402.2 and §405.2) allow walking surfaces up to 1:20 (5%) and ramps up to 1:12 (8.33%); SRTM's 90 m grid
/// smooths short ramps away, so 6% sustained over 50 m sits between the two.
/// </summary>
public class AccessibleFootProfile : FootProfile
{
    /// <summary>Speed on the flat, km/h (a manual wheelchair's comfortable pace; our choice).</summary>
    public const double WheelchairSpeedKmh = 4;

    /// <summary>The steepest grade used, either way (0.06 = 6%).</summary>
    public const double MaxGrade = 0.06;

    private static readonly HashSet<string> RoughSurfaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "unpaved", "gravel", "dirt", "earth", "ground", "grass", "grass_paver", "mud", "sand", "pebblestone", "rock", "rocks",
        "stepping_stones", "cobblestone", "unhewn_cobblestone", "woodchips", "snow", "ice", "salt", "shells", "stone",
    };

    private static readonly HashSet<string> PavedSurfaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "paved", "asphalt", "concrete", "concrete:plates", "concrete:lanes", "paving_stones", "paving_stones:lanes", "sett",
        "compacted", "fine_gravel", "wood", "metal", "rubber", "tartan", "artificial_turf", "bricks", "brick",
    };

    private static readonly HashSet<string> RoughSmoothness = new(StringComparer.OrdinalIgnoreCase)
    {
        "bad", "very_bad", "horrible", "very_horrible", "impassable",
    };

    private static readonly HashSet<string> UnpavedByDefault = new(StringComparer.OrdinalIgnoreCase) { "track", "path", "bridleway" };

    private static readonly HashSet<string> WheelBarriers = new(StringComparer.OrdinalIgnoreCase)
    {
        "stile", "turnstile", "full-height_turnstile", "kissing_gate", "cycle_barrier", "chain", "step", "log", "motorcycle_barrier",
        "swing_gate", "horse_stile",
    };

    private static readonly string[] Keys = ["wheelchair", "foot", "access"];

    private readonly double _maxGrade;
    private IReadOnlySet<string>? _nodeKeys;
    private IReadOnlySet<string>? _accessibleWayKeys;

    /// <summary>Creates the profile with the steepest grade it uses, either way (default <see cref="MaxGrade"/>, 6%; 0.0833 is the ADA's ramp limit).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxGrade"/> is not above 0 and at most 0.3.</exception>
    public AccessibleFootProfile(double maxGrade = MaxGrade)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxGrade);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxGrade, GradeLimit);
        _maxGrade = maxGrade;
    }

    /// <inheritdoc />
    public override string Name => "wheelchair";

    /// <inheritdoc />
    public override double MaxSpeedKmh => WheelchairSpeedKmh;

    /// <summary>True: grades close ways (<see cref="MaxSustainedGrade"/>); the speed itself stays flat.</summary>
    public override bool ReadsGrade => true;

    /// <inheritdoc />
    public override double? MaxSustainedGrade => _maxGrade;

    /// <summary>The built-in walking profile: a failed route says when walking would have found one.</summary>
    public override Profile? WalkingComparison => TravelProfiles.Foot;

    /// <summary>The flat speed whatever the grade: grades above the limit are closed instead.</summary>
    public override double SpeedOnGradeKmh(IReadOnlyDictionary<string, string> wayTags, double flatSpeedKmh, double grade) => flatSpeedKmh;

    /// <summary><c>barrier</c>, <c>kerb</c>, <c>wheelchair</c>, <c>foot</c>, <c>access</c>.</summary>
    public override IReadOnlySet<string> NodeKeys => _nodeKeys ??= new HashSet<string>(["barrier", "kerb", .. Keys], StringComparer.Ordinal);

    /// <summary>The walking profile's way keys and <c>wheelchair</c>, <c>ramp:wheelchair</c>, <c>surface</c>, <c>smoothness</c>, <c>kerb</c>, <c>incline</c>.</summary>
    public override IReadOnlySet<string> WayKeys =>
        _accessibleWayKeys ??= KeySet(base.WayKeys, ["wheelchair", "ramp:wheelchair", "surface", "smoothness", "kerb", "incline"]);

    /// <inheritdoc />
    public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        string? wheelchair = wayTags.Get("wheelchair");
        if (wheelchair is "no" or "limited")
        {
            return EdgeAccess.None;
        }

        bool declaredAccessible = wheelchair is "yes" or "designated";
        string? highway = wayTags.Get("highway");
        if (highway == "steps" && !declaredAccessible && wayTags.Get("ramp:wheelchair") != "yes")
        {
            return EdgeAccess.None;
        }

        if (!declaredAccessible && !SmoothEnough(wayTags, highway))
        {
            return EdgeAccess.None;
        }

        EdgeAccess foot = base.Evaluate(wayTags);
        return foot.IsUsable ? foot with { SpeedKmh = WheelchairSpeedKmh } : foot;
    }

    /// <inheritdoc />
    public override bool CanPassNode(IReadOnlyDictionary<string, string> nodeTags)
    {
        ArgumentNullException.ThrowIfNull(nodeTags);
        string? wheelchair = nodeTags.Get("wheelchair");
        if (wheelchair is "no" or "limited")
        {
            return false;
        }

        if (wheelchair is "yes" or "designated")
        {
            return true;
        }

        string? kerb = nodeTags.Get("kerb"), barrier = nodeTags.Get("barrier");
        if (kerb is "raised" || (barrier == "kerb" && kerb is not ("lowered" or "flush" or "no")))
        {
            return false;
        }

        return (barrier is null || !WheelBarriers.Contains(barrier)) && base.CanPassNode(nodeTags);
    }

    private bool SmoothEnough(IReadOnlyDictionary<string, string> tags, string? highway)
    {
        string? surface = tags.Get("surface");
        if (surface is not null && RoughSurfaces.Contains(surface))
        {
            return false;
        }

        if (tags.Get("smoothness") is { } smoothness && RoughSmoothness.Contains(smoothness))
        {
            return false;
        }

        if (highway is not null && UnpavedByDefault.Contains(highway) && (surface is null || !PavedSurfaces.Contains(surface)))
        {
            return false;
        }

        if (tags.Get("kerb") is "raised")
        {
            return false;
        }

        return InclinePercent(tags.Get("incline")) is not { } incline || Math.Abs(incline) <= _maxGrade * 100;
    }

    // "8%", "-12 %", "5°" (degrees) as a percentage; "up", "down", "yes" and anything else unread (null).
    private static double? InclinePercent(string? value)
    {
        if (value is null)
        {
            return null;
        }

        string text = value.Trim();
        bool degrees = text.EndsWith('°');
        text = text.TrimEnd('%', '°', ' ');
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) || !double.IsFinite(number))
        {
            return null;
        }

        return degrees ? Math.Tan(number * Math.PI / 180) * 100 : number;
    }
}
