namespace Routes.Geo.Fuzz.Mutation;

/// <summary>
/// SplitMix64: a tiny generator whose sequence is fixed by this code alone (not by the runtime's
/// <see cref="Random"/>), so an input is rebuilt from its seed and iteration on any machine.
/// </summary>
internal sealed class FuzzRandom
{
    private ulong _state;

    private FuzzRandom(ulong state) => _state = state;

    /// <summary>The generator of one input: mixes the campaign seed, the target's name and the iteration.</summary>
    public static FuzzRandom ForInput(long seed, string target, long iteration)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in target)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        var mixer = new FuzzRandom((ulong)seed ^ h);
        mixer._state ^= mixer.NextUInt64() + (ulong)iteration * 0xD1B54A32D192ED03UL;
        return new FuzzRandom(mixer.NextUInt64());
    }

    public ulong NextUInt64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="maxExclusive"/>); 0 when the range is empty.</summary>
    public int Next(int maxExclusive) => maxExclusive <= 0 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    /// <summary>A value in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public bool Chance(double probability) => (NextUInt64() >> 11) * (1.0 / (1UL << 53)) < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
