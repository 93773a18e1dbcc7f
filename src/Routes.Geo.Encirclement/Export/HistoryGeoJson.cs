using System.Globalization;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using Routes.Geo.Export;

namespace Routes.Geo.Encirclement;

/// <summary>
/// Writes the encirclement model as RFC 7946 GeoJSON, one file per layer (sites, events,
/// positions) so GIS clients see one schema per layer: longitude/latitude order, no <c>crs</c>,
/// a <c>bbox</c>, coordinates rounded to 7 decimals, counter-clockwise exterior rings.
/// Dated features carry <c>start</c> and <c>end</c> as ISO 8601 days, <c>end</c> inclusive
/// (QGIS's temporal controller animates them day by day). Every feature carries its
/// <c>sources</c>, and <c>attribution</c> is the OpenStreetMap line when OSM data went into it.
/// A site without a verified coordinate (UNVERIFIED, or CONFLICTING: no candidate is preferred)
/// is written with a null geometry, which RFC 7946 allows, and its <c>status</c>; a CONFLICTING
/// site lists its candidates in <c>candidates</c>. Sources within a property are joined by " ; ".
/// </summary>
public static class HistoryGeoJson
{
    private const string Separator = " ; ";

    /// <summary>
    /// The Feature of a site: a Point when verified, else a null geometry. Properties: id, name,
    /// kinds, status, coordinate_source, coordinate_note, candidates, what_happened, tied_to_1944,
    /// osm_type, osm_id, historic, sources, notes, attribution.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="site"/> is null.</exception>
    public static IFeature SiteFeature(Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        SiteCoordinate coordinate = site.Coordinate;
        Point? point = coordinate.Verified is { } verified ? GeoJsonOutput.Point(verified) : null;
        var attributes = new AttributesTable
        {
            { "id", site.Id },
            { "name", site.Name },
            { "kinds", OutputName.Kinds(site) },
            { "status", OutputName.Of(coordinate.Status) },
            { "coordinate_source", coordinate.Status == CoordinateStatus.Verified ? coordinate.Candidates[0].Source : null },
            { "coordinate_note", coordinate.Note },
            { "candidates", coordinate.Status == CoordinateStatus.Conflicting ? string.Join(Separator, coordinate.Candidates.Select(Describe)) : null },
            { "what_happened", site.WhatHappened },
            { "tied_to_1944", site.TiedTo1944 },
            { "osm_type", site.OsmWayId is not null ? "way" : site.OsmNodeId is not null ? "node" : null },
            { "osm_id", site.OsmWayId ?? site.OsmNodeId },
            { "historic", site.OsmHistoric },
            { "sources", string.Join(Separator, site.Sources) },
            { "notes", Joined(site.Notes) },
            { "attribution", IsFromOsm(site) ? Attribution.OpenStreetMap : null },
        };
        return GeoJsonOutput.Feature(point, attributes);
    }

    /// <summary>
    /// The Feature of an event: a MultiPoint of its sites that have a verified coordinate, or a
    /// null geometry when none has. Properties: id, start, end (inclusive; the start day for a
    /// one-day event), start_time, end_time (HH:mm when a source gives them), place, site_ids,
    /// description, allied_units, german_units, sources, notes, attribution.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownSiteException">The event names a site that is not in <paramref name="model"/>.</exception>
    public static IFeature EventFeature(HistoricalEvent historicalEvent, EncirclementModel model)
    {
        ArgumentNullException.ThrowIfNull(historicalEvent);
        ArgumentNullException.ThrowIfNull(model);
        Site[] sites = [.. historicalEvent.SiteIds.Select(model.FindSite)];
        Point[] points = [.. sites.Where(s => s.Coordinate.Verified is not null).Select(s => GeoJsonOutput.Point(s.Coordinate.Verified!.Value))];
        var attributes = new AttributesTable
        {
            { "id", historicalEvent.Id },
            { "start", Day(historicalEvent.Start) },
            { "end", Day(historicalEvent.LastDay) },
            { "start_time", historicalEvent.StartTime?.ToString("HH:mm", CultureInfo.InvariantCulture) },
            { "end_time", historicalEvent.EndTime?.ToString("HH:mm", CultureInfo.InvariantCulture) },
            { "place", historicalEvent.Place },
            { "site_ids", string.Join(", ", historicalEvent.SiteIds) },
            { "description", historicalEvent.Description },
            { "allied_units", Joined(historicalEvent.AlliedUnits) },
            { "german_units", Joined(historicalEvent.GermanUnits) },
            { "sources", string.Join(Separator, historicalEvent.Sources) },
            { "notes", Joined(historicalEvent.Notes) },
            { "attribution", sites.Any(IsFromOsm) ? Attribution.OpenStreetMap : null },
        };
        return GeoJsonOutput.Feature(points.Length == 0 ? null : GeoJsonOutput.Factory.CreateMultiPoint(points), attributes);
    }

