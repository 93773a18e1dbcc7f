namespace Routes.Geo.Geodesy;

/// <summary>The projected CRSs the library uses, ready to share between threads.</summary>
public static class Projections
{
    /// <summary>
    /// RGF93 v1 / Lambert-93 (EPSG:2154): conformal conic, standard parallels 44°N and 49°N,
    /// origin 46.5°N 3°E at (700000, 6600000). Area of use: metropolitan France and Corsica,
    /// onshore and offshore (9.86°W to 10.38°E, 41.15°N to 51.56°N).
    /// </summary>
    public static ProjectedCrs Lambert93 { get; } = new(2154, CrsWkt.Lambert93, areaOfUse: new AreaOfUse(41.15, -9.86, 51.56, 10.38));

    /// <summary>
    /// WGS 84 / UTM zone 31N (EPSG:32631): transverse Mercator on 3°E, scale 0.9996, false
    /// easting 500000. Area of use: 0°E to 6°E, northern hemisphere (the Channel ports, Lille).
    /// </summary>
    public static ProjectedCrs UtmZone31N { get; } = new(32631, CrsWkt.UtmZone31N, areaOfUse: new AreaOfUse(0, 0, 84, 6));

    /// <summary>
    /// WGS 84 / Pseudo-Mercator (EPSG:3857), the web-map projection: spherical Mercator formulas
    /// on a = 6378137 m applied to WGS84 coordinates. Project and Unproject use the exact closed
    /// form (no ProjNET call, no allocation). Project accepts latitudes within ±85.06° (EPSG area
    /// of use).
    /// </summary>
    public static ProjectedCrs WebMercator { get; } = new(3857, CrsWkt.WebMercator, new WebMercatorPointProjection(), 85.06, new AreaOfUse(-85.06, -180, 85.06, 180));
}
