namespace Routes.Geo.Geodesy;

/// <summary>
/// OGC WKT 1 definitions of the supported projected CRSs, with the EPSG parameters
/// (EPSG Geodetic Parameter Dataset, as published on epsg.io).
/// </summary>
internal static class CrsWkt
{
    /// <summary>RGF93 v1 / Lambert-93 (EPSG:2154), the official projection of metropolitan France.</summary>
    public const string Lambert93 =
        "PROJCS[\"RGF93 / Lambert-93\","
        + "GEOGCS[\"RGF93\",DATUM[\"Reseau_Geodesique_Francais_1993\","
        + "SPHEROID[\"GRS 1980\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"7019\"]],"
        + "TOWGS84[0,0,0,0,0,0,0],AUTHORITY[\"EPSG\",\"6171\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
        + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4171\"]],"
        + "PROJECTION[\"Lambert_Conformal_Conic_2SP\"],"
        + "PARAMETER[\"standard_parallel_1\",49],PARAMETER[\"standard_parallel_2\",44],"
        + "PARAMETER[\"latitude_of_origin\",46.5],PARAMETER[\"central_meridian\",3],"
        + "PARAMETER[\"false_easting\",700000],PARAMETER[\"false_northing\",6600000],"
        + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"X\",EAST],AXIS[\"Y\",NORTH],"
        + "AUTHORITY[\"EPSG\",\"2154\"]]";

    /// <summary>WGS 84 / UTM zone 31N (EPSG:32631): 0°E to 6°E, northern hemisphere.</summary>
    public const string UtmZone31N =
        "PROJCS[\"WGS 84 / UTM zone 31N\","
        + "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
        + "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
        + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]],"
        + "PROJECTION[\"Transverse_Mercator\"],"
        + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",3],"
        + "PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\",0],"
        + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],"
        + "AUTHORITY[\"EPSG\",\"32631\"]]";

    /// <summary>
    /// WGS 84 / Pseudo-Mercator (EPSG:3857). The projection is named by the EPSG method
    /// (1024, "Popular Visualisation Pseudo-Mercator"): ProjNET reads the usual "Mercator_1SP"
    /// form as ellipsoidal Mercator, 17 km off at 24°N, since it ignores the PROJ4 extension.
    /// </summary>
    public const string WebMercator =
        "PROJCS[\"WGS 84 / Pseudo-Mercator\","
        + "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
        + "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
        + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
        + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]],"
        + "PROJECTION[\"Popular Visualisation Pseudo-Mercator\"],"
        + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",0],"
        + "PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],"
        + "UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],"
        + "AUTHORITY[\"EPSG\",\"3857\"]]";
}
