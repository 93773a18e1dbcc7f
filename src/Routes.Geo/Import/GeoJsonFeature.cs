namespace Routes.Geo.Import;

/// <summary>
/// One Feature of a GeoJSON road file as read: its index in <c>features</c>, the line it starts on,
/// its geometry kind, its line parts (x, y in the file's CRS; empty when it is not a line) and its tags.
/// </summary>
internal sealed record GeoJsonFeature(
    int Index,
    int Line,
    string GeometryKind,
    IReadOnlyList<(double X, double Y)[]> Parts,
    List<KeyValuePair<string, string>> Tags)
{
    /// <summary>"feature 3 (line 12)": how errors name the feature.</summary>
    public static string Describe(int index, int line) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"feature {index} (line {line})");
}
