using Routes.Geo.Geodesy;

namespace Routes.Geo.Maps;

/// <summary>
/// Where the map's ground falls in the picture. The extent is projected; its projected bounding box
/// (for Lambert-93, of its sampled outline) is scaled uniformly to fit <see cref="Width"/> ×
/// <see cref="Height"/> and centred: x = W/2 + (X − Xc)·s, y = H/2 − (Y − Yc)·s, with (Xc, Yc) the
/// box centre and s = min(W / box width, H / box height). Immutable and thread-safe.
/// </summary>
public sealed class MapFrame
{
    private readonly ProjectedCrs _crs;

    /// <summary>Creates the frame.</summary>
    /// <exception cref="MapInputException">The size is outside 200..20000 pixels.</exception>
    public MapFrame(MapExtent extent, int width, int height, MapProjection projection)
    {
        new MapOptions { Width = width, Height = height }.Validate();
        Extent = extent;
        Width = width;
        Height = height;
        Projection = projection;
        _crs = projection == MapProjection.Lambert93 ? Projections.Lambert93 : Projections.WebMercator;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        const int Steps = 16;
        for (int i = 0; i <= Steps; i++)
        {
            double lon = extent.West + ((extent.East - extent.West) * i / Steps);
            double lat = extent.South + ((extent.North - extent.South) * i / Steps);
            foreach (GeoPoint p in new[] { new GeoPoint(extent.South, lon), new GeoPoint(extent.North, lon), new GeoPoint(lat, extent.West), new GeoPoint(lat, extent.East) })
            {
                (double x, double y) = _crs.Project(p);
                (minX, minY, maxX, maxY) = (Math.Min(minX, x), Math.Min(minY, y), Math.Max(maxX, x), Math.Max(maxY, y));
            }
        }

        CentreX = (minX + maxX) / 2;
        CentreY = (minY + maxY) / 2;
        Scale = Math.Min(width / (maxX - minX), height / (maxY - minY));
    }

    /// <summary>The area asked for; all of it is in the picture.</summary>
    public MapExtent Extent { get; }

    /// <summary>Picture width in pixels.</summary>
    public int Width { get; }

    /// <summary>Picture height in pixels.</summary>
    public int Height { get; }

    /// <summary>The projection.</summary>
    public MapProjection Projection { get; }

    /// <summary>The EPSG code of the projection (3857 or 2154).</summary>
    public int EpsgCode => _crs.EpsgCode;

    /// <summary>Projected X (metres) at the picture's centre.</summary>
    public double CentreX { get; }

    /// <summary>Projected Y (metres) at the picture's centre.</summary>
    public double CentreY { get; }

    /// <summary>Pixels per projected metre.</summary>
    public double Scale { get; }

    /// <summary>The pixel (x right, y down) of a WGS84 point; it may lie outside the picture.</summary>
    public (double X, double Y) ToPixel(GeoPoint point)
    {
        (double x, double y) = _crs.Project(point);
        return ((Width / 2.0) + ((x - CentreX) * Scale), (Height / 2.0) - ((y - CentreY) * Scale));
    }

    /// <summary>The WGS84 point at a pixel.</summary>
    /// <exception cref="InvalidCoordinateException">The pixel maps outside the projection's domain.</exception>
    public GeoPoint ToGeo(double x, double y) =>
        _crs.Unproject(CentreX + ((x - (Width / 2.0)) / Scale), CentreY - ((y - (Height / 2.0)) / Scale));

    /// <summary>
    /// Ground metres per pixel at the picture's centre, measured eastward along the geodesic on the
    /// WGS84 ellipsoid (not the projection's nominal metres, which Web Mercator inflates by 1/cos φ).
    /// </summary>
    public double GroundMetresPerPixelAtCentre()
    {
        const double Half = 50;
        GeoPoint a = ToGeo((Width / 2.0) - Half, Height / 2.0);
        GeoPoint b = ToGeo((Width / 2.0) + Half, Height / 2.0);
        return Geodesic.Wgs84.Distance(a, b) / (2 * Half);
    }

    /// <summary>The direction of true north at the centre, in degrees clockwise from straight up (0 for Web Mercator).</summary>
    public double NorthAngleDegrees()
    {
        GeoPoint c = ToGeo(Width / 2.0, Height / 2.0);
        (double x0, double y0) = ToPixel(c);
        (double x1, double y1) = ToPixel(new GeoPoint(Math.Min(c.Latitude + 0.01, 89), c.Longitude));
        return Math.Atan2(x1 - x0, y0 - y1) * 180 / Math.PI;
    }
}
