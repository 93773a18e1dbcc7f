namespace Routes.Geo.Maps.Scene;

/// <summary>A convex four-cornered box in pixels (a label, possibly turned, or an obstacle).</summary>
internal readonly record struct Quad(Px A, Px B, Px C, Px D)
{
    public static Quad Rect(double x, double y, double w, double h) => new(new(x, y), new(x + w, y), new(x + w, y + h), new(x, y + h));

    /// <summary>The box of a text line: baseline starting at <paramref name="start"/>, turned by <paramref name="degrees"/>.</summary>
    public static Quad Text(Px start, double width, double ascent, double descent, double degrees)
    {
        double a = degrees * Math.PI / 180, cos = Math.Cos(a), sin = Math.Sin(a);
        Px At(double u, double v) => new(start.X + (u * cos) - (v * sin), start.Y + (u * sin) + (v * cos));
        return new(At(0, -ascent), At(width, -ascent), At(width, descent), At(0, descent));
    }

    public IEnumerable<Px> Corners => [A, B, C, D];

    /// <summary>True when the interiors overlap (separating axis test; touching edges do not count).</summary>
    public bool Overlaps(Quad other) => !Separated(this, other) && !Separated(other, this);

    public bool Inside(double width, double height) => Corners.All(p => p.X >= 0 && p.Y >= 0 && p.X <= width && p.Y <= height);

    private static bool Separated(Quad q, Quad other)
    {
        Px[] c = [q.A, q.B, q.C, q.D];
        for (int i = 0; i < 4; i++)
        {
            Px p0 = c[i], p1 = c[(i + 1) % 4];
            (double nx, double ny) = (p0.Y - p1.Y, p1.X - p0.X);
            double min1 = double.MaxValue, max1 = double.MinValue, min2 = double.MaxValue, max2 = double.MinValue;
            foreach (Px p in q.Corners)
            {
                double d = (p.X * nx) + (p.Y * ny);
                (min1, max1) = (Math.Min(min1, d), Math.Max(max1, d));
            }

            foreach (Px p in other.Corners)
            {
                double d = (p.X * nx) + (p.Y * ny);
                (min2, max2) = (Math.Min(min2, d), Math.Max(max2, d));
            }

            if (max1 <= min2 + 1e-9 || max2 <= min1 + 1e-9)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Greedy label placement: a label goes where its box meets no placed label, symbol or furniture and stays in the picture.</summary>
internal sealed class LabelPlacer(double width, double height)
{
    private readonly List<Quad> _taken = [];

    public IReadOnlyList<Quad> Taken => _taken;

    public void Block(Quad box) => _taken.Add(box);

    public bool Fits(Quad box) => box.Inside(width, height) && !_taken.Any(box.Overlaps);

    public bool TryPlace(Quad box)
    {
        if (!Fits(box))
        {
            return false;
        }

        _taken.Add(box);
        return true;
    }
}
