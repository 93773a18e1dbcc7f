using System.Globalization;
using NetTopologySuite.Geometries;
using Routes.Geo.Isochrones;

namespace Routes.Geo.Maps.Scene;

/// <summary>
/// Isochrone bands as a polygon layer: each band drawn as its ring (the band minus the shorter one), so every
/// point carries one colour, from dark (nearest) to light (farthest), over the ground and roads, translucent so the roads read through.
/// </summary>
internal static class IsochroneComposer
{
    /// <summary>How opaque a band's fill is: the roads under it stay legible, the bands stay distinct.</summary>
    public const double FillOpacity = 0.5;

    // Sequential warm ramp (ColorBrewer YlOrBr, darkest for the shortest time); warm to stay apart from sea and green areas.
    private static readonly (byte R, byte G, byte B)[] Ramp = [(0xcc, 0x4c, 0x02), (0xfe, 0x99, 0x29), (0xfe, 0xe3, 0x91)];

    public static (MapScene Scene, MapFrame Frame) Compose(IsochroneResult isochrone, string originLabel, MapOptions options)
    {
        options.Validate();
        if (isochrone.Bands.Count == 0 || isochrone.Bands.All(b => b.Area.IsEmpty))
        {
            throw new MapInputException("The isochrone has no area to draw: no band reached any road.");
        }

        GeoPoint origin = isochrone.Origin.Snapped;
        Envelope box = isochrone.Bands[^1].Area.EnvelopeInternal;
        MapExtent extent = options.Extent ?? MapExtent.Around(
            [origin, new GeoPoint(box.MinY, box.MinX), new GeoPoint(box.MaxY, box.MaxX)], marginFraction: 0.06, minimumDegrees: 0.005);
        var frame = new MapFrame(extent, options.Width, options.Height, options.Projection);
        var b = new MapBuilder(frame, options);
        if (options.Land)
        {
            b.AddLand();
        }

        // The bands head the legend, shortest first: they are what the map is about.
        for (int i = 0; i < isochrone.Bands.Count; i++)
        {
            string colour = BandColour(i, isochrone.Bands.Count);
            b.Legend(new LegendEntry(F($"Within {Minutes(isochrone.Bands[i].Within)} ({isochrone.Bands[i].AreaSquareMetres / 1e6:0.00} km²)"), LegendSwatch.Area,
                new Style(Fill: colour, FillOpacity: FillOpacity, Stroke: Darker(colour), StrokeWidth: 1)));
        }

        b.Legend(new LegendEntry("Start", LegendSwatch.Marker, new Style(Fill: Palette.Paper, Stroke: Palette.Ink, StrokeWidth: 2.5)));
        if (options.Roads is { } roads)
        {
            b.AddRoads(roads);
        }

        string travel = TravelWords(isochrone.Profile);
        for (int i = isochrone.Bands.Count - 1; i >= 0; i--)
        {
            IsochroneBand band = isochrone.Bands[i];
            Geometry ring = i == 0 ? band.Area : band.Area.Difference(isochrone.Bands[i - 1].Area);
            string colour = BandColour(i, isochrone.Bands.Count);
            string minutes = Minutes(band.Within);
            b.Add(new SceneGroup($"isochrone-{minutes.Replace(' ', '-')}", "feature isochrone band", [
                new ScenePath(b.Parts(ring), true, new Style(Fill: colour, FillOpacity: FillOpacity)),
                new ScenePath(b.Parts(band.Area.Boundary), false, new Style(Stroke: Darker(colour), StrokeWidth: 1.6 * b.Unit)),
            ], F($"Within {minutes} {travel}: {band.AreaSquareMetres / 1e6:0.00} km², {band.ReachedPieces} road pieces")));
        }

        Px start = b.P(origin);
        b.Obstacle(start, 9 * b.Unit);
        var marker = new List<SceneItem>
        {
            new SceneCircle(start, 8 * b.Unit, new Style(Fill: Palette.Paper, Stroke: Palette.Ink, StrokeWidth: 2.5 * b.Unit)),
            new SceneCircle(start, 3 * b.Unit, new Style(Fill: Palette.Ink)),
        };
        b.Label(marker, start, 9 * b.Unit, originLabel, 12 * b.Unit, true, 0);
        b.Add(new SceneGroup("origin", "feature origin", marker, "Start: " + originLabel));
        b.Attribute(Export.Attribution.OpenStreetMap);

        string title = options.Title ?? $"How far {travel} in {string.Join(", ", isochrone.Bands.Select(x => Minutes(x.Within)))}";
        string[] caption =
        [
            "From " + originLabel,
            F($"Outlines within {isochrone.Shape.BufferMetres:0} m of the roads reached in time; gaps up to about {2 * isochrone.Shape.GapMetres:0} m filled"),
        ];
        return (b.Build(title, caption, title + ": " + string.Join("; ", caption)), frame);
    }

    /// <summary>The fill of band <paramref name="index"/> of <paramref name="count"/> (0 the shortest): along the ramp, dark to light.</summary>
    public static string BandColour(int index, int count)
    {
        double t = count <= 1 ? 0 : (double)index / (count - 1) * (Ramp.Length - 1);
        int k = Math.Min((int)Math.Floor(t), Ramp.Length - 2);
        double f = t - k;
        int Channel(Func<(byte R, byte G, byte B), byte> c) => (int)Math.Round(c(Ramp[k]) + ((c(Ramp[k + 1]) - c(Ramp[k])) * f));
        return F($"#{Channel(c => c.R):x2}{Channel(c => c.G):x2}{Channel(c => c.B):x2}");
    }

    private static string Darker(string hex)
    {
        int v = int.Parse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        int Dim(int shift) => (int)(((v >> shift) & 0xff) * 0.7);
        return F($"#{Dim(16):x2}{Dim(8):x2}{Dim(0):x2}");
    }

    private static string Minutes(TimeSpan within) =>
        within.TotalMinutes >= 90 && within.TotalMinutes % 60 == 0 ? F($"{within.TotalHours:0} h") : F($"{within.TotalMinutes:0.#} min");

    private static string TravelWords(string profile) => profile switch
    {
        "foot" => "on foot",
        "car" => "by car",
        "bicycle" or "bike" => "by bicycle",
        "wheelchair" => "by wheelchair",
        _ => "by " + profile,
    };

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
