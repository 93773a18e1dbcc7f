using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NetTopologySuite.Features;
using Routes.Geo.Encirclement;
using Routes.Geo.Export;
using Routes.Geo.Maps.Scene;

namespace Routes.Geo.Maps;

/// <summary>
/// One self-contained HTML file that shows the model offline: Leaflet 1.9.4 and its stylesheet are
/// inlined, the Natural Earth land is the base (no tile server; nothing is fetched), and the sites,
/// positions, events and routes are embedded as the same GeoJSON that <see cref="HistoryGeoJson"/>
/// and <see cref="RouteGeoJson"/> export. A date slider shows the positions that stood on the day
/// and colours each port by its state; each site has a popup with its story, events and sources.
/// The element <c>#status</c> carries <c>data-features</c> (features drawn) and <c>data-errors</c>
/// (script errors met). The URL hash may name the day to open on and a site whose popup to open
/// (<c>#date=1944-09-30&amp;site=batterie-todt</c>).
/// </summary>
public static partial class OfflineMapPage
{
    private const string Prefix = "Routes.Geo.Maps.Assets.";

    /// <summary>The page as a string.</summary>
    /// <param name="model">The encirclement model.</param>
    /// <param name="routes">Routes to draw (none by default).</param>
    /// <param name="openOn">The day the slider starts on; default 17 Sep 1944, clamped to the model's period.</param>
    /// <param name="roads">
    /// A road network to draw under the routes, styled by class as on the static maps, street names as
    /// tooltips; only its roads within the routes' box widened by half on each side are embedded, and
    /// none when there is no route (null: no roads).
    /// </param>
    /// <param name="ground">
    /// The ground under the routes from the extract they run on (<see cref="BaseMap.FromOsm"/>): land and sea from its
    /// coastline, its water and green areas, in the same box as the roads (null: the Natural Earth land only, which is
    /// too coarse at street level and does not reach beyond the Channel region, where no sea is drawn).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="DateOutsideModelException"><paramref name="openOn"/> is outside the model's period.</exception>
    public static string ToHtml(EncirclementModel model, IEnumerable<RouteGeoJson.Entry>? routes = null, DateOnly? openOn = null, RoadNetwork? roads = null, BaseMap? ground = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        DateOnly day = openOn ?? Clamp(new DateOnly(1944, 9, 17), model);
        model.StateOn(day);
        RouteGeoJson.Entry[] routeList = [.. routes ?? []];
        var html = new StringBuilder(256 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>The encirclement of the Channel ports, September 1944 – May 1945</title>\n")
            .Append("<style>\n").Append(LeafletCss()).Append('\n').Append(BaseLayers.ReadResource(Prefix + "map-page.css")).Append("</style>\n</head>\n<body").Append(WithHeights(routeList).Length > 0 ? " class=\"with-profiles\"" : "").Append(">\n")
            .Append("<div id=\"map\"></div>\n<div id=\"panel\"><h1>The encirclement of the Channel ports</h1>")
            .Append("<label for=\"date\">Day: <span id=\"day\"></span></label><input id=\"date\" type=\"range\" min=\"0\" step=\"1\">")
            .Append("<div id=\"ports\"></div><div>Dashed: position known only approximately.</div></div>\n")
            .Append("<div id=\"status\" data-features=\"0\" data-errors=\"0\">loading…</div>\n");
        Profiles(html, routeList);
        Data(html, "data-land", BaseLayers.ReadResource(BaseLayers.LandResource));
        Data(html, "data-sites", HistoryGeoJson.SitesToGeoJson(model.Sites));
        Data(html, "data-positions", Serialize(model.Positions.Select(p => HistoryGeoJson.PositionFeature(p, model))));
        Data(html, "data-events", Serialize(model.Events.Select(e => HistoryGeoJson.EventFeature(e, model))));
        Data(html, "data-routes", RouteGeoJson.ToGeoJson(routeList));
        const string NoFeatures = "{\"type\":\"FeatureCollection\",\"features\":[]}";
        Data(html, "data-roads", routeList.Length > 0 && roads is not null ? PageRoads.ToGeoJson(roads, View(routeList), 0.5) : NoFeatures);
        string? groundJson = routeList.Length > 0 && ground is not null ? PageGround.ToGeoJson(ground, View(routeList), 0.5) : null;
        Data(html, "data-ground", groundJson ?? NoFeatures);
        Data(html, "data-ports", JsonSerializer.Serialize(model.Ports.Select(p => Port(p, model))));
        Data(html, "data-meta", JsonSerializer.Serialize(Meta(model, day, routeList, groundJson is not null)));
        html.Append("<script>\n").Append(BaseLayers.ReadResource(Prefix + "leaflet.js")).Append("\n</script>\n")
            .Append("<script>\n").Append(BaseLayers.ReadResource(Prefix + "map-page.js")).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes the page atomically (temporary file, then rename).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="DateOutsideModelException"><paramref name="openOn"/> is outside the model's period.</exception>
    /// <exception cref="ExportException">The file cannot be written; the previous content, if any, is untouched.</exception>
    public static void Write(string path, EncirclementModel model, IEnumerable<RouteGeoJson.Entry>? routes = null, DateOnly? openOn = null, RoadNetwork? roads = null, BaseMap? ground = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] page = new UTF8Encoding(false).GetBytes(ToHtml(model, routes, openOn, roads, ground));
        AtomicFile.Write(path, stream => stream.Write(page));
    }

    private static MapExtent View(RouteGeoJson.Entry[] routes) => MapExtent.Around(routes.SelectMany(r => r.Route.Geometry), 0.1, 0.003);

    private static DateOnly Clamp(DateOnly day, EncirclementModel model) =>
        day < model.FirstDate ? model.FirstDate : day > model.LastDate ? model.LastDate : day;

    // The icon images Leaflet's stylesheet names are not shipped: blank them so nothing is fetched.
    private static string LeafletCss() => ImageUrl().Replace(BaseLayers.ReadResource(Prefix + "leaflet.css"), "none");

    [GeneratedRegex(@"url\(images/[^)]*\)")]
    private static partial Regex ImageUrl();

    // JSON inside <script> must not close the element early.
    private static void Data(StringBuilder html, string id, string json) =>
        html.Append("<script type=\"application/json\" id=\"").Append(id).Append("\">")
            .Append(json.Replace("</", "<\\/", StringComparison.Ordinal)).Append("</script>\n");

    private static string Serialize(IEnumerable<IFeature> features)
    {
        var collection = new FeatureCollection();
        foreach (IFeature feature in features)
        {
            collection.Add(feature);
        }

        return JsonSerializer.Serialize(collection, BaseLayers.GeoJsonOptions);
    }

    private static Dictionary<string, object> Port(Port port, EncirclementModel model)
    {
        Site site = model.FindSite(port.SiteId);
        GeoPoint point = site.Coordinate.Verified ?? throw new HistoryDataException(model.SourceName, port.SiteId, "a port's town has no verified coordinate");
        return new()
        {
            ["site"] = site.Id,
            ["name"] = site.Name,
            ["lat"] = point.Latitude,
            ["lon"] = point.Longitude,
            ["phases"] = port.Phases.Select(Phase).ToArray(),
        };
    }

    // States snake_case like every enum value written out; "time" (local HH:mm) only where the event's source gives one.
    private static Dictionary<string, string> Phase(PortPhase phase)
    {
        var written = new Dictionary<string, string> { ["state"] = OutputName.Of(phase.State), ["from"] = Iso(phase.From) };
        if (phase.FromTime is { } time)
        {
            written["time"] = time.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return written;
    }

    private static Dictionary<string, object> Meta(EncirclementModel model, DateOnly day, RouteGeoJson.Entry[] routes, bool hasGround)
    {
        bool hasRoutes = routes.Length > 0;
        // The page opens on what it carries: its routes when it has some, else the Channel ports.
        MapExtent view = hasRoutes ? View(routes) : MapExtent.ChannelPorts;
        // The 1944 panel and legend apply only where a site of the model lies near what the page shows (not in Monaco).
        MapExtent near = MapExtent.Around([new GeoPoint(view.South, view.West), new GeoPoint(view.North, view.East)], 0.5, 0);
        bool history = !hasRoutes || model.Sites.Any(s => s.Coordinate.Verified is { } v && near.Contains(v));
        var attribution = new List<string> { hasGround ? "Coast and land: OpenStreetMap" : "Land: Natural Earth (public domain)" };
        if (history)
        {
            attribution.Add("Sites and positions: Routes.Geo encirclement model (sources in each popup)");
        }

        if (hasRoutes || model.Sites.Any(MapBuilder.IsFromOsm))
        {
            attribution.Add(Attribution.OpenStreetMap);
        }

        return new()
        {
            ["first"] = Iso(model.FirstDate),
            ["last"] = Iso(model.LastDate),
            ["openOn"] = Iso(day),
            ["bounds"] = new[] { view.West, view.South, view.East, view.North },
            ["history"] = history,
            ["ground"] = hasGround,
            ["groundColours"] = new Dictionary<string, string> { ["land"] = Palette.Land, ["sea"] = Palette.Sea, ["water"] = Palette.Sea, ["green"] = Palette.Green, ["coast"] = Palette.Coast },
            ["landCoverage"] = new[] { BaseLayers.LandCoverage.MinX, BaseLayers.LandCoverage.MinY, BaseLayers.LandCoverage.MaxX, BaseLayers.LandCoverage.MaxY },
            ["roadStyles"] = Enum.GetValues<RoadClass>().ToDictionary(c => c.ToString().ToLowerInvariant(), c => new Dictionary<string, object?>
            {
                ["fill"] = RoadStyles.Fill(c),
                ["casing"] = RoadStyles.Casing(c),
                ["width"] = RoadStyles.Width(c),
                ["dash"] = RoadStyles.Dash(c) is { } d ? string.Join(' ', d) : null,
            }),
            ["kindNames"] = Enum.GetValues<SiteKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), MapBuilder.KindName),
            ["attribution"] = attribution,
            ["kindColours"] = Enum.GetValues<SiteKind>().ToDictionary(k => k.ToString().ToLowerInvariant(), Palette.Site),
            ["portColours"] = Enum.GetValues<PortState>().ToDictionary(OutputName.Of, Palette.Port),
            ["portWords"] = Enum.GetValues<PortState>().ToDictionary(OutputName.Of, Palette.PortWord),
        };
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
