namespace Routes.Geo.Maps.Scene;

/// <summary>A pixel point of the picture (x right, y down).</summary>
internal readonly record struct Px(double X, double Y);

/// <summary>One drawable shape of a <see cref="SceneGroup"/>.</summary>
internal abstract record SceneItem;

/// <summary>Polylines or rings; rings of one path fill with the even-odd rule (holes).</summary>
internal sealed record ScenePath(IReadOnlyList<IReadOnlyList<Px>> Parts, bool Closed, Style Style) : SceneItem;

/// <summary>A circle.</summary>
internal sealed record SceneCircle(Px Centre, double Radius, Style Style) : SceneItem;

/// <summary>Where a text's x lies: at its start, middle or end.</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// A line of text, baseline at <paramref name="At"/>, with an optional halo for legibility over the map,
/// turned clockwise by <paramref name="RotationDegrees"/> about <paramref name="At"/> (street names).
/// </summary>
internal sealed record SceneText(Px At, string Text, double Size, string Color, TextAnchor Anchor = TextAnchor.Start,
    bool Bold = false, string? Halo = null, double RotationDegrees = 0) : SceneItem;

/// <summary>
/// A feature or a piece of map furniture: an SVG &lt;g&gt; with an id and classes (e.g. "feature site
/// cemetery"), and an optional title shown as a tooltip.
/// </summary>
internal sealed record SceneGroup(string Id, string Classes, IReadOnlyList<SceneItem> Items, string? Title = null)
{
    public bool IsFeature => Classes.Split(' ').Contains("feature");
}

/// <summary>Everything a map draws, in painting order, independent of the output format.</summary>
internal sealed record MapScene(int Width, int Height, string Background, IReadOnlyList<SceneGroup> Groups, string Description)
{
    /// <summary>Labels that found no free place (see MapBuilder's placement rule).</summary>
    public IReadOnlyList<string> DroppedLabels { get; init; } = [];
}
