using System.Globalization;
using Routes.Geo.Encirclement;

namespace Routes.Geo.Maps.Scene;

/// <summary>A route or tour: the lines, numbered stops in visiting order and the sites beside them.</summary>
internal static class RouteComposer
{
    public static (MapScene Scene, MapFrame Frame) Compose(IReadOnlyList<Route> legs, IReadOnlyList<MapStop> stops,
        IEnumerable<Site> sites, string title, IReadOnlyList<string> caption, MapOptions options)
    {
        options.Validate();
        if (legs.Count == 0 || legs.Any(l => l.Geometry.Count < 2))
        {
            throw new MapInputException("The route is empty: a route map needs at least one route with two or more points.");
        }

        Site[] placed = [.. sites.Where(s => s.Coordinate.Verified is not null)];
        MapExtent extent = options.Extent ?? MapExtent.Around(legs.SelectMany(l => l.Geometry).Concat(stops.Select(s => s.Point)));
        var frame = new MapFrame(extent, options.Width, options.Height, options.Projection);
        var b = new MapBuilder(frame, options);
        if (options.Land)
        {
            b.AddLand();
        }

        if (options.Roads is { } roads)
        {
            b.AddRoads(roads);
        }

        for (int i = 0; i < legs.Count; i++)
        {
            Route leg = legs[i];
            IReadOnlyList<Px> line = [.. leg.Geometry.Select(b.P)];
            b.Add(new SceneGroup($"route-{i + 1}", "feature route", [
                new ScenePath([line], false, new Style(Stroke: Palette.Paper, StrokeWidth: 7 * b.Unit)),
                new ScenePath([line], false, new Style(Stroke: Palette.Route, StrokeWidth: 4 * b.Unit)),
            ], string.Create(CultureInfo.InvariantCulture, $"Leg {i + 1}: {leg.LengthMetres / 1000:0.00} km, {leg.DurationSeconds / 60:0} min ({leg.Profile})")));
        }

        foreach (Route leg in legs)
        {
            foreach ((string name, IReadOnlyList<GeoPoint> line) in StreetNames.Of(leg))
            {
                b.StreetName(name, [.. line.Select(b.P)]);
            }
        }

        b.Legend(new LegendEntry("Route", LegendSwatch.Line, new Style(Stroke: Palette.Route, StrokeWidth: 4)));
        b.Attribute(Export.Attribution.OpenStreetMap);
        foreach (Site site in placed.Where(s => extent.Contains(s.Coordinate.Verified!.Value)))
        {
            b.AddSite(site, label: true);
        }

        for (int i = 0; i < stops.Count; i++)
        {
            Px c = b.P(stops[i].Point);
            b.Obstacle(c, 12 * b.Unit);
            string number = (i + 1).ToString(CultureInfo.InvariantCulture);
            b.Add(new SceneGroup($"stop-{number}", "feature stop", [
                new SceneCircle(c, 11 * b.Unit, new Style(Fill: Palette.Paper, Stroke: Palette.Route, StrokeWidth: 2.5 * b.Unit)),
                new SceneText(new Px(c.X, c.Y + (4.5 * b.Unit)), number, 12 * b.Unit, Palette.Route, TextAnchor.Middle, Bold: true),
            ], $"{number}. {stops[i].Label}"));
        }

        b.Legend(new LegendEntry("Numbered stop, in visiting order", LegendSwatch.Marker, new Style(Fill: Palette.Paper, Stroke: Palette.Route, StrokeWidth: 2.5)));
        return (b.Build(title, caption, title + ": " + string.Join("; ", caption)), frame);
    }
}
