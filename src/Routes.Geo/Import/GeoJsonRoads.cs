using System.Globalization;
using Routes.Geo.Import;
using Routes.Geo.Network;

namespace Routes.Geo;

/// <summary>
/// Reads road lines from GeoJSON (LineString and MultiLineString features whose properties are
/// OpenStreetMap-style tags, e.g. a GIS export) into a <see cref="RoadNetwork"/>. Lines are joined
/// where they share a coordinate exactly. Coordinates in another CRS are transformed with ProjNET.
/// </summary>
/// <remarks>
/// What is accepted: a FeatureCollection (a UTF-8 byte order mark is skipped; foreign members are
/// ignored); features with a null, missing or empty geometry, or a geometry that is not a line, are
/// skipped (but such a geometry must still be valid GeoJSON); positions may carry a height, which is
/// ignored; property values become tags: strings as they are, numbers as written (within decimal's
/// range, as a decimal prints them), true/false as yes/no, objects and arrays as their JSON text,
/// null as no tag. Everything else that is wrong is a typed error naming the file and the line or feature.
/// </remarks>
public static class GeoJsonRoads
{
    /// <summary>
    /// Loads the road network in <paramref name="path"/>. The CRS is read from the file's <c>crs</c>
    /// member (GeoJSON 2008 style, e.g. <c>EPSG:3857</c>), else <paramref name="crs"/>, else the file must be
    /// RFC 7946 longitude/latitude.
    /// </summary>
    /// <param name="path">The GeoJSON file.</param>
    /// <param name="crs">The coordinates' CRS when the file does not say it (an EPSG code such as "EPSG:3857"); null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="GeoJsonFormatException">
    /// Malformed JSON, too deep (over 64 levels), or text that is not valid UTF-8 (with line and byte position);
    /// not a FeatureCollection; an unreadable or unsupported CRS; a feature that is not a valid GeoJSON Feature
    /// (a one-position line, an unknown geometry type, an unclosed polygon, a coordinate that is not a finite
    /// number, a property that is not valid Unicode), named by index and line; no line feature at all;
    /// a file of 2 GiB or more.
    /// </exception>
    /// <exception cref="InvalidCoordinateException">
    /// A coordinate is not a valid WGS84 position: longitude/latitude out of range, a projected coordinate outside
    /// its CRS's <see cref="Geodesy.ProjectedCrs.PlausibleBoundsMetres"/>, or one that does not transform to a
    /// valid latitude/longitude. The message names the file, the feature, its line and the coordinate.
    /// </exception>
    public static RoadNetwork Load(string path, string? crs = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"GeoJSON road file '{path}' does not exist.", path);
        }

        using FileStream stream = File.OpenRead(path);
        return Load(stream, Path.GetFileName(path), crs);
    }

    /// <summary>
    /// Loads a GeoJSON road file as <see cref="Load(string, string?)"/> does, then gives every vertex, geometry point and
    /// sample along the edges a height from <paramref name="elevation"/> (<see cref="RoadNetwork.WithElevation"/>); the
    /// file's own third coordinates are not read.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="elevation"/> is null.</exception>
    /// <exception cref="Elevation.ElevationDataException">A tile the network needs is corrupt, truncated or in an unsupported projection.</exception>
    /// <exception cref="GeoJsonFormatException">See <see cref="Load(string, string?)"/>.</exception>
    /// <exception cref="InvalidCoordinateException">See <see cref="Load(string, string?)"/>.</exception>
    public static RoadNetwork Load(string path, Elevation.ElevationOptions elevation, string? crs = null)
    {
        ArgumentNullException.ThrowIfNull(elevation);
        return Load(path, crs).WithElevation(elevation);
    }

    /// <summary>Loads a road network from a GeoJSON stream, read to its end; <paramref name="sourceName"/> names it in errors.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="sourceName"/> is null.</exception>
    /// <exception cref="GeoJsonFormatException">See <see cref="Load(string, string?)"/>.</exception>
    /// <exception cref="InvalidCoordinateException">See <see cref="Load(string, string?)"/>.</exception>
    public static RoadNetwork Load(Stream stream, string sourceName, string? crs = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        (string? declaredCrs, List<GeoJsonFeature> features) = GeoJsonDocumentReader.Read(ReadAll(stream, sourceName), sourceName);
        CoordinateTransform transform = CoordinateTransform.For(declaredCrs ?? crs, sourceName);
        var builder = new RoadNetworkBuilder(sourceName);
        var nodeIds = new Dictionary<(double, double), long>();
        int lines = 0;
        var skipped = new Dictionary<string, int>();
        foreach (GeoJsonFeature feature in features)
        {
            if (feature.Parts.Count == 0)
            {
                skipped[feature.GeometryKind] = skipped.GetValueOrDefault(feature.GeometryKind) + 1;
                continue;
            }

            long wayId = feature.Tags.Find(t => t.Key is "osm_id" or "id").Value is { } id
                && long.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out long osmId)
                ? osmId : -(feature.Index + 1);
            foreach ((double X, double Y)[] part in feature.Parts)
            {
                var refs = new long[part.Length];
                for (int i = 0; i < part.Length; i++)
                {
                    if (!nodeIds.TryGetValue(part[i], out long node))
                    {
                        node = nodeIds.Count + 1;
                        nodeIds.Add(part[i], node);
                        (double lat, double lon) = transform.ToWgs84(part[i].X, part[i].Y, feature.Index, feature.Line);
                        builder.AddNode(node, lat, lon);
                    }

                    refs[i] = node;
                }

                builder.AddWay(wayId, refs, feature.Tags);
                lines++;
            }
        }

        if (lines == 0)
        {
            string found = skipped.Count == 0 ? "no features" : string.Join(", ", skipped.Select(s => $"{s.Value} {s.Key}"));
            throw new GeoJsonFormatException($"holds no LineString or MultiLineString feature to build roads from (found {found}).", sourceName);
        }

        return builder.Build();
    }

    // The whole document is parsed from memory, which a byte array bounds below 2 GiB.
    private static ReadOnlyMemory<byte> ReadAll(Stream stream, string sourceName)
    {
        if (stream.CanSeek && stream.Length - stream.Position >= Array.MaxLength)
        {
            throw new GeoJsonFormatException(string.Create(CultureInfo.InvariantCulture,
                $"it is {stream.Length - stream.Position} bytes; GeoJSON road files are read whole and must be under 2 GiB. Split it."), sourceName);
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        ReadOnlyMemory<byte> json = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (json.IsEmpty)
        {
            throw new GeoJsonFormatException("the file is empty.", sourceName);
        }

        // GIS tools on Windows often write a UTF-8 byte order mark, which the JSON reader does not skip.
        return json.Span.StartsWith("\uFEFF"u8) ? json[3..] : json;
    }
}
