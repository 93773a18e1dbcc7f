namespace Routes.Geo.Maps.Scene;

/// <summary>The map furniture, drawn over the features so it is never hidden.</summary>
internal sealed partial class MapBuilder
{
    private static readonly int[] RoundSteps = [5, 2, 1];

    private static readonly Style BoxStyle = new(Fill: Palette.Paper, FillOpacity: 0.9, Stroke: "#999999", StrokeWidth: 0.8);

    private readonly List<SceneGroup> _furniture = [];
    private readonly List<Quad> _furnitureBoxes = [];

    /// <summary>Draws the furniture, places the labels around it, and returns the scene (furniture painted last).</summary>
    public MapScene Build(string title, IReadOnlyList<string> caption, string description)
    {
        AddTitle(title, caption);
        AddLegend();
        AddScaleBar();
        AddNorthArrow();
        AddAttribution();
        if (PlaceLabels(_furnitureBoxes) is { } streetNames)
        {
            _groups.Add(streetNames);
        }

        _groups.AddRange(_furniture);
        return new MapScene(Frame.Width, Frame.Height, Options.Land ? _background : Palette.Paper, _groups, description) { DroppedLabels = [.. _dropped] };
    }

    private double TextWidth(string text, double size, bool bold = false) => Measure(text, size, bold);

    /// <summary>The caption's lines broken at spaces to fit <paramref name="width"/> (a long event line wraps instead of running out of its box).</summary>
    private List<string> Wrap(IReadOnlyList<string> lines, double size, double width)
    {
        var result = new List<string>();
        foreach (string line in lines)
        {
            string current = "";
            foreach (string word in line.Split(' '))
            {
                string next = current.Length == 0 ? word : current + " " + word;
                if (current.Length > 0 && TextWidth(next, size) > width)
                {
                    result.Add(current);
                    current = "   " + word;
                }
                else
                {
                    current = next;
                }
            }

            result.Add(current);
        }

        return result;
    }

    private void AddFurniture(SceneGroup group, Quad box)
    {
        _furniture.Add(group);
        _furnitureBoxes.Add(box);
    }

    private static ScenePath Box(double x, double y, double w, double h, Style style) =>
        new([[new Px(x, y), new Px(x + w, y), new Px(x + w, y + h), new Px(x, y + h)]], true, style);

    private void AddTitle(string title, IReadOnlyList<string> caption)
    {
        double big = 20 * Unit, small = 12.5 * Unit, pad = 10 * Unit;
        double widest = Frame.Width - (90 * Unit);
        caption = Wrap(caption, small, widest - (2 * pad));
        double w = Math.Max(TextWidth(title, big, bold: true), caption.Select(c => TextWidth(c, small)).DefaultIfEmpty(0).Max()) + (2 * pad);
        w = Math.Min(w, widest);
        double h = pad + big + (caption.Count * small * 1.35) + pad;
        var items = new List<SceneItem> { Box(pad, pad, w, h, BoxStyle), new SceneText(new Px(2 * pad, pad + big), title, big, Palette.Ink, Bold: true) };
        for (int i = 0; i < caption.Count; i++)
        {
            items.Add(new SceneText(new Px(2 * pad, pad + big + ((i + 1) * small * 1.35)), caption[i], small, "#333333"));
        }

        AddFurniture(new SceneGroup("title", "furniture title caption", items), Quad.Rect(pad, pad, w, h));
    }

    private void AddLegend()
    {
        if (_legend.Count == 0)
        {
            return;
        }

        double size = 11.5 * Unit, row = 18 * Unit, pad = 9 * Unit, swatch = 22 * Unit;
        double w = (2 * pad) + swatch + (6 * Unit) + _legend.Max(e => TextWidth(e.Label, size));
        double h = (2 * pad) + row + (_legend.Count * row);
        double x0 = Frame.Width - w - pad, y0 = Frame.Height - h - (26 * Unit);
        var items = new List<SceneItem> { Box(x0, y0, w, h, BoxStyle), new SceneText(new Px(x0 + pad, y0 + pad + size), "Legend", size, Palette.Ink, Bold: true) };
        for (int i = 0; i < _legend.Count; i++)
        {
            LegendEntry e = _legend[i];
            double cy = y0 + pad + row + (i * row) + (row / 2);
            double sx = x0 + pad;
            items.Add(e.Swatch switch
            {
                LegendSwatch.Area => Box(sx, cy - (6 * Unit), swatch, 12 * Unit, e.Style),
                LegendSwatch.Line when e.Casing is { } casing => new ScenePath([[new Px(sx, cy), new Px(sx + swatch, cy)]], false, casing),
                LegendSwatch.Line => new ScenePath([[new Px(sx, cy), new Px(sx + swatch, cy)]], false, e.Style),
                LegendSwatch.Marker => new SceneCircle(new Px(sx + (swatch / 2), cy), 6 * Unit, e.Style),
                _ => Symbols.For(e.Kind, new Px(sx + (swatch / 2), cy), 12 * Unit),
            });
            if (e is { Swatch: LegendSwatch.Line, Casing: not null })
            {
                items.Add(new ScenePath([[new Px(sx, cy), new Px(sx + swatch, cy)]], false, e.Style));
            }

            items.Add(new SceneText(new Px(sx + swatch + (6 * Unit), cy + (size * 0.36)), e.Label, size, Palette.Ink));
        }

        AddFurniture(new SceneGroup("legend", "furniture legend", items), Quad.Rect(x0, y0, w, h));
    }

