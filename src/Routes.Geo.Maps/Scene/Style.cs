namespace Routes.Geo.Maps.Scene;

/// <summary>How a shape is painted; colours are "#rrggbb". Hatch fills with diagonal lines of the fill colour.</summary>
internal sealed record Style(
    string? Fill = null,
    double FillOpacity = 1,
    string? Stroke = null,
    double StrokeWidth = 1,
    IReadOnlyList<double>? Dash = null,
    bool Hatch = false);
