using System.Globalization;
using System.Text.Json;
using Routes.Geo.Export;
using Routes.Geo.Import;
using Routes.Geo.Osm;
using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.Encirclement;

/// <summary>
/// Finds memorial sites in OpenStreetMap data: elements tagged historic=memorial, monument,
/// battlefield or fort, military=bunker, or landuse=cemetery / amenity=grave_yard with war graves
/// (cemetery=war_cemetery, or a historic=* tag). Each becomes a <see cref="Site"/> with a verified
/// coordinate whose source is "OpenStreetMap, node ID" (or "way ID"), the ODbL attribution among its
/// sources, no 1944 story (<see cref="Site.TiedTo1944"/> false) and the id <c>osm-node-ID</c> or
/// <c>osm-way-ID</c>. Merge them with the curated sites through <see cref="EncirclementModel.WithDiscoveredSites"/>.
/// </summary>
public static class OsmSites
{
    /// <summary>
    /// Reads the sites of a PBF extract in two streaming passes: tagged nodes, and ways, whose
    /// coordinate is the mean of their distinct nodes (nodes missing from a clipped extract are
    /// left out; a way with none is skipped). Relations (multipolygons) are not read.
    /// </summary>
    /// <param name="path">An .osm.pbf file.</param>
    /// <returns>Node sites in file order, then way sites in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OsmFormatException">The file is not PBF, truncated or corrupt.</exception>
    public static IReadOnlyList<Site> Discover(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new PbfReader(path);
        var ways = new List<(OsmWay Way, List<SiteKind> Kinds)>();
        var wanted = new Dictionary<long, GeoPoint?>();
        foreach (OsmElement element in reader.Read(new OsmElementFilter { IncludeNodes = false, IncludeRelations = false }))
        {
            if (element is OsmWay way && SiteTags.Kinds(way.Tags.GetValueOrDefault) is { Count: > 0 } kinds)
            {
                ways.Add((way, kinds));
                foreach (long node in way.NodeIds)
                {
                    wanted.TryAdd(node, null);
                }
            }
        }

        var sites = new List<Site>();
        foreach (OsmElement element in reader.Read(new OsmElementFilter { IncludeWays = false, IncludeRelations = false }))
        {
            if (element is not OsmNode node)
            {
                continue;
            }

            if (wanted.ContainsKey(node.Id))
            {
                wanted[node.Id] = new GeoPoint(node.Latitude, node.Longitude, $"{reader.SourceName}, node {node.Id}");
            }

            if (node.Tags.Count > 0 && SiteTags.Kinds(node.Tags.GetValueOrDefault) is { Count: > 0 } kinds)
            {
                sites.Add(Create("node", node.Id, new GeoPoint(node.Latitude, node.Longitude, $"{reader.SourceName}, node {node.Id}"),
                    kinds, node.Tags.GetValueOrDefault, note: null));
            }
        }

        foreach ((OsmWay way, List<SiteKind> kinds) in ways)
        {
            GeoPoint[] points = [.. way.NodeIds.Distinct().Select(id => wanted[id]).OfType<GeoPoint>()];
            if (points.Length > 0)
            {
                var mean = new GeoPoint(points.Average(p => p.Latitude), points.Average(p => p.Longitude));
                string note = string.Create(CultureInfo.InvariantCulture,
                    $"Coordinate: mean of {points.Length} of the way's {way.NodeIds.Distinct().Count()} nodes, not a surveyed point.");
                sites.Add(Create("way", way.Id, mean, kinds, way.Tags.GetValueOrDefault, note));
            }
        }

        return sites;
    }

