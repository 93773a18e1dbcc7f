namespace Routes.Geo.Profiles;

/// <summary>
/// Cycling at 15 km/h on roads (18 on cycleways, 12 on tracks and paths). Motorways are excluded;
/// footways and pedestrian streets are used pushing the bicycle at 5 km/h unless <c>bicycle=no</c>;
/// one-ways bind except <c>oneway:bicycle=no</c> and contraflow cycleways (<c>cycleway=opposite*</c>).
/// </summary>
public class BicycleProfile : Profile
{
    private static readonly Dictionary<string, double> SpeedsKmh = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trunk"] = 15, ["trunk_link"] = 15, ["primary"] = 15, ["primary_link"] = 15, ["secondary"] = 15,
        ["secondary_link"] = 15, ["tertiary"] = 15, ["tertiary_link"] = 15, ["unclassified"] = 15,
        ["residential"] = 15, ["road"] = 15, ["living_street"] = 10, ["service"] = 15, ["track"] = 12,
        ["path"] = 12, ["cycleway"] = 18, ["bridleway"] = 8,
    };

    private static readonly HashSet<string> PushOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "footway", "pedestrian", "pier", "platform", "corridor",
    };

    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase)
    {
        "stile", "turnstile", "fence", "wall", "full-height_turnstile", "kissing_gate", "hedge", "jersey_barrier",
    };

    private static readonly string[] Keys = ["bicycle", "vehicle", "access"];
    private static readonly string[] Modes = ["bicycle", "vehicle"];

    /// <summary>Speed when pushing the bicycle, km/h.</summary>
    public const double PushingSpeedKmh = 5;

    /// <inheritdoc />
    public override string Name => "bicycle";

    /// <inheritdoc />
    public override IReadOnlyList<string> AccessKeys => Keys;

    /// <inheritdoc />
    protected override IReadOnlySet<string> BlockingBarriers => Blocking;

    /// <inheritdoc />
    public override IReadOnlyList<string> RestrictionModes => Modes;

    /// <inheritdoc />
    public override double MaxSpeedKmh => 18;

    /// <inheritdoc />
    public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        bool? access = ReadAccess(wayTags);
        if (access == false || wayTags.Get("area") == "yes" && wayTags.Get("highway") != "pedestrian" || wayTags.Get("impassable") == "yes")
        {
            return EdgeAccess.None;
        }

        string? highway = wayTags.Get("highway");
        // motorroad=yes (French "voie express") and use_sidepath close the road to bicycles unless bicycle=yes.
        if ((wayTags.Get("motorroad") == "yes" || wayTags.Get("bicycle") == "use_sidepath") && wayTags.Get("bicycle") is not ("yes" or "designated"))
        {
            return EdgeAccess.None;
        }

        double speed;
        if (wayTags.Get("route") is "ferry")
        {
            speed = CarProfile.FerrySpeedKmh;
        }
        else if (highway is not null && SpeedsKmh.TryGetValue(highway, out double s))
        {
            speed = s;
        }
        else if (highway is not null && PushOnly.Contains(highway))
        {
            speed = access == true ? 12 : PushingSpeedKmh;
        }
        else if (highway == "steps" && access == true)
        {
            speed = 2;
        }
        else
        {
            return EdgeAccess.None;
        }

        if (wayTags.Get("bicycle") == "dismount")
        {
            speed = PushingSpeedKmh;
        }

        (bool forward, bool backward) = Directions(wayTags);
        return forward || backward ? new EdgeAccess(forward, backward, speed) : EdgeAccess.None;
    }

    private static (bool Forward, bool Backward) Directions(IReadOnlyDictionary<string, string> tags)
    {
        int? oneway = TagReading.ReadOneway(tags.Get("oneway:bicycle") ?? tags.Get("oneway"), out bool reversible);
        if (reversible)
        {
            return (false, false);
        }

        if (oneway is null)
        {
            oneway = tags.Get("junction") is "roundabout" or "circular" ? 1 : 0;
        }

        // Contraflow cycleways open the way against a one-way for bicycles only.
        bool contraflow = tags.Get("oneway:bicycle") is null
            && (tags.Get("cycleway")?.StartsWith("opposite", StringComparison.OrdinalIgnoreCase) == true
                || tags.Get("cycleway:left")?.StartsWith("opposite", StringComparison.OrdinalIgnoreCase) == true
                || tags.Get("cycleway:right")?.StartsWith("opposite", StringComparison.OrdinalIgnoreCase) == true);
        return oneway switch
        {
            1 => (true, contraflow),
            -1 => (contraflow, true),
            _ => (true, true),
        };
    }
}
