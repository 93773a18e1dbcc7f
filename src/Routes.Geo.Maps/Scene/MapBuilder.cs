using System.Globalization;
using NetTopologySuite.Geometries;
using Routes.Geo.Encirclement;
using Routes.Geo.Network;

namespace Routes.Geo.Maps.Scene;

/// <summary>
/// Collects a map's features in painting order, then adds the furniture (title and caption, legend,
/// scale bar, north arrow, attribution) and returns the scene.
/// </summary>
internal sealed partial class MapBuilder(MapFrame frame, MapOptions options)
{
    private readonly List<SceneGroup> groups = [];
    private readonly List<LegendEntry> legend = [];
    private readonly List<string> attributions = [];

    public MapFrame Frame { get; } = frame;

    public MapOptions Options { get; } = options;

    /// <summary>Text and symbol scale: 1 at 1200 px wide.</summary>
    public double Unit { get; } = Math.Clamp(Math.Min(frame.Width / 1200.0, frame.Height / 800.0), 0.6, 4);

    public Px P(GeoPoint point)
    {
        (double x, double y) = Frame.ToPixel(point);
        return new Px(x, y);
    }

    public void Add(SceneGroup group) => groups.Add(group);

    public void Legend(LegendEntry entry)
    {
        if (!legend.Any(e => e.Label == entry.Label))
        {
            legend.Add(entry);
        }
    }

    public void Attribute(string line)
    {
        if (!attributions.Contains(line))
        {
            attributions.Add(line);
        }
    }

    public void AddLand()
    {
        int i = 0;
        foreach (Geometry land in BaseLayers.Land)
        {
            groups.Add(new SceneGroup($"land-{i++}", "base land", [new ScenePath(Parts(land), true, new Style(Fill: Palette.Land, Stroke: Palette.Coast, StrokeWidth: 0.8))]));
        }

        Attribute("Land: Natural Earth (public domain)");
    }

    /// <summary>The network's edges that touch the picture, as one light group; tiny steps are merged.</summary>
    public void AddRoads(RoadNetwork roads)
    {
        var parts = new List<IReadOnlyList<Px>>();
        for (int edge = 0; edge < roads.EdgeCount; edge++)
        {
            IReadOnlyList<GeoPoint> line = roads.GetEdgeGeometry(edge);
            var pixels = new List<Px>(line.Count);
            bool inside = false;
            foreach (GeoPoint g in line)
            {
                Px p = P(g);
                inside |= p.X >= 0 && p.X <= Frame.Width && p.Y >= 0 && p.Y <= Frame.Height;
                if (pixels.Count == 0 || Math.Abs(p.X - pixels[^1].X) + Math.Abs(p.Y - pixels[^1].Y) >= 0.7)
                {
                    pixels.Add(p);
                }
            }

            if (inside && pixels.Count >= 2)
            {
                parts.Add(pixels);
            }
        }

        groups.Add(new SceneGroup("roads", "base roads", [new ScenePath(parts, false, new Style(Stroke: Palette.Road, StrokeWidth: 0.7 * Unit))],
            $"Road network: {roads.Source}"));
        Legend(new LegendEntry("Roads (OpenStreetMap)", LegendSwatch.Line, new Style(Stroke: Palette.Road, StrokeWidth: 2)));
        Attribute(Export.Attribution.OpenStreetMap);
    }

    /// <summary>A site's symbol (by its first kind) and optionally its name.</summary>
    public void AddSite(Site site, bool label)
    {
        GeoPoint point = site.Coordinate.Verified ?? throw new ArgumentException($"Site {site.Id} has no verified coordinate.", nameof(site));
        SiteKind kind = site.Kinds.Count > 0 ? site.Kinds[0] : SiteKind.Town;
        Px c = P(point);
        var items = new List<SceneItem> { Symbols.For(kind, c, 13 * Unit) };
        if (label)
        {
            items.Add(new SceneText(new Px(c.X + (9 * Unit), c.Y - (7 * Unit)), site.Name, 11 * Unit, Palette.Ink, Halo: Palette.Paper));
        }

        string kinds = string.Join(' ', site.Kinds.Select(k => k.ToString().ToLowerInvariant()));
        groups.Add(new SceneGroup($"site-{site.Id}", $"feature site {kinds}", items, $"{site.Name} ({kinds.Replace(' ', ',')})"));
        Legend(new LegendEntry(KindName(kind), LegendSwatch.Symbol, new Style(), kind));
        if (IsFromOsm(site))
        {
            Attribute(Export.Attribution.OpenStreetMap);
        }
    }

    public static bool IsFromOsm(Site site) =>
        site.OsmNodeId is not null || site.OsmWayId is not null
        || site.Sources.Concat(site.Coordinate.Candidates.Select(c => c.Source))
            .Any(s => s.StartsWith("OpenStreetMap", StringComparison.OrdinalIgnoreCase));

    /// <summary>The pixel parts of a WGS84 geometry: rings of polygons, lines, or one-point parts for points.</summary>
    public IReadOnlyList<IReadOnlyList<Px>> Parts(Geometry geometry)
    {
        var parts = new List<IReadOnlyList<Px>>();
        for (int i = 0; i < geometry.NumGeometries; i++)
        {
            Geometry g = geometry.GetGeometryN(i);
            IEnumerable<LineString> lines = g switch
            {
                Polygon polygon => new[] { (LineString)polygon.ExteriorRing }.Concat(polygon.InteriorRings),
                LineString line => [line],
                _ => [],
            };
            foreach (LineString line in lines)
            {
                parts.Add([.. line.Coordinates.Select(c => P(new GeoPoint(c.Y, c.X)))]);
            }

            if (g is Point point)
            {
                parts.Add([P(new GeoPoint(point.Y, point.X))]);
            }
        }

        return parts;
    }

    private static string KindName(SiteKind kind) => kind switch
    {
        SiteKind.Cemetery => "War cemetery",
        SiteKind.Memorial => "Memorial",
        SiteKind.Museum => "Museum",
        SiteKind.Battery => "Gun battery",
        SiteKind.Fort => "Fort or citadel",
        SiteKind.Battlefield => "Battlefield",
        SiteKind.Bunker => "Bunker",
        SiteKind.Landmark => "Landmark",
        _ => "Town (reference point)",
    };

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
