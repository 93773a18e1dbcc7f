namespace Routes.Geo.Maps;

/// <summary>How a static map is drawn. Every property has a working default.</summary>
public sealed record MapOptions
{
    /// <summary>Width of the picture in pixels (SVG user units); at least 200. Default 1200.</summary>
    public int Width { get; init; } = 1200;

    /// <summary>Height of the picture in pixels; at least 200. Default 900.</summary>
    public int Height { get; init; } = 900;

    /// <summary>The projection. Default Web Mercator.</summary>
    public MapProjection Projection { get; init; } = MapProjection.WebMercator;

    /// <summary>The area to show; null frames the drawn features (or the Channel ports for the encirclement).</summary>
    public MapExtent? Extent { get; init; }

    /// <summary>
    /// A road network drawn under the features, styled by class (OpenStreetMap's standard style, toned
    /// down; the OpenStreetMap attribution is then added); null for none.
    /// </summary>
    public RoadNetwork? Roads { get; init; }

    /// <summary>
    /// Whether the ground is drawn (sea blue, land cream). Default true. It comes from <see cref="Base"/>
    /// when given, else from the embedded Natural Earth 1:10m land, which covers only -1..4.5°E,
    /// 49.5..52°N (the Channel ports and Lille); outside it no sea is drawn (the picture is land-coloured).
    /// </summary>
    public bool Land { get; init; } = true;

    /// <summary>
    /// The ground from detailed data (an OpenStreetMap extract's coastline, water and green areas,
    /// <see cref="BaseMap.FromOsm"/>), for street-level maps where Natural Earth's 1:10m coast is
    /// hundreds of metres off; a base map without coastline draws no sea. Null for the embedded land.
    /// </summary>
    public BaseMap? Base { get; init; }

    /// <summary>A title drawn at the top left; null for the default of each map.</summary>
    public string? Title { get; init; }

    /// <summary>A TrueType font file for PNG text; null searches the usual system folders (DejaVu, Liberation, Noto).</summary>
    public string? FontFile { get; init; }

    internal void Validate()
    {
        if (Width < 200 || Height < 200 || Width > 20000 || Height > 20000)
        {
            throw new MapInputException($"A map must be 200..20000 pixels wide and high; {Width}×{Height} was asked for.");
        }
    }
}
