using System.Globalization;
using Routes.Geo.Encirclement;
using Routes.Geo.Maps.Scene;
using Routes.Geo.Tours;

namespace Routes.Geo.Maps;

/// <summary>
/// Static maps, projected (Web Mercator or Lambert-93) on the ground of <see cref="MapOptions.Base"/>
/// (an extract's coast and land) or else the embedded Natural Earth land, roads by class when
/// <see cref="MapOptions.Roads"/> is given, labels placed without overlap (see
/// <see cref="MapImage.DroppedLabels"/>), a scale bar measured on the ellipsoid at the centre, a north
/// arrow, a legend, a caption and the attribution of every source drawn. Write the result with <see cref="MapImage.WriteSvg"/> or
/// <see cref="MapImage.WritePng"/>. Thread-safe.
/// </summary>
public static partial class StaticMaps
{
    /// <summary>
    /// The encirclement on <paramref name="date"/>: the positions that stood that day (fortress
    /// perimeters and the Dunkirk pocket shaded, outpost and contact lines; approximate ones dashed
    /// and hatched), the model's sites by kind, and each port marked German-held, encircled,
    /// besieged or liberated. The extent defaults to <see cref="MapExtent.ChannelPorts"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="DateOutsideModelException"><paramref name="date"/> is outside the model's period (1944-09-01..1945-05-09).</exception>
    /// <exception cref="MapInputException">The options ask for an impossible size.</exception>
    public static MapImage Encirclement(EncirclementModel model, DateOnly date, MapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new MapOptions();
        (MapScene scene, MapFrame frame) = EncirclementComposer.Compose(model, date, null, options);
        return new MapImage(scene, frame, options.FontFile);
    }

    /// <summary>
    /// The encirclement at local time <paramref name="time"/> on <paramref name="date"/>: as <see cref="Encirclement"/>,
    /// each port in its state at that hour (<see cref="Port.StateAt"/>: on the day of a change whose event has a time,
    /// such as Calais's surrender at 07:00 on 1 October, the earlier state holds until then). The day-only map instead
    /// colours a port by its state at the day's end and writes "besieged until 07:00, then liberated".
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="DateOutsideModelException"><paramref name="date"/> is outside the model's period (1944-09-01..1945-05-09).</exception>
    /// <exception cref="MapInputException">The options ask for an impossible size.</exception>
    public static MapImage EncirclementAt(EncirclementModel model, DateOnly date, TimeOnly time, MapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new MapOptions();
        (MapScene scene, MapFrame frame) = EncirclementComposer.Compose(model, date, time, options);
        return new MapImage(scene, frame, options.FontFile);
    }

    /// <summary>
    /// A route: its line, its snapped waypoints numbered in order, and <paramref name="sites"/> (those
    /// with a verified coordinate inside the map) by kind, labelled. The extent defaults to the route's.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> is null.</exception>
    /// <exception cref="MapInputException">The route has fewer than two points, or the options ask for an impossible size.</exception>
    public static MapImage Route(Route route, IEnumerable<Site>? sites = null, MapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        options ??= new MapOptions();
        if (route.Geometry.Count < 2)
        {
            throw new MapInputException("The route is empty: a route map needs a route with two or more points.");
        }

        MapStop[] stops = [.. route.Waypoints.Select((w, i) => new MapStop(w.Snapped, i == 0 ? "Start" : i == route.Waypoints.Count - 1 ? "End" : $"Via {i}"))];
        string caption = string.Create(CultureInfo.InvariantCulture,
            $"{route.Profile}, {route.Metric}: {route.LengthMetres / 1000:0.00} km, {route.DurationSeconds / 60:0} min");
        (MapScene scene, MapFrame frame) = RouteComposer.Compose([route], stops, sites ?? [], options.Title ?? "Route", [caption], options);
        return new MapImage(scene, frame, options.FontFile);
    }

    /// <summary>
    /// A tour: the legs in visiting order (over <see cref="MapOptions.Roads"/>, the network they were
    /// planned on, when given) and the stops numbered as <paramref name="plan"/> visits them.
    /// <paramref name="legs"/>[i] goes from the i-th visited stop to the next (and, for a round trip, the
    /// last leg back to the first).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="MapInputException">
    /// There is no leg, a leg is empty, the number of legs does not match the plan, a plan index is
    /// not a stop, or a stop has no verified coordinate.
    /// </exception>
    public static MapImage Tour(IReadOnlyList<Site> stops, TourPlan plan, IReadOnlyList<Route> legs, MapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stops);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(legs);
        options ??= new MapOptions();
        int expected = plan.Order.Count - 1 + (plan.ReturnToStart ? 1 : 0);
        if (legs.Count != expected)
        {
            throw new MapInputException($"The tour visits {plan.Order.Count} stops and needs {expected} legs, but {legs.Count} were given.");
        }

        var ordered = new List<MapStop>();
        foreach (int index in plan.Order)
        {
            Site site = index >= 0 && index < stops.Count ? stops[index]
                : throw new MapInputException($"The plan names stop {index}, but there are {stops.Count} stops.");
            GeoPoint point = site.Coordinate.Verified
                ?? throw new MapInputException($"Stop '{site.Name}' has no verified coordinate ({site.Coordinate.Status}); it cannot be placed on a map.");
            ordered.Add(new MapStop(point, site.Name));
        }

        string caption = string.Create(CultureInfo.InvariantCulture,
            $"{ordered.Count} stops{(plan.ReturnToStart ? ", round trip" : "")}: {legs.Sum(l => l.LengthMetres) / 1000:0.0} km, {legs.Sum(l => l.DurationSeconds) / 3600:0.0} h travelling");
        (MapScene scene, MapFrame frame) = RouteComposer.Compose(legs, ordered, stops, options.Title ?? "Tour", [caption, string.Join(" → ", ordered.Select(s => s.Label))], options);
        return new MapImage(scene, frame, options.FontFile);
    }
}
