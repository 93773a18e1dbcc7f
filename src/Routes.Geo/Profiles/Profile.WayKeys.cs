namespace Routes.Geo;

/// <summary>The way tag keys a profile reads, so that importers keep exactly those.</summary>
public abstract partial class Profile
{
    private IReadOnlySet<string>? _accessWayKeys;

    /// <summary>
    /// Every way tag key <see cref="Evaluate"/>, <see cref="UnreadableKeys"/> and <see cref="SpeedOnGradeKmh"/> read. The
    /// OpenStreetMap importer keeps on each way only the keys of its profiles' <see cref="WayKeys"/>, of the library's own
    /// readers (<see cref="Network.WayTagKeys.Library"/>) and of its options; any other tag is dropped, so a rule reading
    /// an undeclared key sees it absent. By default the access keys in each direction (<see cref="AccessWayKeys"/>);
    /// a subclass that reads more overrides this, e.g. <c>new HashSet&lt;string&gt;([.. base.WayKeys, "surface:lanes"])</c>.
    /// </summary>
    public virtual IReadOnlySet<string> WayKeys => AccessWayKeys;

    /// <summary>
    /// The way keys the access hierarchy reads: each of <see cref="AccessKeys"/> plain and with <c>:forward</c> and
    /// <c>:backward</c> (<see cref="ReadAccess(IReadOnlyDictionary{string, string}, bool)"/>).
    /// </summary>
    protected IReadOnlySet<string> AccessWayKeys =>
        _accessWayKeys ??= new HashSet<string>(AccessKeys.SelectMany(key => new[] { key, key + ":forward", key + ":backward" }), StringComparer.Ordinal);

    /// <summary>A set of way keys: <paramref name="keys"/> (a helper for <see cref="WayKeys"/> overrides).</summary>
    protected static IReadOnlySet<string> KeySet(params IEnumerable<string>[] keys) =>
        new HashSet<string>(keys.SelectMany(k => k), StringComparer.Ordinal);
}
