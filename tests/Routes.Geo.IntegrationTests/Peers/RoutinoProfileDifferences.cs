using Routes.Geo.Profiles;

namespace Routes.Geo.IntegrationTests.Peers;

/// <summary>
/// A deliberate difference between one of our profiles and Routino's stock rules (tagging.xml and
/// profiles.xml in /usr/share/routino), written as a change to our rules that imitates Routino's.
/// The cross-check counts a pair as explained by a difference when our route, with the difference
/// applied, agrees with Routino's within 1%. See Peers/README.md for why each one is deliberate.
/// Issue 11's access rules changed no Monaco pair (same pairs and ratios before and after), so they need no named
/// difference of their own. Where Routino's tagging.xml reads otherwise: it ignores <c>key:forward</c>/<c>key:backward</c>
/// access and <c>oneway:vehicle</c>; it turns <c>delivery</c>, <c>permit</c>, <c>residents</c> into "no" (ours: delivery is
/// destination-only for cars and forbidden on foot and by bicycle; permit and residents leave it to the road class),
/// which <see cref="DestinationIsNo"/> already covers.
/// </summary>
/// <param name="Name">Short name, used in the test output and the README.</param>
/// <param name="Way">Turns our access for a way into Routino's, or null when the difference is not about ways.</param>
/// <param name="Node">Turns our passability of a node into Routino's, or null when it is not about nodes.</param>
internal sealed record ProfileDifference(
    string Name,
    Func<IReadOnlyDictionary<string, string>, EdgeAccess, EdgeAccess>? Way = null,
    Func<IReadOnlyDictionary<string, string>, bool, bool>? Node = null)
{
    // Access values that Routino's tagging.xml turns into "no" and ours accepts.
    private static readonly HashSet<string> RoutinoOnlyDenied = new(StringComparer.OrdinalIgnoreCase)
    {
        "destination", "permit", "customer", "customers", "delivery", "residents", "unsuitable", "limited", "restricted",
    };

    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "designated", "permissive", "true", "public", "official",
    };

    // Barriers that tagging.xml closes to each transport; every other barrier value is ignored (passable).
    private static readonly string[] FootOnly = ["kissing_gate", "footgate", "stile", "v_stile", "turnstile", "squeeze", "squeeze_stile"];
    private static readonly string[] NotWheeled = ["horse_stile", "horse_jump", "step_over"];
    private static readonly string[] NotTwoPlusWheels = ["bollard", "post", "car_barrier", "car_trap"];

    private static readonly HashSet<string> RoutinoBicycleBarriers = new([.. FootOnly, .. NotWheeled, "cycle_barrier"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> RoutinoCarBarriers =
        new([.. FootOnly, .. NotWheeled, .. NotTwoPlusWheels, "cycle_barrier", "motorcycle_barrier"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The differences for one of our profiles, by its name.</summary>
    public static IReadOnlyList<ProfileDifference> For(Profile profile) => profile.Name switch
    {
        "foot" =>
        [
            DestinationIsNo(profile),
            Ferries(profile),
            new("foot: piers, corridors and platforms", Way: (tags, access) =>
                tags.Get("highway") is "pier" or "corridor" or "platform" || tags.Get("highway") is null && tags.Get("route") is not "ferry"
                    ? EdgeAccess.None
                    : access),
            new("foot: Routino ignores fences, walls and other barriers", Node: (tags, pass) => pass || !HasAccessTag(tags, profile)),
        ],
        "car" =>
        [
            DestinationIsNo(profile),
            Ferries(profile),
            new("car: tracks", Way: (tags, access) => tags.Get("highway") is "track" ? EdgeAccess.None : access),
            new("car: motorway_link is one-way in Routino", Way: (tags, access) =>
                tags.Get("highway") is "motorway_link" && tags.Get("oneway") is null ? access with { Backward = false } : access),
            new("car: barriers", Node: (tags, pass) => Barrier(tags, profile, pass, RoutinoCarBarriers)),
        ],
        "bicycle" =>
        [
            DestinationIsNo(profile),
            Ferries(profile),
            new("bicycle: no pushing on footways, pedestrian streets and paths", Way: (tags, access) =>
                tags.Get("highway") is "footway" or "pedestrian" or "path" or "pier" or "platform" or "corridor"
                    && !IsYes(tags, profile) && !HasCyclewayTag(tags)
                    ? EdgeAccess.None
                    : access),
            new("bicycle: steps", Way: (tags, access) => tags.Get("highway") is "steps" ? EdgeAccess.None : access),
            new("bicycle: barriers", Node: (tags, pass) => Barrier(tags, profile, pass, RoutinoBicycleBarriers)),
        ],
        _ => [],
    };

    private static ProfileDifference DestinationIsNo(Profile profile) =>
        new($"{profile.Name}: access=destination (customers, delivery, ...) is 'no' in Routino", Way: (tags, access) =>
            profile.AccessKeys.Select(tags.Get).FirstOrDefault(v => v is not null) is { } value
                && RoutinoOnlyDenied.Contains(value.Split(';')[0].Trim())
                ? EdgeAccess.None
                : access);

    private static ProfileDifference Ferries(Profile profile) =>
        new($"{profile.Name}: ferries without {profile.AccessKeys[0]}=yes are closed in Routino", Way: (tags, access) =>
            tags.Get("route") is "ferry" && !IsYes(tags, profile) ? EdgeAccess.None : access);

    private static bool Barrier(IReadOnlyDictionary<string, string> tags, Profile profile, bool pass, HashSet<string> routinoBlocks) =>
        HasAccessTag(tags, profile) ? pass : tags.Get("barrier") is not { } barrier || !routinoBlocks.Contains(barrier);

    private static bool HasAccessTag(IReadOnlyDictionary<string, string> tags, Profile profile) =>
        profile.AccessKeys.Any(key => tags.Get(key) is not null);

    private static bool IsYes(IReadOnlyDictionary<string, string> tags, Profile profile) =>
        profile.AccessKeys.Take(profile.AccessKeys.Count - 1).Select(tags.Get).FirstOrDefault(v => v is not null) is { } value && Yes.Contains(value);

    private static bool HasCyclewayTag(IReadOnlyDictionary<string, string> tags) =>
        tags.Get("cycleway") is "lane" or "track" or "shared_lane" or "opposite" or "crossing" or "yes" or "opposite_lane" or "opposite_track";
}

/// <summary>One of our profiles with some <see cref="ProfileDifference"/>s applied: our rules, bent towards Routino's.</summary>
internal sealed class RoutinoAlignedProfile(Profile inner, IReadOnlyList<ProfileDifference> differences) : Profile
{
    public override string Name => inner.Name;

    public override IReadOnlyList<string> AccessKeys => inner.AccessKeys;

    public override IReadOnlyList<string> RestrictionModes => inner.RestrictionModes;

    public override double MaxSpeedKmh => inner.MaxSpeedKmh;

    public override EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags)
    {
        EdgeAccess access = inner.Evaluate(wayTags);
        foreach (ProfileDifference difference in differences)
        {
            if (difference.Way is not null && access.IsUsable)
            {
                access = difference.Way(wayTags, access);
            }
        }

        return access.IsUsable ? access : EdgeAccess.None;
    }

    public override bool CanPassNode(IReadOnlyDictionary<string, string> nodeTags)
    {
        bool pass = inner.CanPassNode(nodeTags);
        foreach (ProfileDifference difference in differences)
        {
            if (difference.Node is not null)
            {
                pass = difference.Node(nodeTags, pass);
            }
        }

        return pass;
    }

    public override TurnRestrictionKind? ReadRestriction(IReadOnlyDictionary<string, string> restrictionTags) =>
        inner.ReadRestriction(restrictionTags);
}
