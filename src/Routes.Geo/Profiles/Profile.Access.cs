using Routes.Geo.Profiles;

namespace Routes.Geo;

/// <summary>Reading of access tags (<c>access=*</c>, <c>motor_vehicle:forward=*</c>, ...) into <see cref="AccessLevel"/>s.</summary>
public abstract partial class Profile
{
    // Values that forbid every mode; "use_sidepath" sends the mode to a parallel way mapped on its own.
    private static readonly HashSet<string> DeniedValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "private", "use_sidepath", "delivery_only", "unknown_no",
    };

    // Values naming users other than the profile's own mode (a profile's own key names are taken out first).
    private static readonly HashSet<string> OtherUsers = new(StringComparer.OrdinalIgnoreCase)
    {
        "foot", "bicycle", "horse", "motorcar", "motor_vehicle", "vehicle", "motorcycle", "moped", "mofa", "hgv", "goods",
        "bus", "psv", "taxi", "share_taxi", "minibus", "coach", "tourist_bus", "emergency", "military", "agricultural",
        "forestry", "delivery", "disabled", "ski", "snowmobile", "carriage",
    };

    private static readonly HashSet<string> AllowedValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "yes", "designated", "permissive", "official", "public", "true",

        // Allow a profile without destination-only values (foot, bicycle) as through traffic; checked after DestinationOnlyValues.
        "destination", "customers",
    };

    /// <summary>No destination-only values: <c>destination</c> and <c>customers</c> then allow the mode like <c>yes</c>.</summary>
    protected static readonly IReadOnlySet<string> NoDestinationValues = new HashSet<string>();

    private static readonly HashSet<string> DefaultDestinationValues = new(StringComparer.OrdinalIgnoreCase) { "destination", "customers" };

    /// <summary>
    /// The access values that let this mode in only to reach a destination on the way
    /// (<see cref="AccessLevel.DestinationOnly"/>): <c>destination</c> and <c>customers</c> by default.
    /// </summary>
    protected virtual IReadOnlySet<string> DestinationOnlyValues => DefaultDestinationValues;

    /// <summary>
    /// Reads the access hierarchy without direction (for nodes): the most specific of <see cref="AccessKeys"/>
    /// present decides. Null when no access key is present or its value names neither this mode nor others.
    /// </summary>
    protected AccessLevel? ReadAccess(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (string key in AccessKeys)
        {
            if (tags.Get(key) is { } value)
            {
                return ReadAccessValue(value);
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the access hierarchy for one direction of a way: the most specific of <see cref="AccessKeys"/> present
    /// decides, and for each key <c>key:forward</c> (or <c>key:backward</c>) before the plain <c>key</c>.
    /// </summary>
    /// <param name="tags">The way's tags.</param>
    /// <param name="forward">True for the way's direction, false against it.</param>
    /// <returns>The level, or null when no access tag for this direction says anything understood.</returns>
    protected AccessLevel? ReadAccess(IReadOnlyDictionary<string, string> tags, bool forward)
    {
        ArgumentNullException.ThrowIfNull(tags);
        string suffix = forward ? ":forward" : ":backward";
        foreach (string key in AccessKeys)
        {
            if ((tags.Get(key + suffix) ?? tags.Get(key)) is { } value)
            {
                return ReadAccessValue(value);
            }
        }

        return null;
    }

    /// <summary>
    /// Reads one access value, a semicolon list of users (<c>agricultural;forestry</c>) included: the most
    /// permissive entry understood wins; null when no entry is understood.
    /// </summary>
    protected AccessLevel? ReadAccessValue(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        AccessLevel? best = null;
        foreach (string word in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (ReadAccessWord(word) is { } level && (best is null || level > best))
            {
                best = level;
            }
        }

        return best;
    }

    /// <summary>
    /// Reads a single access word: the mode's own names (<see cref="AccessKeys"/> but <c>access</c>) and
    /// <c>yes</c>, <c>designated</c>, <c>permissive</c>, <c>official</c>, <c>public</c> allow;
    /// <see cref="DestinationOnlyValues"/> allow to reach a destination; <c>no</c>, <c>private</c>,
    /// <c>use_sidepath</c> and names of other users (<c>bus</c>, <c>psv</c>, <c>taxi</c>, <c>agricultural</c>,
    /// <c>delivery</c>, ...) deny. Anything else is not understood (null): the road class decides.
    /// </summary>
    protected virtual AccessLevel? ReadAccessWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (AccessKeys.Contains(word, StringComparer.OrdinalIgnoreCase) && !word.Equals("access", StringComparison.OrdinalIgnoreCase))
        {
            return AccessLevel.Allowed;
        }

        if (DestinationOnlyValues.Contains(word))
        {
            return AccessLevel.DestinationOnly;
        }

        if (AllowedValues.Contains(word))
        {
            return AccessLevel.Allowed;
        }

        return DeniedValues.Contains(word) || OtherUsers.Contains(word) ? AccessLevel.Denied : null;
    }

    /// <summary>
    /// Evaluates a way once per direction with that direction's access level (<see cref="ReadAccess(IReadOnlyDictionary{string, string}, bool)"/>)
    /// and keeps each evaluation's own direction; the slower speed when both are usable. Marks destination-only directions.
    /// </summary>
    /// <param name="wayTags">The way's tags.</param>
    /// <param name="evaluate">The profile's rules for the way given one access level (null: no access tag).</param>
    protected EdgeAccess EvaluateEachDirection(IReadOnlyDictionary<string, string> wayTags, Func<AccessLevel?, EdgeAccess> evaluate)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        ArgumentNullException.ThrowIfNull(evaluate);
        AccessLevel? forwardLevel = ReadAccess(wayTags, forward: true);
        AccessLevel? backwardLevel = ReadAccess(wayTags, forward: false);
        EdgeAccess alongWay = evaluate(forwardLevel);
        EdgeAccess againstWay = backwardLevel == forwardLevel ? alongWay : evaluate(backwardLevel);
        bool forward = alongWay.IsUsable && alongWay.Forward;
        bool backward = againstWay.IsUsable && againstWay.Backward;
        if (!forward && !backward)
        {
            return EdgeAccess.None;
        }

        double speed = forward && backward ? Math.Min(alongWay.SpeedKmh, againstWay.SpeedKmh) : forward ? alongWay.SpeedKmh : againstWay.SpeedKmh;
        return new EdgeAccess(forward, backward, speed)
        {
            ForwardDestinationOnly = forward && forwardLevel == AccessLevel.DestinationOnly,
            BackwardDestinationOnly = backward && backwardLevel == AccessLevel.DestinationOnly,
        };
    }

    /// <summary>Whether an access level opens the way explicitly (allowed, or allowed to reach a destination).</summary>
    protected static bool IsExplicitlyOpen(AccessLevel? level) => level is AccessLevel.Allowed or AccessLevel.DestinationOnly;

    // Foot and bicycle alike: a denied way, or motorroad=yes (French "voie express") unless an access tag opens it.
    private protected static bool IsClosedToWalkersAndCyclists(IReadOnlyDictionary<string, string> wayTags, AccessLevel? access) =>
        access == AccessLevel.Denied || (wayTags.Get("motorroad") == "yes" && !IsExplicitlyOpen(access));
}
