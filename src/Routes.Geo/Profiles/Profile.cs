namespace Routes.Geo.Profiles;

/// <summary>
/// A way of travelling (on foot, by car, by bicycle): turns OpenStreetMap tags into access per
/// direction and speed. Subclass it, or one of <see cref="FootProfile"/>, <see cref="CarProfile"/>,
/// <see cref="BicycleProfile"/>, to change a rule; the routing graph asks only these methods.
/// </summary>
public abstract class Profile
{
    /// <summary>Values of access tags that forbid the mode (as in OSRM's and Routino's profiles).</summary>
    private static readonly HashSet<string> DeniedValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "private", "agricultural", "forestry", "emergency", "military", "psv", "bus", "delivery_only", "unknown_no",
    };

    /// <summary>Short lower-case name used in files and results ("foot", "car", "bicycle").</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The access keys from most specific to most general for this mode, e.g. for a car
    /// <c>motorcar, motor_vehicle, vehicle, access</c>. The first one present decides.
    /// </summary>
    public abstract IReadOnlyList<string> AccessKeys { get; }

    /// <summary>An upper bound of every speed this profile returns, in km/h (used by A*'s lower bound on time).</summary>
    public abstract double MaxSpeedKmh { get; }

    /// <summary>
    /// Whether and how fast this profile may use a way with these tags, in each direction.
    /// </summary>
    /// <param name="wayTags">The way's tags (key to value); absent keys are simply missing.</param>
    /// <returns>Access per direction and speed; <see cref="EdgeAccess.None"/> when the way is not usable.</returns>
    public abstract EdgeAccess Evaluate(IReadOnlyDictionary<string, string> wayTags);

    /// <summary>The <c>barrier</c> values that stop this mode unless an access tag on the node opens it (none by default).</summary>
    protected virtual IReadOnlySet<string> BlockingBarriers { get; } = new HashSet<string>();

    /// <summary>
    /// Whether a node with these tags (a barrier, usually) may be passed through: an access tag for
    /// this mode decides first, else the barrier's kind. Nodes without a <c>barrier</c> tag are passable.
    /// </summary>
    public virtual bool CanPassNode(IReadOnlyDictionary<string, string> nodeTags)
    {
        ArgumentNullException.ThrowIfNull(nodeTags);
        bool? access = ReadAccess(nodeTags);
        if (access is not null)
        {
            return access.Value;
        }

        string? barrier = nodeTags.Get("barrier");
        return barrier is null || !BlockingBarriers.Contains(barrier);
    }

    /// <summary>
    /// The vehicle names whose turn restrictions bind this profile, most specific first
    /// (e.g. <c>motorcar, motor_vehicle, vehicle</c>); empty when none do (pedestrians).
    /// </summary>
    public abstract IReadOnlyList<string> RestrictionModes { get; }

    /// <summary>
    /// Reads a turn restriction relation's tags for this profile: <c>restriction:&lt;mode&gt;</c>
    /// before <c>restriction</c>, and <c>except</c> exempts a mode.
    /// </summary>
    /// <returns>The kind of restriction, or null when it does not bind this profile or is not understood.</returns>
    public virtual TurnRestrictionKind? ReadRestriction(IReadOnlyDictionary<string, string> restrictionTags)
    {
        ArgumentNullException.ThrowIfNull(restrictionTags);
        if (RestrictionModes.Count == 0)
        {
            return null;
        }

        string? except = restrictionTags.Get("except");
        if (except is not null && except.Split(';', StringSplitOptions.TrimEntries)
                .Any(exempt => RestrictionModes.Contains(exempt, StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }

        string? value = RestrictionModes.Select(mode => restrictionTags.Get("restriction:" + mode)).FirstOrDefault(v => v is not null)
            ?? restrictionTags.Get("restriction");
        if (value is null)
        {
            return null;
        }

        if (value.StartsWith("no_", StringComparison.OrdinalIgnoreCase))
        {
            return TurnRestrictionKind.Prohibitory;
        }

        return value.StartsWith("only_", StringComparison.OrdinalIgnoreCase) ? TurnRestrictionKind.Mandatory : null;
    }

    /// <summary>
    /// Reads the access hierarchy: the most specific of <see cref="AccessKeys"/> present decides.
    /// Returns true (allowed), false (denied) or null (no access tag says anything).
    /// </summary>
    protected bool? ReadAccess(IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (string key in AccessKeys)
        {
            string? value = tags.Get(key);
            if (value is not null)
            {
                // "no;yes" style lists are rare; the first value is the one that applies without conditions.
                string first = value.Split(';')[0].Trim();
                return !DeniedValues.Contains(first);
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
