using System.Globalization;
using NetTopologySuite.Geometries;
using Routes.Geo.Encirclement;
using Routes.Geo.Maps.Base;

namespace Routes.Geo.Maps.Scene;

/// <summary>
/// Collects a map's features in painting order, then adds the furniture (title and caption, legend,
/// scale bar, north arrow, attribution) and returns the scene.
/// </summary>
internal sealed partial class MapBuilder(MapFrame frame, MapOptions options)
{
    private readonly List<SceneGroup> _groups = [];
    private readonly List<LegendEntry> _legend = [];
    private readonly List<string> _attributions = [];
    private string _background = Palette.Paper;

    public MapFrame Frame { get; } = frame;

    public MapOptions Options { get; } = options;

    /// <summary>Text and symbol scale: 1 at 1200 px wide.</summary>
    public double Unit { get; } = Math.Clamp(Math.Min(frame.Width / 1200.0, frame.Height / 800.0), 0.6, 4);

    public Px P(GeoPoint point)
    {
        (double x, double y) = Frame.ToPixel(point);
        return new Px(x, y);
    }

    public void Add(SceneGroup group) => _groups.Add(group);

    public void Legend(LegendEntry entry)
    {
        if (!_legend.Any(e => e.Label == entry.Label))
        {
            _legend.Add(entry);
        }
    }

    public void Attribute(string line)
    {
        if (!_attributions.Contains(line))
        {
            _attributions.Add(line);
        }
    }

    /// <summary>
    /// The ground: from <see cref="MapOptions.Base"/> when given (coastline, water, green areas), else
    /// the embedded Natural Earth land where it covers the picture; elsewhere no sea is drawn at all
    /// (an inland map is more likely than one in open water, and painting the unknown as sea misleads).
    /// </summary>
    public void AddLand()
    {
        Envelope box = PictureBox(0.03);
        if (Options.Base is { } ground)
        {
            _background = Palette.Sea;
            Geometry land = ground.LandWithin(box);
            _groups.Add(new SceneGroup("land", "base land", [new ScenePath(Parts(land), true,
                new Style(Fill: Palette.Land, Stroke: ground.CoastlineCount > 0 ? Palette.Coast : null, StrokeWidth: 0.8))]));
            AddAreas(ground, box);
            Attribute(ground.CoastlineCount > 0 ? "Coast and land: OpenStreetMap" : "Land: OpenStreetMap (inland: no coast)");
            Attribute(Export.Attribution.OpenStreetMap);
            return;
        }

        if (!box.Intersects(BaseLayers.LandCoverage))
        {
            _background = Palette.Land;
            return;
        }

        _background = Palette.Sea;
        int i = 0;
        foreach (Geometry land in BaseLayers.Land)
        {
            _groups.Add(new SceneGroup($"land-{i++}", "base land", [new ScenePath(Parts(land), true, new Style(Fill: Palette.Land, Stroke: Palette.Coast, StrokeWidth: 0.8))]));
        }

        Attribute("Land: Natural Earth (public domain)");
    }

    private void AddAreas(BaseMap ground, Envelope box)
    {
        foreach ((BaseAreaKind kind, string id, Style style) in new[]
        {
            (BaseAreaKind.Green, "green", new Style(Fill: Palette.Green)),
            (BaseAreaKind.Water, "water", new Style(Fill: Palette.Sea, Stroke: Palette.WaterEdge, StrokeWidth: 0.6)),
        })
        {
            IReadOnlyList<Px>[] rings = [.. ground.Areas.Where(a => a.Kind == kind && Bounds(a.Ring).Intersects(box))
                .Select(a => (IReadOnlyList<Px>)[.. a.Ring.Select(c => P(new GeoPoint(c.Y, c.X)))])];
            if (rings.Length > 0)
            {
                _groups.Add(new SceneGroup(id, "base " + id, [new ScenePath(rings, true, style)]));
            }
        }
    }

    private static Envelope Bounds(Coordinate[] ring)
    {
        var e = new Envelope();
        foreach (Coordinate c in ring)
        {
            e.ExpandToInclude(c);
        }

        return e;
    }

    /// <summary>The lon/lat box around the whole picture (not only the extent asked for), widened by a fraction.</summary>
    private Envelope PictureBox(double margin)
    {
        var e = new Envelope();
        for (int i = 0; i <= 8; i++)
        {
            foreach ((double x, double y) in new[] { (Frame.Width * i / 8.0, 0.0), (Frame.Width * i / 8.0, Frame.Height), (0.0, Frame.Height * i / 8.0), (Frame.Width, Frame.Height * i / 8.0) })
            {
                GeoPoint g = Frame.ToGeo(x, y);
                e.ExpandToInclude(g.Longitude, g.Latitude);
            }
        }

        e.ExpandBy(e.Width * margin, e.Height * margin);
        return e;
    }

