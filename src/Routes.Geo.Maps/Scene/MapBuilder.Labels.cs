using Routes.Geo.Maps.Rendering;

namespace Routes.Geo.Maps.Scene;

/// <summary>
/// Labels, placed once everything else is known: street names along the route first, then point
/// labels by priority (ports, then sites by kind, then name). A label goes to the first of eight
/// positions around its symbol, then farther out with a leader line, where its box meets no other
/// label, symbol or furniture; one that fits nowhere is left out and listed in <see cref="DroppedLabels"/>.
/// </summary>
internal sealed partial class MapBuilder
{
    private static readonly (double X, double Y)[] Directions = [(1, 0), (0.72, -0.72), (0.72, 0.72), (-1, 0), (-0.72, -0.72), (-0.72, 0.72), (0, -1), (0, 1)];

    private readonly List<PointLabel> _pointLabels = [];
    private readonly List<(string Name, IReadOnlyList<Px> Line)> _streets = [];
    private readonly List<Quad> _obstacles = [];
    private readonly List<string> _dropped = [];

    /// <summary>Labels that found no free place, in the order they were tried.</summary>
    public IReadOnlyList<string> DroppedLabels => _dropped;

    /// <summary>A symbol labels must not cover.</summary>
    public void Obstacle(Px centre, double radius) => _obstacles.Add(Quad.Rect(centre.X - radius, centre.Y - radius, 2 * radius, 2 * radius));

    /// <summary>Asks for a label beside a symbol; its text is added to <paramref name="items"/> when placed.</summary>
    public void Label(List<SceneItem> items, Px centre, double radius, string text, double size, bool bold, int priority) =>
        _pointLabels.Add(new PointLabel(items, centre, radius, text, size, bold, priority));

    /// <summary>Asks for a street name drawn along <paramref name="line"/>.</summary>
    public void StreetName(string name, IReadOnlyList<Px> line) => _streets.Add((name, line));

    private double Measure(string text, double size, bool bold = false) => TextMeasure.Width(text, size, bold, Options.FontFile);

    private SceneGroup? PlaceLabels(IEnumerable<Quad> furniture)
    {
        var placer = new LabelPlacer(Frame.Width, Frame.Height);
        foreach (Quad q in furniture.Concat(_obstacles))
        {
            placer.Block(q);
        }

        var streetItems = new List<SceneItem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach ((string name, IReadOnlyList<Px> line) in _streets.OrderByDescending(s => Length(s.Line)))
        {
            // A street met twice (the route comes back to it) is named once unless there is room again.
            if (!PlaceStreet(name, line, placer, streetItems) && !seen.Contains(name))
            {
                _dropped.Add(name);
            }

            seen.Add(name);
        }

        foreach (PointLabel label in _pointLabels.OrderBy(l => l.Priority).ThenBy(l => l.Text, StringComparer.Ordinal))
        {
            if (!PlacePoint(label, placer))
            {
                _dropped.Add(label.Text);
            }
        }

        return streetItems.Count == 0 ? null : new SceneGroup("street-names", "labels street-names", streetItems);
    }

    private bool PlacePoint(PointLabel label, LabelPlacer placer)
    {
        double w = Measure(label.Text, label.Size, label.Bold), halo = label.Size / 8;
        (double ascent, double descent) = TextMeasure.Extent(label.Size, label.Bold, Options.FontFile);
        foreach (double extra in (double[])[0, 14 * Unit, 30 * Unit, 50 * Unit])
        {
            double gap = label.Radius + (3 * Unit) + extra;
            foreach ((double dx, double dy) in Directions)
            {
                double x = label.Centre.X + (dx * gap) - (dx < 0 ? w : dx == 0 ? w / 2 : 0);
                double y = label.Centre.Y + (dy * gap) + (dy > 0 ? ascent * 0.8 : dy < 0 ? -descent : (ascent - descent) / 2);
                Quad box = Quad.Rect(x - halo, y - ascent - halo, w + (2 * halo), ascent + descent + (2 * halo));
                if (!placer.TryPlace(box))
                {
                    continue;
                }

                if (extra > 0)
                {
                    // A leader from the symbol's edge to the nearest point of the label's box.
                    Px edge = new(label.Centre.X + (dx * label.Radius), label.Centre.Y + (dy * label.Radius));
                    Px near = new(Math.Clamp(edge.X, x, x + w), Math.Clamp(edge.Y, y - ascent, y + descent));
                    label.Items.Add(new ScenePath([[edge, near]], false, new Style(Stroke: "#555555", StrokeWidth: 0.8 * Unit)));
                }

                label.Items.Add(new SceneText(new Px(x, y), label.Text, label.Size, Palette.Ink, Bold: label.Bold, Halo: Palette.Paper));
                return true;
            }
        }

        return false;
    }

