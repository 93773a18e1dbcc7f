using System.Globalization;
using Routes.Geo.Maps.Scene;
using SkiaSharp;

namespace Routes.Geo.Maps.Rendering;

/// <summary>Paints a scene with SkiaSharp and encodes it as PNG (the same scene the SVG shows).</summary>
internal static class PngRenderer
{
    public static byte[] Render(MapScene scene, string? fontFile)
    {
        using var surface = SKSurface.Create(new SKImageInfo(scene.Width, scene.Height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new MapInputException($"Cannot create a {scene.Width}×{scene.Height} drawing surface.");
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(Colour(scene.Background, 1));
        using SKTypeface typeface = Fonts.Load(fontFile, bold: false);
        using SKTypeface bold = Fonts.Load(fontFile, bold: true);
        foreach (SceneItem item in scene.Groups.SelectMany(g => g.Items))
        {
            switch (item)
            {
                case ScenePath path:
                    using (SKPath skPath = ToPath(path))
                    {
                        DrawShape(canvas, skPath, path.Style, path.Closed);
                    }

                    break;
                case SceneCircle circle:
                    using (var builder = new SKPathBuilder())
                    {
                        builder.AddCircle((float)circle.Centre.X, (float)circle.Centre.Y, (float)circle.Radius);
                        using SKPath skPath = builder.Detach();
                        DrawShape(canvas, skPath, circle.Style, true);
                    }

                    break;
                case SceneText text:
                    DrawText(canvas, text, text.Bold ? bold : typeface);
                    break;
            }
        }

        using SKImage image = surface.Snapshot();
        using SKData data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static SKPath ToPath(ScenePath path)
    {
        using var sk = new SKPathBuilder { FillType = SKPathFillType.EvenOdd };
        foreach (IReadOnlyList<Px> part in path.Parts)
        {
            for (int i = 0; i < part.Count; i++)
            {
                if (i == 0)
                {
                    sk.MoveTo((float)part[i].X, (float)part[i].Y);
                }
                else
                {
                    sk.LineTo((float)part[i].X, (float)part[i].Y);
                }
            }

            if (path.Closed)
            {
                sk.Close();
            }
        }

        return sk.Detach();
    }

    private static void DrawShape(SKCanvas canvas, SKPath path, Style style, bool closed)
    {
        if (closed && style.Fill is { } fill)
        {
            using var paint = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill, Color = Colour(fill, style.FillOpacity) };
            if (style.Hatch)
            {
                // Diagonal lines 8 px apart, clipped to the shape: Skia's 2D line path effect.
                using SKPathEffect hatch = SKPathEffect.Create2DLine(2, SKMatrix.CreateScale(8, 8).PostConcat(SKMatrix.CreateRotationDegrees(45)));
                paint.PathEffect = hatch;
                paint.Color = Colour(fill, Math.Max(style.FillOpacity, 0.8));
                canvas.Save();
                canvas.ClipPath(path, SKClipOperation.Intersect, true);
                canvas.DrawPath(path, paint);
                canvas.Restore();
            }
            else
            {
                canvas.DrawPath(path, paint);
            }
        }

        if (style.Stroke is { } stroke)
        {
            using var paint = new SKPaint
            {
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                Color = Colour(stroke, 1),
                StrokeWidth = (float)style.StrokeWidth,
                StrokeJoin = SKStrokeJoin.Round,
                StrokeCap = SKStrokeCap.Round,
            };
            using SKPathEffect? dash = style.Dash is { Count: > 0 } d ? SKPathEffect.CreateDash([.. d.Select(x => (float)x)], 0) : null;
            paint.PathEffect = dash;
            canvas.DrawPath(path, paint);
        }
    }

    private static void DrawText(SKCanvas canvas, SceneText text, SKTypeface typeface)
    {
        using var font = new SKFont(typeface, (float)text.Size);
        canvas.Save();
        canvas.RotateDegrees((float)text.RotationDegrees, (float)text.At.X, (float)text.At.Y);
        SKTextAlign align = text.Anchor switch
        {
            TextAnchor.Middle => SKTextAlign.Center,
            TextAnchor.End => SKTextAlign.Right,
            _ => SKTextAlign.Left,
        };
        if (text.Halo is { } halo)
        {
            using var haloPaint = new SKPaint
            {
                IsAntialias = true,
                Style = SKPaintStyle.Stroke,
                StrokeWidth = (float)(text.Size / 4),
                StrokeJoin = SKStrokeJoin.Round,
                Color = Colour(halo, 1),
            };
            canvas.DrawText(text.Text, (float)text.At.X, (float)text.At.Y, align, font, haloPaint);
        }

        using var paint = new SKPaint { IsAntialias = true, Color = Colour(text.Color, 1) };
        canvas.DrawText(text.Text, (float)text.At.X, (float)text.At.Y, align, font, paint);
        canvas.Restore();
    }

    private static SKColor Colour(string hex, double opacity)
    {
        uint rgb = uint.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return new SKColor((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb, (byte)Math.Round(Math.Clamp(opacity, 0, 1) * 255));
    }
}
