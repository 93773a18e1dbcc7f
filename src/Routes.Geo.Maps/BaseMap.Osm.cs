using NetTopologySuite.Geometries;
using Routes.Geo.Maps.Base;
using Routes.Geo.Osm;
using Routes.Geo.Osm.Pbf;

namespace Routes.Geo.Maps;

/// <summary>Reading a base map from an OpenStreetMap extract.</summary>
public sealed partial class BaseMap
{
    private static readonly HashSet<string> GreenValues = new(
        ["park", "garden", "forest", "wood", "grass", "meadow", "scrub", "grassland", "recreation_ground", "village_green", "golf_course", "cemetery", "nature_reserve"],
        StringComparer.Ordinal);

    /// <summary>
    /// Reads the coastline (<c>natural=coastline</c> ways), water (<c>natural=water</c>,
    /// <c>waterway=riverbank</c>, <c>landuse=basin|reservoir</c>) and green areas (parks, gardens, woods,
    /// grass, cemeteries) of an OpenStreetMap PBF extract, in two passes (ways, then only their nodes).
    /// Areas are closed ways; multipolygon relations are not assembled (their coastline members are
    /// coastline ways, so the sea is right).
    /// </summary>
    /// <param name="path">A .osm.pbf file.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be opened (e.g. <see cref="FileNotFoundException"/>).</exception>
    /// <exception cref="OsmFormatException">The file is not PBF, is corrupt or exceeds a reader limit; the message names the block.</exception>
    /// <exception cref="MapInputException">The file holds no located node (nothing to draw).</exception>
    public static BaseMap FromOsm(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new PbfReader(path);
        var coastWays = new List<long[]>();
        var areaWays = new List<(BaseAreaKind Kind, long[] Nodes)>();
        var needed = new HashSet<long>();
        foreach (OsmElement element in reader.Read(OsmElementFilter.WaysAndRelations))
        {
            if (element is not OsmWay way || way.NodeIds.Length < 2)
            {
                continue;
            }

            if (way.Tags.HasValue("natural", "coastline"))
            {
                coastWays.Add(way.NodeIds);
                needed.UnionWith(way.NodeIds);
            }
            else if (AreaKind(way.Tags) is { } kind && way.NodeIds.Length >= 4 && way.NodeIds[0] == way.NodeIds[^1])
            {
                areaWays.Add((kind, way.NodeIds));
                needed.UnionWith(way.NodeIds);
            }
        }

        var located = new Dictionary<long, Coordinate>(needed.Count);
        double w = double.MaxValue, s = double.MaxValue, e = double.MinValue, n = double.MinValue;
        foreach (OsmElement element in reader.Read(OsmElementFilter.NodeCoordinates))
        {
            if (element is OsmNode node)
            {
                (w, s, e, n) = (Math.Min(w, node.Longitude), Math.Min(s, node.Latitude), Math.Max(e, node.Longitude), Math.Max(n, node.Latitude));
                if (needed.Contains(node.Id))
                {
                    located[node.Id] = new Coordinate(node.Longitude, node.Latitude);
                }
            }
        }

        if (w > e || s > n)
        {
            throw new MapInputException($"'{path}' holds no located node: there is no ground to draw.");
        }

        MapExtent coverage = reader.BoundingBox is { } box && box.MaxLongitude > box.MinLongitude && box.MaxLatitude > box.MinLatitude
            ? new MapExtent(box.MinLongitude, box.MinLatitude, box.MaxLongitude, box.MaxLatitude)
            : new MapExtent(w, s, Math.Max(e, w + 1e-6), Math.Max(n, s + 1e-6));

        // A way cut by the extract keeps its located runs: each run of two or more nodes is a piece.
        var coast = new List<Coordinate[]>();
        foreach (long[] nodes in coastWays)
        {
            var run = new List<Coordinate>();
            foreach (long id in nodes.Append(long.MinValue))
            {
                if (located.TryGetValue(id, out Coordinate? c))
                {
                    run.Add(c);
                    continue;
                }

                if (run.Count >= 2)
                {
                    coast.Add([.. run]);
                }

                run.Clear();
            }
        }

        var areas = areaWays.Where(a => a.Nodes.All(located.ContainsKey))
            .Select(a => new BaseArea(a.Kind, [.. a.Nodes.Select(id => located[id])])).ToList();
        return new BaseMap(Path.GetFileName(path), coverage, coast, areas);
    }

    private static BaseAreaKind? AreaKind(OsmTags tags)
    {
        if (tags.HasValue("natural", "water") || tags.HasValue("waterway", "riverbank") || tags.HasValue("landuse", "basin") || tags.HasValue("landuse", "reservoir"))
        {
            return BaseAreaKind.Water;
        }

        foreach (string key in (string[])["leisure", "landuse", "natural"])
        {
            if (tags.GetValueOrDefault(key) is { } value && GreenValues.Contains(value))
            {
                return BaseAreaKind.Green;
            }
        }

        return null;
    }
}
