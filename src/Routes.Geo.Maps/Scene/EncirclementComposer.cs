using System.Globalization;
using Routes.Geo.Encirclement;

namespace Routes.Geo.Maps.Scene;

/// <summary>The encirclement on one day: positions that stood, sites, and each port coloured by its state.</summary>
internal static class EncirclementComposer
{
    // time: the hour of the day (states by Port.StateAt), or null for the whole day.
    public static (MapScene Scene, MapFrame Frame) Compose(EncirclementModel model, DateOnly date, TimeOnly? time, MapOptions options)
    {
        options.Validate();
        EncirclementState state = time is { } t ? model.StateAt(date, t) : model.StateOn(date);
        var frame = new MapFrame(options.Extent ?? MapExtent.ChannelPorts, options.Width, options.Height, options.Projection);
        var b = new MapBuilder(frame, options);
        if (options.Land)
        {
            b.AddLand();
        }

        if (options.Roads is { } roads)
        {
            b.AddRoads(roads);
        }

        foreach (MilitaryPosition position in state.PositionsHeld.OrderBy(p => p.Shape))
        {
            AddPosition(b, position);
        }

        var portSites = new HashSet<string>(model.Ports.Select(p => p.SiteId), StringComparer.Ordinal);
        foreach (Site site in model.Sites.Where(s => s.Coordinate.Verified is { } v && frame.Extent.Contains(v) && !portSites.Contains(s.Id)))
        {
            b.AddSite(site, label: true);
        }

        foreach (Port port in model.Ports)
        {
            AddPort(b, model.FindSite(port.SiteId), state.Ports[port.SiteId], Words(port, date, time));
        }

        foreach (PortState s in Enum.GetValues<PortState>())
        {
            b.Legend(new LegendEntry("Port " + Palette.PortWord(s), LegendSwatch.Marker, new Style(Fill: Palette.Port(s), Stroke: Palette.Paper, StrokeWidth: 1.5)));
        }

        return (b.Build(options.Title ?? "The encirclement of the Channel ports, 1944", Caption(model, state, time), Describe(state)), frame);
    }

    private static void AddPosition(MapBuilder b, MilitaryPosition position)
    {
        bool approximate = position.Precision.StartsWith("approximate", StringComparison.OrdinalIgnoreCase);
        string colour = position.Side == Belligerent.Allied ? Palette.Allied : Palette.German;
        IReadOnlyList<double>? dash = approximate ? Palette.ApproximateDash : null;
        string title = string.Create(CultureInfo.InvariantCulture, $"{position.Name}, {position.ValidFrom:d MMM} – {position.ValidTo:d MMM yyyy}: {position.Precision}");
        string classes = $"feature position {Kebab(position.Kind.ToString())} {position.Shape.ToString().ToLowerInvariant()}{(approximate ? " approximate" : "")}";
        var items = new List<SceneItem>();
        var parts = b.Parts(position.Geometry);
        string label;
        switch (position.Shape)
        {
            case PositionShape.Polygon:
                var area = new Style(Fill: colour, FillOpacity: approximate ? 0.7 : 0.3, Stroke: colour, StrokeWidth: 2 * b.Unit, Dash: dash, Hatch: approximate);
                items.Add(new ScenePath(parts, true, area));
                label = position.Side == Belligerent.Allied ? "Allied-held area" : "Fortress or pocket (German)";
                b.Legend(new LegendEntry(label + (approximate ? ", approximate" : ""), LegendSwatch.Area, area with { StrokeWidth = 1.5 }));
                break;
            case PositionShape.Line:
                var line = new Style(Stroke: colour, StrokeWidth: 3 * b.Unit, Dash: dash);
                items.Add(new ScenePath(parts, false, line));
                label = position.Kind == PositionKind.ContactLine ? "Allied contact line" : position.Kind == PositionKind.OutpostLine ? "German outpost line" : "German perimeter line";
                b.Legend(new LegendEntry(label + (approximate ? ", approximate" : ""), LegendSwatch.Line, line with { StrokeWidth = 3 }));
                break;
            default:
                var spot = new Style(Fill: colour, FillOpacity: 0.7, Stroke: colour, StrokeWidth: 1.5 * b.Unit, Dash: [4, 3], Hatch: true);
                items.AddRange(parts.Select(p => new SceneCircle(p[0], 16 * b.Unit, spot)));
                b.Legend(new LegendEntry("German-held place, extent unknown", LegendSwatch.Marker, spot with { StrokeWidth = 1 }));
                break;
        }

        b.Add(new SceneGroup($"position-{position.Id}", classes, items, title));
    }

    /// <summary>
    /// A port's state in words: at an hour, its state then; for a whole day on which a timed change happened,
    /// "besieged until 07:00, then liberated" (as on the offline page); else the day's state.
    /// </summary>
    internal static string Words(Port port, DateOnly date, TimeOnly? time)
    {
        if (time is { } t)
        {
            return Palette.PortWord(port.StateAt(date, t));
        }

        PortState after = port.StateOn(date);
        PortPhase? change = port.Phases.LastOrDefault(p => p.From == date && p.FromTime is not null);
        if (change is null || change.State != after)
        {
            return Palette.PortWord(after);
        }

        PortState before = port.Phases.LastOrDefault(p => p.From < date)?.State ?? PortState.GermanHeld;
        return string.Create(CultureInfo.InvariantCulture, $"{Palette.PortWord(before)} until {change.FromTime:HH:mm}, then {Palette.PortWord(after)}");
    }

    private static void AddPort(MapBuilder b, Site site, PortState state, string word)
    {
        Px c = b.P(site.Coordinate.Verified!.Value);
        var items = new List<SceneItem>
        {
            new SceneCircle(c, 10 * b.Unit, new Style(Fill: Palette.Port(state), Stroke: Palette.Paper, StrokeWidth: 2.5 * b.Unit)),
        };
        b.Obstacle(c, 11 * b.Unit);
        b.Label(items, c, 11 * b.Unit, $"{site.Name} — {word}", 14 * b.Unit, true, 0);
        b.Add(new SceneGroup($"port-{site.Id}", $"feature port {Kebab(state.ToString())}", items, $"{site.Name}: {word}"));
    }

    private static List<string> Caption(EncirclementModel model, EncirclementState state, TimeOnly? time)
    {
        var lines = new List<string>
        {
            state.Date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture) + (time is { } t ? t.ToString(", HH:mm", CultureInfo.InvariantCulture) : ""),
            string.Join(" · ", model.Ports.Select(p => $"{model.FindSite(p.SiteId).Name} {Words(p, state.Date, time)}")),
        };
        foreach (HistoricalEvent e in model.Events.Where(e => e.Start == state.Date).Take(2))
        {
            // Whole, not cut: the title box wraps long lines to its width.
            lines.Add($"• {e.Place}: {e.Description}");
        }

        lines.Add("Dashed or hatched: position known only approximately (see each feature's precision).");
        return lines;
    }

    private static string Describe(EncirclementState state) => string.Create(CultureInfo.InvariantCulture,
        $"The encirclement of the Channel ports on {state.Date:yyyy-MM-dd}: {string.Join(", ", state.Ports.Select(p => $"{p.Key} {Palette.PortWord(p.Value)}"))}; {state.PositionsHeld.Count} positions.");

    internal static string Kebab(string pascal) =>
        string.Concat(pascal.Select((ch, i) => char.IsUpper(ch) && i > 0 ? "-" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
