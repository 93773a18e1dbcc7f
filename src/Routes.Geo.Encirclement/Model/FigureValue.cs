namespace Routes.Geo.Encirclement;

/// <summary>One source's value for a disputed figure.</summary>
/// <param name="Text">The value as the source words it (e.g. "about 12,000").</param>
/// <param name="Low">Lower bound of the value.</param>
/// <param name="High">Upper bound of the value (equal to <paramref name="Low"/> for a single number).</param>
/// <param name="Sources">Sources giving this value; never empty.</param>
public sealed record FigureValue(string Text, int Low, int High, IReadOnlyList<string> Sources);