    /// <summary>
    /// The Feature of a position: its Polygon, LineString or MultiPoint. Properties: id, name, side,
    /// kind, shape, start, end (inclusive: a position held until 1945-05-09 ends 1945-05-09),
    /// precision, approximate, site_ids, length_m (line length or perimeter on the ellipsoid, 0 for
    /// points), area_km2 (polygons only), sources, notes, attribution.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="UnknownSiteException">The position passes through a site that is not in <paramref name="model"/>.</exception>
    public static IFeature PositionFeature(MilitaryPosition position, EncirclementModel model)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(model);
        var attributes = new AttributesTable
        {
            { "id", position.Id },
            { "name", position.Name },
            { "side", OutputName.Of(position.Side) },
            { "kind", OutputName.Of(position.Kind) },
            { "shape", OutputName.Of(position.Shape) },
            { "start", Day(position.ValidFrom) },
            { "end", Day(position.ValidTo) },
            { "precision", position.Precision },
            { "approximate", position.Precision.StartsWith("approximate", StringComparison.OrdinalIgnoreCase) },
            { "site_ids", string.Join(", ", position.SiteIds) },
            { "length_m", Math.Round(position.LengthMetres, 3) },
            { "area_km2", position.Shape == PositionShape.Polygon ? Math.Round(position.AreaSquareMetres / 1e6, 6) : null },
            { "sources", string.Join(Separator, position.Sources) },
            { "notes", Joined(position.Notes) },
            { "attribution", position.SiteIds.Select(model.FindSite).Any(IsFromOsm) ? Attribution.OpenStreetMap : null },
        };
        return GeoJsonOutput.Feature(GeoJsonOutput.Rounded(position.Geometry), attributes);
    }

    /// <summary>Serialises sites (the model's, or a <see cref="SiteMerge"/>'s) as a FeatureCollection string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sites"/> or an item is null.</exception>
    public static string SitesToGeoJson(IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        return GeoJsonOutput.Serialize(GeoJsonOutput.Collection(sites.Select(SiteFeature)));
    }

    /// <summary>Writes sites to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sites"/> or an item is null.</exception>
    /// <exception cref="ExportException">The file cannot be written; the previous content, if any, is untouched.</exception>
    public static void WriteSites(string path, IEnumerable<Site> sites)
    {
        ArgumentNullException.ThrowIfNull(sites);
        GeoJsonOutput.Write(path, () => GeoJsonOutput.Collection(sites.Select(SiteFeature)));
    }

    /// <summary>Writes events (default: all of <paramref name="model"/>'s) atomically.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="UnknownSiteException">An event names a site that is not in <paramref name="model"/>.</exception>
    /// <exception cref="ExportException">The file cannot be written; the previous content, if any, is untouched.</exception>
    public static void WriteEvents(string path, EncirclementModel model, IEnumerable<HistoricalEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        GeoJsonOutput.Write(path, () => GeoJsonOutput.Collection((events ?? model.Events).Select(e => EventFeature(e, model))));
    }

    /// <summary>Writes positions (default: all of <paramref name="model"/>'s) atomically.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="UnknownSiteException">A position passes through a site that is not in <paramref name="model"/>.</exception>
    /// <exception cref="ExportException">The file cannot be written; the previous content, if any, is untouched.</exception>
    public static void WritePositions(string path, EncirclementModel model, IEnumerable<MilitaryPosition>? positions = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        GeoJsonOutput.Write(path, () => GeoJsonOutput.Collection((positions ?? model.Positions).Select(p => PositionFeature(p, model))));
    }

    /// <summary>True when OpenStreetMap data went into the site's record (its element, or a source naming it).</summary>
    internal static bool IsFromOsm(Site site) =>
        site.OsmNodeId is not null || site.OsmWayId is not null
        || site.Sources.Concat(site.Coordinate.Candidates.Select(c => c.Source))
            .Any(s => s.StartsWith("OpenStreetMap", StringComparison.OrdinalIgnoreCase));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Joined(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(Separator, items);

    private static string Describe(SourcedCoordinate candidate) => string.Create(CultureInfo.InvariantCulture,
        $"{GeoJsonOutput.Round(candidate.Point.Latitude)},{GeoJsonOutput.Round(candidate.Point.Longitude)} ({candidate.Source})");
}
