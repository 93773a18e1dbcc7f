using System.Collections.Concurrent;
using SkiaSharp;

namespace Routes.Geo.Maps.Rendering;

/// <summary>
/// Text extents measured with the font the PNG is drawn with (the SVG asks for the same family
/// first), so label boxes and caption wrapping match what is painted. Typefaces are shared.
/// </summary>
internal static class TextMeasure
{
    private static readonly ConcurrentDictionary<(string?, bool), SKTypeface> Typefaces = new();

    /// <summary>Advance width of <paramref name="text"/> at <paramref name="size"/> pixels.</summary>
    public static double Width(string text, double size, bool bold, string? fontFile)
    {
        using var font = new SKFont(Typeface(fontFile, bold), (float)size);
        return font.MeasureText(text);
    }

    /// <summary>Ascent above and descent below the baseline, in pixels (both positive).</summary>
    public static (double Ascent, double Descent) Extent(double size, bool bold, string? fontFile)
    {
        using var font = new SKFont(Typeface(fontFile, bold), (float)size);
        SKFontMetrics m = font.Metrics;
        return (-m.Ascent, m.Descent);
    }

    private static SKTypeface Typeface(string? fontFile, bool bold) => Typefaces.GetOrAdd((fontFile, bold), k => Fonts.Load(k.Item1, k.Item2));
}
