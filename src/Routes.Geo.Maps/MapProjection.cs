namespace Routes.Geo.Maps;

/// <summary>The projection a static map is drawn in.</summary>
public enum MapProjection
{
    /// <summary>WGS 84 / Pseudo-Mercator (EPSG:3857), as web maps; conformal, north up everywhere.</summary>
    WebMercator,

    /// <summary>RGF93 / Lambert-93 (EPSG:2154), France's official conformal conic; north is turned slightly away from the west of 3°E.</summary>
    Lambert93,
}