    /// <summary>
    /// Reads the sites of a GeoJSON file of OpenStreetMap points such as the Lille extract's
    /// <c>historic_point.json</c>: Point features whose properties are OSM tags plus <c>osm_id</c>
    /// (a node id). Features of other geometry types, or without <c>osm_id</c>, are skipped.
    /// </summary>
    /// <param name="path">The GeoJSON file.</param>
    /// <param name="crs">
    /// The coordinates' CRS when the file has no <c>crs</c> member ("EPSG:3857", "EPSG:2154", "EPSG:32631");
    /// null for the file's own member, or longitude/latitude when it has none.
    /// </param>
    /// <returns>The sites in file order.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="GeoJsonFormatException">The file is not a GeoJSON FeatureCollection, or its CRS is not supported.</exception>
    /// <exception cref="InvalidCoordinateException">A point does not map to a valid WGS84 coordinate; the message names the feature.</exception>
    public static IReadOnlyList<Site> DiscoverGeoJson(string path, string? crs = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using FileStream stream = File.OpenRead(path);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new GeoJsonFormatException($"not valid JSON (line {e.LineNumber + 1}): {e.Message}", path, e);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out JsonElement features)
                || features.ValueKind != JsonValueKind.Array)
            {
                throw new GeoJsonFormatException("not a GeoJSON FeatureCollection (no 'features' array).", path);
            }

            // JsonElement's accessors throw InvalidOperationException (a lone surrogate, a string where a number
            // belongs) or FormatException (1e400): each is the file's fault, named with the feature it is in.
            int index = -1;
            try
            {
                crs ??= root.TryGetProperty("crs", out JsonElement member) && member.ValueKind == JsonValueKind.Object
                    && member.TryGetProperty("properties", out JsonElement properties)
                    && properties.TryGetProperty("name", out JsonElement name) ? name.GetString() : null;
                var transform = CoordinateTransform.For(crs, path);
                var sites = new List<Site>();
                foreach (JsonElement feature in features.EnumerateArray())
                {
                    if (ReadPoint(feature, transform, ++index) is { } found)
                    {
                        sites.Add(found);
                    }
                }

                return sites;
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                throw new GeoJsonFormatException(index < 0 ? $"its crs cannot be read: {e.Message}" : $"feature {index} cannot be read: {e.Message}", path, e);
            }
        }
    }

    private static Site? ReadPoint(JsonElement feature, CoordinateTransform transform, int index)
    {
        if (feature.ValueKind != JsonValueKind.Object
            || !feature.TryGetProperty("geometry", out JsonElement geometry) || geometry.ValueKind != JsonValueKind.Object
            || !geometry.TryGetProperty("type", out JsonElement type) || type.GetString() != "Point"
            || !geometry.TryGetProperty("coordinates", out JsonElement xy) || xy.ValueKind != JsonValueKind.Array || xy.GetArrayLength() < 2
            || !feature.TryGetProperty("properties", out JsonElement properties) || properties.ValueKind != JsonValueKind.Object
            || !properties.TryGetProperty("osm_id", out JsonElement osmId) || !osmId.TryGetInt64(out long id) || id <= 0)
        {
            return null;
        }

        string? Tag(string key) =>
            properties.TryGetProperty(key, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        List<SiteKind> kinds = SiteTags.Kinds(Tag);
        if (kinds.Count == 0)
        {
            return null;
        }

        (double latitude, double longitude) = transform.ToWgs84(xy[0].GetDouble(), xy[1].GetDouble(), index);
        return Create("node", id, new GeoPoint(latitude, longitude), kinds, Tag, note: null);
    }

    private static Site Create(string element, long id, GeoPoint point, List<SiteKind> kinds, Func<string, string?> tag, string? note)
    {
        string source = string.Create(CultureInfo.InvariantCulture, $"OpenStreetMap, {element} {id}");
        return new Site
        {
            Id = string.Create(CultureInfo.InvariantCulture, $"osm-{element}-{id}"),
            Name = SiteTags.Name(tag, kinds, element, id),
            Kinds = kinds,
            Coordinate = new SiteCoordinate(CoordinateStatus.Verified, [new SourcedCoordinate(point, source)], note),
            Sources = [source, Attribution.OpenStreetMap],
            TiedTo1944 = false,
            OsmNodeId = element == "node" ? id : null,
            OsmWayId = element == "way" ? id : null,
            OsmHistoric = tag("historic"),
            Chronology = new SiteChronology(ChronologyRule.AfterDatedSites, null, null,
                "Found in OpenStreetMap; no source dates an event there, so it follows every dated site."),
        };
    }
}
