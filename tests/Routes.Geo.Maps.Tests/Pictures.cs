using System.Xml.Linq;
using SkiaSharp;

namespace Routes.Geo.Maps.Tests;

/// <summary>Reading back what a map drew: SVG groups by id and class, PNG pixels.</summary>
internal static class Pictures
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XElement[] Groups(XDocument svg, string cls) =>
        [.. svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class") ?? "").Split(' ').Contains(cls))];

    public static string Text(XElement element) => string.Join(" | ", element.Descendants(Svg + "text").Select(t => t.Value));

    public static SKBitmap Decode(byte[] png) => SKBitmap.Decode(png) ?? throw new InvalidOperationException("not a PNG");

    /// <summary>Variance of the pixels' luminance (0 for a uniform picture).</summary>
    public static double LuminanceVariance(SKBitmap bitmap)
    {
        double sum = 0, sumSq = 0;
        int n = 0;
        for (int y = 0; y < bitmap.Height; y += 2)
        {
            for (int x = 0; x < bitmap.Width; x += 2)
            {
                SKColor c = bitmap.GetPixel(x, y);
                double l = (0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue);
                sum += l;
                sumSq += l * l;
                n++;
            }
        }

        double mean = sum / n;
        return (sumSq / n) - (mean * mean);
    }

    public static SKColor Hex(string hex) => SKColor.Parse(hex);

    /// <summary>True when some pixel within <paramref name="radius"/> of (x, y) has <paramref name="colour"/> (±12 per channel).</summary>
    public static bool HasColourNear(SKBitmap bitmap, double x, double y, int radius, SKColor colour)
    {
        for (int dy = -radius; dy <= radius; dy++)
        {
            for (int dx = -radius; dx <= radius; dx++)
            {
                int px = (int)Math.Round(x) + dx, py = (int)Math.Round(y) + dy;
                if (px < 0 || py < 0 || px >= bitmap.Width || py >= bitmap.Height)
                {
                    continue;
                }

                SKColor c = bitmap.GetPixel(px, py);
                if (Math.Abs(c.Red - colour.Red) <= 12 && Math.Abs(c.Green - colour.Green) <= 12 && Math.Abs(c.Blue - colour.Blue) <= 12)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
