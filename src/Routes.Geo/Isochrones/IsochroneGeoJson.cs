using NetTopologySuite.Features;
using Routes.Geo.Export;

namespace Routes.Geo.Isochrones;

/// <summary>
/// Writes isochrones as RFC 7946 GeoJSON: a FeatureCollection with one Polygon or MultiPolygon Feature per band,
/// the widest first (so a map drawing in file order leaves the shorter times on top), coordinates rounded to
/// 7 decimals, and the properties <c>duration_s</c>, <c>area_m2</c> (WGS84 ellipsoid), <c>mode</c> (the profile),
/// <c>search</c>, and the shape's tolerance <c>buffer_m</c>, <c>gap_m</c>, <c>cell_m</c>.
/// </summary>
public static class IsochroneGeoJson
{
    /// <summary>The band Features, widest first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="isochrone"/> is null.</exception>
    public static IEnumerable<IFeature> ToFeatures(IsochroneResult isochrone)
    {
        ArgumentNullException.ThrowIfNull(isochrone);
        return isochrone.Bands.Reverse().Select(band => (IFeature)GeoJsonOutput.Feature(GeoJsonOutput.Rounded(band.Area), new AttributesTable
        {
            { "duration_s", Math.Round(band.Within.TotalSeconds, 1) },
            { "area_m2", Math.Round(band.AreaSquareMetres) },
            { "mode", isochrone.Profile },
            { "search", isochrone.Search.ToString().ToLowerInvariant() },
            { "buffer_m", Math.Round(isochrone.Shape.BufferMetres, 1) },
            { "gap_m", Math.Round(isochrone.Shape.GapMetres, 1) },
            { "cell_m", Math.Round(isochrone.Shape.CellMetres, 1) },
            { "attribution", Attribution.OpenStreetMap },
        }));
    }

    /// <summary>Serialises the isochrone as a GeoJSON FeatureCollection string.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="isochrone"/> is null.</exception>
    public static string ToGeoJson(IsochroneResult isochrone) => GeoJsonOutput.Serialize(GeoJsonOutput.Collection(ToFeatures(isochrone)));

    /// <summary>Writes the isochrone to <paramref name="path"/> atomically (temporary file, then rename).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="isochrone"/> is null.</exception>
    /// <exception cref="ExportException">The path is refused or the file cannot be written; the previous content, if any, is untouched.</exception>
    public static void Write(string path, IsochroneResult isochrone)
    {
        ArgumentNullException.ThrowIfNull(isochrone);
        GeoJsonOutput.Write(path, () => GeoJsonOutput.Collection(ToFeatures(isochrone)));
    }
}
