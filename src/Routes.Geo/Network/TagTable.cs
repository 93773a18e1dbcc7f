using System.Collections.Frozen;

namespace Routes.Geo.Network;

/// <summary>
/// Interns tag dictionaries: ways with the same tags share one frozen dictionary, and keys and
/// values are interned so a network of a million ways keeps one copy of "highway" and "residential".
/// </summary>
internal sealed class TagTable
{
    private static readonly IReadOnlyDictionary<string, string> EmptyTags = FrozenDictionary<string, string>.Empty;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _sets = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> Empty => EmptyTags;

    /// <summary>
    /// Upper estimate of the bytes interning has allocated, kept or not: each call's working list, sort and signature,
    /// and the new strings and frozen sets with their entries (×4 for growth).
    /// </summary>
    public long AllocatedBytes { get; private set; }

    public IReadOnlyDictionary<string, string> Intern(IEnumerable<KeyValuePair<string, string>> tags)
    {
        var pairs = tags.Where(t => !string.IsNullOrEmpty(t.Key) && t.Value is not null)
            .Select(t => KeyValuePair.Create(InternString(t.Key), InternString(t.Value)))
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .ToList();
        if (pairs.Count == 0)
        {
            return EmptyTags;
        }

        string signature = string.Join('\u001f', pairs.Select(p => p.Key + "\u001e" + p.Value));
        AllocatedBytes += 512 + (160L * pairs.Count) + (4L * signature.Length);
        if (!_sets.TryGetValue(signature, out IReadOnlyDictionary<string, string>? set))
        {
            set = pairs.DistinctBy(p => p.Key, StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal);
            _sets.Add(signature, set);
            AllocatedBytes += 256 + (2L * signature.Length) + (64L * set.Count);
        }

        return set;
    }

    private string InternString(string s)
    {
        if (!_strings.TryGetValue(s, out string? interned))
        {
            interned = s;
            _strings.Add(s, s);
            AllocatedBytes += 128 + (2L * s.Length);
        }

        return interned;
    }
}