    /// <summary>
    /// The network's roads that touch the picture, styled by class (width and colour in the manner of
    /// OpenStreetMap's standard style, toned down): paths first, then casings, then fills, minor to major.
    /// </summary>
    public void AddRoads(RoadNetwork roads)
    {
        double metresPerPixel = Frame.GroundMetresPerPixelAtCentre();
        double k = RoadStyles.ScaleFactor(metresPerPixel) * Unit;
        var byClass = new SortedDictionary<RoadClass, List<IReadOnlyList<Px>>>();
        for (int edge = 0; edge < roads.EdgeCount; edge++)
        {
            if (RoadStyles.ClassOf(roads.EdgeTags(edge).GetValueOrDefault("highway")) is not { } roadClass || !RoadStyles.Shown(roadClass, metresPerPixel))
            {
                continue;
            }

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
                (byClass.TryGetValue(roadClass, out var parts) ? parts : byClass[roadClass] = []).Add(pixels);
            }
        }

        var items = new List<SceneItem>();
        foreach ((RoadClass c, var parts) in byClass.Where(p => RoadStyles.Casing(p.Key) is null))
        {
            items.Add(new ScenePath(parts, false, new Style(Stroke: RoadStyles.Fill(c), StrokeWidth: RoadStyles.Width(c) * k, Dash: RoadStyles.Dash(c)?.Select(d => d * k).ToArray())));
        }

        _groups.Add(new SceneGroup("roads-minor", "base roads paths", items));
        var casings = new List<SceneItem>();
        foreach ((RoadClass c, var parts) in byClass.Where(p => RoadStyles.Casing(p.Key) is not null))
        {
            casings.Add(new ScenePath(parts, false, new Style(Stroke: RoadStyles.Casing(c), StrokeWidth: (RoadStyles.Width(c) + 1.6) * k)));
        }

        _groups.Add(new SceneGroup("roads-casing", "base roads casing", casings));
        foreach ((RoadClass c, var parts) in byClass.Where(p => RoadStyles.Casing(p.Key) is not null))
        {
            _groups.Add(new SceneGroup("roads-" + c.ToString().ToLowerInvariant(), "base roads " + c.ToString().ToLowerInvariant(),
                [new ScenePath(parts, false, new Style(Stroke: RoadStyles.Fill(c), StrokeWidth: RoadStyles.Width(c) * k))]));
        }

        _groups.Add(new SceneGroup("roads", "base roads", [], $"Road network: {roads.Source}"));
        foreach (RoadClass c in byClass.Keys.Reverse())
        {
            Legend(new LegendEntry(RoadStyles.Name(c), LegendSwatch.Line,
                new Style(Stroke: RoadStyles.Fill(c), StrokeWidth: Math.Max(RoadStyles.Width(c) * 0.6, 1.3), Dash: RoadStyles.Dash(c)),
                Casing: RoadStyles.Casing(c) is { } casing ? new Style(Stroke: casing, StrokeWidth: (RoadStyles.Width(c) * 0.6) + 1.6) : null));
        }

        Attribute(Export.Attribution.OpenStreetMap);
    }

    /// <summary>A site's symbol (by its first kind) and optionally its name, placed later without overlap.</summary>
    public void AddSite(Site site, bool label)
    {
        GeoPoint point = site.Coordinate.Verified ?? throw new ArgumentException($"Site {site.Id} has no verified coordinate.", nameof(site));
        SiteKind kind = site.Kinds.Count > 0 ? site.Kinds[0] : SiteKind.Town;
        Px c = P(point);
        double size = 13 * Unit;
        var items = new List<SceneItem> { Symbols.For(kind, c, size) };
        Obstacle(c, size * 0.55);
        if (label)
        {
            Label(items, c, size * 0.55, site.Name, 11 * Unit, false, 1 + LabelRank(kind));
        }

        string kinds = string.Join(' ', site.Kinds.Select(k => k.ToString().ToLowerInvariant()));
        _groups.Add(new SceneGroup($"site-{site.Id}", $"feature site {kinds}", items, $"{site.Name} ({kinds.Replace(' ', ',')})"));
        Legend(new LegendEntry(KindName(kind), LegendSwatch.Symbol, new Style(), kind));
        if (IsFromOsm(site))
        {
            Attribute(Export.Attribution.OpenStreetMap);
        }
    }

    // Which labels win when space lacks: the coast's batteries and forts, then museums, memorials and cemeteries, then the rest.
    private static int LabelRank(SiteKind kind) => kind switch
    {
        SiteKind.Battery or SiteKind.Fort => 0,
        SiteKind.Museum or SiteKind.Memorial or SiteKind.Cemetery => 1,
        SiteKind.Bunker or SiteKind.Battlefield or SiteKind.Landmark => 2,
        _ => 3,
    };

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

    public static string KindName(SiteKind kind) => kind switch
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
