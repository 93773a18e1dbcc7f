using NetTopologySuite.Geometries;
using Routes.Geo.Maps.Base;

namespace Routes.Geo.Maps;

/// <summary>
/// The ground under a map, from data detailed enough for the streets drawn: the coastline (land
/// on its left, OpenStreetMap's rule) turned into land and sea for any extent, plus water and green
/// areas. Built from an OpenStreetMap extract with <see cref="FromOsm"/>, or from lines and areas
/// given by hand. A base map without coastline is inland: no sea is drawn. Immutable and thread-safe.
/// </summary>
public sealed partial class BaseMap
{
    private readonly IReadOnlyList<Coordinate[]> _coastlines;

    internal BaseMap(string source, MapExtent coverage, IReadOnlyList<Coordinate[]> coastlines, IReadOnlyList<BaseArea> areas)
    {
        Source = source;
        Coverage = coverage;
        _coastlines = coastlines;
        Areas = areas;
    }

    /// <summary>Where the data came from (a file name), for the map's attribution.</summary>
    public string Source { get; }

    /// <summary>The area the data covers (the extract's bounding box, else that of its points).</summary>
    public MapExtent Coverage { get; }

    /// <summary>How many coastline pieces (ways) the data holds; 0 for an inland extract.</summary>
    public int CoastlineCount => _coastlines.Count;

    /// <summary>How many water and green areas the data holds.</summary>
    public int AreaCount => Areas.Count;

    internal IReadOnlyList<BaseArea> Areas { get; }

    /// <summary>
    /// The ground inside <paramref name="area"/> as a GeoJSON FeatureCollection for a web map: a "land" and a "sea" feature
    /// from the coastline (a coast the extract cuts off carried on straight, as on the static maps), then the water and green
    /// areas, each with a "kind" property (land, sea, water, green); coordinates to 6 decimals (about 0.1 m).
    /// </summary>
    /// <param name="area">The box to fill.</param>
    /// <param name="widen">Each side of the box moved out by this share of its width (height), so a map fitted to <paramref name="area"/> has ground to its edges; 0 or more.</param>
    /// <returns>The features, or null when the (widened) box lies wholly outside <see cref="Coverage"/> (no ground is known there).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="widen"/> is negative or not finite.</exception>
    public string? ToGeoJson(MapExtent area, double widen = 0)
    {
        if (!(widen >= 0) || !double.IsFinite(widen))
        {
            throw new ArgumentOutOfRangeException(nameof(widen), widen, "The widening must be a finite share of 0 or more.");
        }

        return Scene.PageGround.ToGeoJson(this, area, widen);
    }

    /// <summary>
    /// Builds a base map from coastline lines and areas given by hand (each coastline runs with the
    /// land on its left and the sea on its right, as in OpenStreetMap).
    /// </summary>
    /// <param name="source">A name for the attribution.</param>
    /// <param name="coverage">The area the data covers.</param>
    /// <param name="coastlines">Coastline pieces of two or more points; pieces that meet end to start are joined.</param>
    /// <param name="water">Closed rings drawn as water (lakes, basins, riverbanks); may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="MapInputException">A coastline has fewer than two points, or a water ring fewer than four or is not closed.</exception>
    public static BaseMap FromLines(string source, MapExtent coverage, IEnumerable<IReadOnlyList<GeoPoint>> coastlines, IEnumerable<IReadOnlyList<GeoPoint>> water)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(coastlines);
        ArgumentNullException.ThrowIfNull(water);
        var lines = new List<Coordinate[]>();
        foreach (IReadOnlyList<GeoPoint> line in coastlines)
        {
            lines.Add(line.Count >= 2 ? [.. line.Select(ToCoordinate)]
                : throw new MapInputException($"Coastline {lines.Count + 1} of '{source}' has {line.Count} point(s); a coastline needs two or more."));
        }

        var areas = new List<BaseArea>();
        foreach (IReadOnlyList<GeoPoint> ring in water)
        {
            if (ring.Count < 4 || ring[0] != ring[^1])
            {
                throw new MapInputException($"Water area {areas.Count + 1} of '{source}' is not a closed ring of four or more points.");
            }

            areas.Add(new BaseArea(BaseAreaKind.Water, [.. ring.Select(ToCoordinate)]));
        }

        return new BaseMap(source, coverage, lines, areas);
    }

    /// <summary>
    /// The land inside <paramref name="box"/> (lon/lat degrees): the box split along the coastline,
    /// each face kept when it lies on the coastline's left. The box itself when there is no coast.
    /// </summary>
    internal Geometry LandWithin(Envelope box) => CoastlineLand.Land(_coastlines, box);

    private static Coordinate ToCoordinate(GeoPoint p) => new(p.Longitude, p.Latitude);
}
