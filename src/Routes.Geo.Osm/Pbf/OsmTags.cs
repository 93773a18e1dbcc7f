using System.Collections;

namespace Routes.Geo.Osm.Pbf;

/// <summary>
/// The tags of an OSM element, in file order, with ordinal key lookup. Elements carry few tags,
/// so a linear scan beats building a dictionary per element. Instances are immutable.
/// </summary>
public sealed class OsmTags : IReadOnlyList<KeyValuePair<string, string>>
{
    private readonly KeyValuePair<string, string>[] _tags;

    /// <summary>Creates tags from key/value pairs; the array is copied, so later changes to it do not show.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tags"/> is null.</exception>
    public OsmTags(IEnumerable<KeyValuePair<string, string>> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _tags = [.. tags];
    }

    private OsmTags(KeyValuePair<string, string>[] owned) => _tags = owned;

    /// <summary>The shared instance with no tags.</summary>
    public static OsmTags Empty { get; } = new OsmTags([]);

    /// <summary>Number of tags.</summary>
    public int Count => _tags.Length;

    /// <summary>The tag at <paramref name="index"/> (file order).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in 0..Count-1.</exception>
    public KeyValuePair<string, string> this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _tags.Length);
            return _tags[index];
        }
    }

    /// <summary>Finds the value of <paramref name="key"/> (ordinal, case-sensitive, as OSM keys are).</summary>
    /// <returns>True and the value when the key is present; false and null otherwise.</returns>
    public bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
    {
        foreach (KeyValuePair<string, string> tag in _tags)
        {
            if (string.Equals(tag.Key, key, StringComparison.Ordinal))
            {
                value = tag.Value;
                return true;
            }
        }

        value = null;
        return false;
    }

    /// <summary>The value of <paramref name="key"/>, or null when the element has no such tag.</summary>
    public string? GetValueOrDefault(string key) => TryGetValue(key, out string? value) ? value : null;

    /// <summary>True when the element has a tag with this key.</summary>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>True when the tag <paramref name="key"/> has exactly <paramref name="value"/> (ordinal).</summary>
    public bool HasValue(string key, string value) =>
        TryGetValue(key, out string? actual) && string.Equals(actual, value, StringComparison.Ordinal);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_tags).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", _tags.Select(t => $"{t.Key}={t.Value}"));

    /// <summary>Wraps an array the decoder built for this element alone, without copying it.</summary>
    internal static OsmTags Wrap(KeyValuePair<string, string>[] owned) => owned.Length == 0 ? Empty : new OsmTags(owned);
}