    /// <summary>A bar (bottom left) of a round length (1, 2 or 5 × 10^k m) near a fifth of the width, measured geodesically at the centre.</summary>
    private void AddScaleBar()
    {
        double metresPerPixel = Frame.GroundMetresPerPixelAtCentre();
        double target = metresPerPixel * Frame.Width / 5;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(target)));
        double metres = RoundSteps.Select(k => k * magnitude).First(v => v <= target);
        double length = metres / metresPerPixel;
        double x0 = 22 * Unit, right = x0 + length, bottom = Frame.Height - (16 * Unit), bar = 6 * Unit;
        string label = metres >= 1000 ? F($"{metres / 1000:0.##} km") : F($"{metres:0} m");
        double boxWidth = length + (24 * Unit) + (TextWidth(label, 10.5 * Unit) / 2);
        var items = new List<SceneItem>
        {
            Box(x0 - (12 * Unit), bottom - (28 * Unit), boxWidth, 36 * Unit, BoxStyle),
            Box(x0, bottom - bar, length / 2, bar, new Style(Fill: Palette.Ink)),
            Box(x0 + (length / 2), bottom - bar, length / 2, bar, new Style(Fill: Palette.Paper, Stroke: Palette.Ink, StrokeWidth: 1)),
            new SceneText(new Px(x0, bottom - bar - (5 * Unit)), "0", 10.5 * Unit, Palette.Ink, TextAnchor.Middle),
            new SceneText(new Px(right, bottom - bar - (5 * Unit)), label, 10.5 * Unit, Palette.Ink, TextAnchor.Middle),
        };
        AddFurniture(new SceneGroup("scale-bar", "furniture scale-bar", items,
            F($"Scale bar: {label} measured on the WGS84 ellipsoid at the map centre ({metresPerPixel:0.0} m per pixel)")),
            Quad.Rect(x0 - (12 * Unit), bottom - (28 * Unit), boxWidth, 36 * Unit));
    }

    private void AddNorthArrow()
    {
        double angle = Frame.NorthAngleDegrees() * Math.PI / 180;
        double cx = Frame.Width - (34 * Unit), cy = 58 * Unit, r = 22 * Unit;
        Px Rot(double dx, double dy) => new(cx + (dx * Math.Cos(angle)) - (dy * Math.Sin(angle)), cy + (dx * Math.Sin(angle)) + (dy * Math.Cos(angle)));
        var items = new List<SceneItem>
        {
            new SceneCircle(new Px(cx, cy), r + (6 * Unit), BoxStyle),
            new ScenePath([[Rot(0, -r), Rot(r * 0.42, r * 0.55), Rot(0, r * 0.25)]], true, new Style(Fill: Palette.Ink)),
            new ScenePath([[Rot(0, -r), Rot(-r * 0.42, r * 0.55), Rot(0, r * 0.25)]], true, new Style(Fill: Palette.Paper, Stroke: Palette.Ink, StrokeWidth: 1)),
            new SceneText(Rot(0, -r - (8 * Unit)), "N", 13 * Unit, Palette.Ink, TextAnchor.Middle, Bold: true, Halo: Palette.Paper),
        };
        double reach = r + (10 * Unit) + (13 * Unit);
        AddFurniture(new SceneGroup("north-arrow", "furniture north-arrow", items, F($"True north ({Frame.NorthAngleDegrees():0.00}° from up)")),
            Quad.Rect(cx - reach, cy - reach, 2 * reach, 2 * reach));
    }

    private void AddAttribution()
    {
        _attributions.Add(Frame.Projection == MapProjection.Lambert93 ? "Lambert-93 (EPSG:2154)" : "Web Mercator (EPSG:3857)");
        string line = string.Join(" · ", _attributions);
        double size = 10 * Unit;
        double w = TextWidth(line, size) + (12 * Unit);
        var items = new List<SceneItem>
        {
            Box(Frame.Width - w, Frame.Height - (18 * Unit), w, 18 * Unit, BoxStyle),
            new SceneText(new Px(Frame.Width - (6 * Unit), Frame.Height - (5 * Unit)), line, size, "#333333", TextAnchor.End),
        };
        AddFurniture(new SceneGroup("attribution", "furniture attribution", items), Quad.Rect(Frame.Width - w, Frame.Height - (18 * Unit), w, 18 * Unit));
    }
}