    // Along the straightest stretch nearest the middle, beside the route's line, turned to read left to right.
    private bool PlaceStreet(string name, IReadOnlyList<Px> line, LabelPlacer placer, List<SceneItem> items)
    {
        double size = 11 * Unit, w = Measure(name, size), halo = size / 8, need = w + (10 * Unit);
        (double ascent, double descent) = TextMeasure.Extent(size, false, Options.FontFile);
        var along = new double[line.Count];
        for (int i = 1; i < line.Count; i++)
        {
            along[i] = along[i - 1] + Dist(line[i - 1], line[i]);
        }

        var windows = new List<(double Rank, Px A, Px B)>();
        for (int i = 0; i < line.Count - 1; i++)
        {
            int j = i + 1;
            while (j < line.Count - 1 && Dist(line[i], line[j]) < need)
            {
                j++;
            }

            if (Dist(line[i], line[j]) >= need && Straight(line, i, j, size * 0.45))
            {
                windows.Add((Math.Abs(((along[i] + along[j]) / 2) - (along[^1] / 2)), line[i], line[j]));
            }
        }

        foreach ((_, Px a, Px b) in windows.OrderBy(x => x.Rank))
        {
            double angle = Math.Atan2(b.Y - a.Y, b.X - a.X) * 180 / Math.PI;
            angle = angle > 90 ? angle - 180 : angle <= -90 ? angle + 180 : angle;
            double r = angle * Math.PI / 180;
            (double ux, double uy, double nx, double ny) = (Math.Cos(r), Math.Sin(r), Math.Sin(r), -Math.Cos(r));
            Px mid = new((a.X + b.X) / 2, (a.Y + b.Y) / 2);
            foreach (double offset in (double[])[(4.5 * Unit) + descent, -((4.5 * Unit) + ascent)])
            {
                Px start = new(mid.X + (nx * offset) - (ux * w / 2), mid.Y + (ny * offset) - (uy * w / 2));
                Px padded = new(start.X - (ux * halo), start.Y - (uy * halo));
                if (placer.TryPlace(Quad.Text(padded, w + (2 * halo), ascent + halo, descent + halo, angle)))
                {
                    items.Add(new SceneText(start, name, size, "#3a3a3a", Halo: Palette.Paper, RotationDegrees: angle));
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Straight(IReadOnlyList<Px> line, int i, int j, double tolerance)
    {
        Px a = line[i], b = line[j];
        double length = Dist(a, b);
        for (int k = i + 1; k < j; k++)
        {
            double cross = Math.Abs(((b.X - a.X) * (line[k].Y - a.Y)) - ((b.Y - a.Y) * (line[k].X - a.X))) / length;
            if (cross > tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static double Dist(Px a, Px b) => Math.Sqrt(((a.X - b.X) * (a.X - b.X)) + ((a.Y - b.Y) * (a.Y - b.Y)));

    private static double Length(IReadOnlyList<Px> line) => line.Zip(line.Skip(1), Dist).Sum();

    private sealed record PointLabel(List<SceneItem> Items, Px Centre, double Radius, string Text, double Size, bool Bold, int Priority);
}
