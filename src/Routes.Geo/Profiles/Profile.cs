using Routes.Geo.Profiles;

namespace Routes.Geo;

/// <summary>
/// A way of travelling (on foot, by car, by bicycle): turns OpenStreetMap tags into access per
/// direction and speed. Subclass it, or one of <see cref="FootProfile"/>, <see cref="CarProfile"/>,
/// <see cref="BicycleProfile"/>, to change a rule; the routing graph asks only these methods.
/// </summary>
/// <remarks>
/// Identity: a profile is its <see cref="Name"/> plus what it decides. Two profile objects of the same name must
/// decide the same; a <see cref="Router"/> and a saved network check it with a fingerprint of the decisions on the
/// network (access per direction, durations, blocked vertices, binding restrictions) and refuse a mismatch.
/// A changed rule therefore needs a new name, or a saved network prepared again.
/// </remarks>
public abstract partial class Profile
{
    private IReadOnlySet<string>? _nodeKeys;

    /// <summary>Short lower-case name used in files and results ("foot", "car", "bicycle").</summary>
    public abstract string Name { get; }

    /// <summary>
    /// The access keys from most specific to most general for this mode, e.g. for a car
    /// <c>motorcar, motor_vehicle, vehicle, access</c>. The first one present decides (per direction of a way,
    /// <c>key:forward</c> / <c>key:backward</c> before <c>key</c>); the names other than <c>access</c> are also the
    /// values that allow this mode (<c>access=motorcar</c>).
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
    /// Whether a node with these tags may be passed through: an access tag for this mode decides first
    /// (<see cref="AccessLevel.Denied"/> blocks, any other level opens even a barrier), else the barrier's kind.
    /// Access tags on a <c>highway=crossing</c> node are not read: they describe the traffic using the crossing, not the road's.
    /// Nodes with neither are passable.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="nodeTags"/> is null.</exception>
    public virtual bool CanPassNode(IReadOnlyDictionary<string, string> nodeTags)
    {
        ArgumentNullException.ThrowIfNull(nodeTags);
        AccessLevel? access = nodeTags.Get("highway") == "crossing" ? null : ReadAccess(nodeTags);
        if (access is not null)
        {
            return access != AccessLevel.Denied;
        }

        string? barrier = nodeTags.Get("barrier");
        return barrier is null || !BlockingBarriers.Contains(barrier);
    }

    /// <summary>
    /// The node tag keys that make a node matter to this profile (read in <see cref="CanPassNode"/>): importers
    /// keep the nodes carrying one of them, with those keys and <see cref="NodeContextKeys"/>, and drop the rest of
    /// the tags. By default <c>barrier</c> and <see cref="AccessKeys"/>; override it with <see cref="CanPassNode"/> to read more (<c>kerb</c>, ...).
    /// </summary>
    public virtual IReadOnlySet<string> NodeKeys =>
        _nodeKeys ??= new HashSet<string>(["barrier", .. AccessKeys], StringComparer.Ordinal);

    /// <summary>
    /// Node keys read only alongside <see cref="NodeKeys"/>: kept on a node that has one of those, but a node
    /// with only these is not kept (so a plain crossing does not become a vertex). By default <c>highway</c>,
    /// for the <c>highway=crossing</c> rule of <see cref="CanPassNode"/>.
    /// </summary>
    public virtual IReadOnlySet<string> NodeContextKeys { get; } = new HashSet<string>(["highway"], StringComparer.Ordinal);

    /// <summary>
    /// The keys of <paramref name="wayTags"/> whose values this profile reads but cannot understand
    /// (<c>maxspeed=fast</c>, <c>maxheight=very low</c>): <see cref="Evaluate"/> ignores them and uses the way's
    /// defaults. Importers count them in <see cref="Network.NetworkStatistics"/> (<c>UnreadableTagValues</c>). None by default.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="wayTags"/> is null.</exception>
    public virtual IEnumerable<string> UnreadableKeys(IReadOnlyDictionary<string, string> wayTags)
    {
        ArgumentNullException.ThrowIfNull(wayTags);
        return [];
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

    /// <inheritdoc />
    public override string ToString() => Name;
}
