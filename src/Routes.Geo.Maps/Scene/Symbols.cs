using Routes.Geo.Encirclement;

namespace Routes.Geo.Maps.Scene;

/// <summary>A site's symbol by its first kind: a shape a reader can tell apart without colour.</summary>
internal static class Symbols
{
    public static SceneItem For(SiteKind kind, Px c, double size)
    {
        var style = new Style(Fill: Palette.Site(kind), Stroke: Palette.Paper, StrokeWidth: 1.2);
        double r = size / 2;
        return kind switch
        {
            SiteKind.Cemetery => Ring(c, [(-0.3, -1), (0.3, -1), (0.3, -0.3), (1, -0.3), (1, 0.3), (0.3, 0.3), (0.3, 1), (-0.3, 1), (-0.3, 0.3), (-1, 0.3), (-1, -0.3), (-0.3, -0.3)], r, style),
            SiteKind.Memorial => Ring(c, [(0, -1.1), (1, 0.75), (-1, 0.75)], r, style),
            SiteKind.Museum => Ring(c, [(0, -1.1), (1.1, 0), (0, 1.1), (-1.1, 0)], r, style),
            SiteKind.Battery or SiteKind.Bunker => Ring(c, [(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)], r, style),
            SiteKind.Fort => Ring(c, Star(5, 1.05, 0.75), r, style),
            SiteKind.Battlefield => Ring(c, Star(5, 1.15, 0.45), r, style),
            _ => new SceneCircle(c, r * 0.75, style),
        };
    }

    private static (double, double)[] Star(int points, double outer, double inner) =>
        [.. Enumerable.Range(0, points * 2).Select(i =>
        {
            double a = (Math.PI * i / points) - (Math.PI / 2);
            double radius = i % 2 == 0 ? outer : inner;
            return (radius * Math.Cos(a), radius * Math.Sin(a));
        })];

    private static ScenePath Ring(Px c, (double X, double Y)[] unit, double r, Style style) =>
        new([[.. unit.Select(p => new Px(c.X + (p.X * r), c.Y + (p.Y * r)))]], true, style);
}
