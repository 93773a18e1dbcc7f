using SkiaSharp;

namespace Routes.Geo.Maps.Rendering;

/// <summary>
/// Finds a TrueType font for PNG text. The Linux native asset without dependencies has no
/// fontconfig, so fonts are opened by file from the usual Debian/Ubuntu/Fedora folders.
/// </summary>
internal static class Fonts
{
    private static readonly string[] Regular =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "C:\\Windows\\Fonts\\arial.ttf",
        "/System/Library/Fonts/Supplemental/Arial.ttf",
    ];

    private static readonly string[] BoldFiles =
    [
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
        "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
        "C:\\Windows\\Fonts\\arialbd.ttf",
        "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
    ];

    /// <summary>The first font file found (the given one first), else Skia's default typeface.</summary>
    public static SKTypeface Load(string? fontFile, bool bold)
    {
        IEnumerable<string> candidates = bold ? BoldFiles.Concat(Regular) : Regular;
        foreach (string file in (fontFile is null ? [] : new[] { fontFile }).Concat(candidates))
        {
            if (File.Exists(file) && SKTypeface.FromFile(file) is { } typeface)
            {
                return typeface;
            }
        }

        return SKTypeface.CreateDefault();
    }
}
