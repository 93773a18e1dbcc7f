using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Features;
using Routes.Geo.Encirclement;
using Routes.Geo.Export;
using Routes.Geo.Server.Engine;

namespace Routes.Geo.Server.Api;

/// <summary>The own endpoints' JSON: sites with their story, events and sources; tours; the encirclement on a date (GeoJSON).</summary>
internal static class StoryJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var bytes = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(bytes, Options))
        {
            write(json);
        }

        return bytes.WrittenSpan.ToArray();
    }

    public static void Error(Utf8JsonWriter json, ApiException e)
    {
        json.WriteStartObject();
        json.WriteString("code", e.Code);
        json.WriteString("message", e.Message);
        json.WriteString("parameter", e.Parameter);
        json.WriteEndObject();
    }

    /// <summary>
    /// A site: id, name, kinds, coordinate (status, lat/lon when verified), on_network, what_happened, sources, events (by date),
    /// and context (the key event of the place the data ties it to) when it has one.
    /// </summary>
    public static void Site(Utf8JsonWriter json, EncirclementModel model, Site site, bool? onNetwork)
    {
        json.WriteStartObject();
        json.WriteString("id", site.Id);
        json.WriteString("name", site.Name);
        json.WriteStartArray("kinds");
        foreach (SiteKind kind in site.Kinds)
        {
            json.WriteStringValue(OutputName.Of(kind));
        }

        json.WriteEndArray();
        json.WriteString("status", OutputName.Of(site.Coordinate.Status));
        if (site.Coordinate.Verified is { } point)
        {
            json.WriteNumber("lat", Math.Round(point.Latitude, 7));
            json.WriteNumber("lon", Math.Round(point.Longitude, 7));
        }
        else
        {
            json.WriteNull("lat");
            json.WriteNull("lon");
        }

        if (onNetwork is { } on)
        {
            json.WriteBoolean("on_network", on);
        }
        else
        {
            json.WriteNull("on_network");
        }

        json.WriteString("what_happened", site.WhatHappened);
        json.WriteBoolean("tied_to_1944", site.TiedTo1944);
        Strings(json, "sources", site.Sources);
        Strings(json, "notes", site.Notes);
        json.WriteStartArray("events");
        foreach (HistoricalEvent e in model.EventsAt(site).OrderBy(e => e.Start))
        {
            Event(json, e);
        }

        json.WriteEndArray();
        if (site.Chronology.Rule == ChronologyRule.WithSite && site.Chronology.WithSiteId is { } with)
        {
            json.WriteString("placed_with", with);
        }

        // Where the site stands in 1944: the key event of the place its data ties it to (its own, or the site it is placed with).
        Site? place = site.Chronology.Rule switch
        {
            ChronologyRule.KeyEvent => site,
            ChronologyRule.WithSite => model.Sites.FirstOrDefault(s => s.Id == site.Chronology.WithSiteId),
            _ => null,
        };
        if (place?.Chronology.EventId is { } eventId && model.Events.FirstOrDefault(e => e.Id == eventId) is { } key)
        {
            json.WriteStartObject("context");
            json.WriteString("place", place.Name);
            json.WritePropertyName("event");
            Event(json, key);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    public static void Event(Utf8JsonWriter json, HistoricalEvent e)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id);
        json.WriteString("start", Day(e.Start));
        json.WriteString("end", Day(e.LastDay));
        json.WriteString("place", e.Place);
        json.WriteString("description", e.Description);
        Strings(json, "allied_units", e.AlliedUnits);
        Strings(json, "german_units", e.GermanUnits);
        Strings(json, "sources", e.Sources);
        json.WriteEndObject();
    }

    /// <summary>The positions that stood on the date and a point per port with its state, as a GeoJSON FeatureCollection.</summary>
    public static string Encirclement(EncirclementModel model, DateOnly date)
    {
        EncirclementState state = model.StateOn(date);
        var features = new List<IFeature>();
        foreach (Encirclement.MilitaryPosition position in state.PositionsHeld)
        {
            features.Add(HistoryGeoJson.PositionFeature(position, model));
        }

        foreach ((string siteId, PortState portState) in state.Ports)
        {
            Site site = model.Sites.First(s => s.Id == siteId);
            if (site.Coordinate.Verified is { } point)
            {
                features.Add(GeoJsonOutput.Feature(GeoJsonOutput.Point(point), new AttributesTable
                {
                    { "site_id", site.Id },
                    { "name", site.Name },
                    { "kind", "port" },
                    { "port_state", OutputName.Of(portState) },
                    { "date", Day(date) },
                }));
            }
        }

        JsonObject collection = JsonNode.Parse(GeoJsonOutput.Serialize(GeoJsonOutput.Collection(features)))!.AsObject();
        collection["date"] = Day(date);
        collection["first_date"] = Day(model.FirstDate);
        collection["last_date"] = Day(model.LastDate);
        return collection.ToJsonString();
    }

    /// <summary>A tour as GeoJSON: a LineString per leg (leg, day, from, to, length_m, duration_s) and a Point per site (its story fields).</summary>
    public static string TourGeoJson(PlannedTour tour)
    {
        var features = new List<IFeature>();
        for (int i = 0; i < tour.Route.Legs.Count; i++)
        {
            RouteLeg leg = tour.Route.Legs[i];
            var legRoute = new Route(tour.Route.Profile, tour.Route.Metric, leg.Geometry, leg.LengthMetres, leg.DurationSeconds, [leg], [leg.From, leg.To]).WithElevationFromLegs();
            IFeature feature = RouteGeoJson.ToFeature(legRoute, tour.Visits[i].Name, tour.Visits[i + 1].Name);
            feature.Attributes.Add("leg", i + 1);
            feature.Attributes.Add("day", tour.LegDays?[i] ?? 1);
            features.Add(feature);
        }

        int stop = 1;
        foreach (Site site in tour.Visits.Distinct())
        {
            IFeature feature = HistoryGeoJson.SiteFeature(site);
            feature.Attributes.Add("stop", stop++);
            features.Add(feature);
        }

        return GeoJsonOutput.Serialize(GeoJsonOutput.Collection(features));
    }

    /// <summary>The tour's summary for the page: order, totals, legs, days, and the cost of history when chronological.</summary>
    public static void Tour(Utf8JsonWriter json, PlannedTour tour, string order, TravelMode mode)
    {
        json.WriteStartObject();
        json.WriteString("order", order);
        json.WriteString("mode", ApiNames.Mode(mode));
        json.WriteNumber("length_m", Math.Round(tour.Route.LengthMetres, 1));
        json.WriteNumber("duration_s", Math.Round(tour.Route.DurationSeconds, 1));
        json.WriteStartArray("stops");
        foreach (Site site in tour.Visits)
        {
            json.WriteStartObject();
            json.WriteString("id", site.Id);
            json.WriteString("name", site.Name);
            json.WriteNumber("lat", Math.Round(site.Coordinate.Verified!.Value.Latitude, 7));
            json.WriteNumber("lon", Math.Round(site.Coordinate.Verified!.Value.Longitude, 7));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("legs");
        for (int i = 0; i < tour.Route.Legs.Count; i++)
        {
            json.WriteStartObject();
            json.WriteNumber("leg", i + 1);
            json.WriteString("from", tour.Visits[i].Id);
            json.WriteString("to", tour.Visits[i + 1].Id);
            json.WriteNumber("length_m", Math.Round(tour.Route.Legs[i].LengthMetres, 1));
            json.WriteNumber("duration_s", Math.Round(tour.Route.Legs[i].DurationSeconds, 1));
            json.WriteNumber("day", tour.LegDays?[i] ?? 1);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("days");
        foreach (Tours.TourDay day in tour.Days ?? [])
        {
            json.WriteStartObject();
            json.WriteNumber("day", day.Number);
            json.WriteNumber("travel_s", Math.Round(day.TravelSeconds, 1));
            json.WriteNumber("visit_s", Math.Round(day.VisitSeconds, 1));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (tour.Chronology is { } chrono)
        {
            json.WriteNumber("chronological_s", Math.Round(chrono.ChronologicalCost, 1));
            json.WriteNumber("best_order_s", Math.Round(chrono.Optimal.Cost, 1));
            json.WriteNumber("history_extra_percent", Math.Round(chrono.ExtraPercent, 1));
        }

        json.WriteStartArray("excluded");
        foreach (ExcludedSite x in tour.Excluded)
        {
            json.WriteStringValue(x.Message);
        }

        json.WriteEndArray();
        json.WritePropertyName("geojson");
        json.WriteRawValue(TourGeoJson(tour), skipInputValidation: true);
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The names the own endpoints use for modes.</summary>
internal static class ApiNames
{
    public static string Mode(TravelMode mode) => mode switch
    {
        TravelMode.Walking => "foot",
        TravelMode.Cycling => "bike",
        _ => "car",
    };
}
