namespace Routes.Geo.Osm.Pbf;

/// <summary>The area a file declares it covers, in WGS84 degrees (from its header, as written).</summary>
/// <param name="MinLongitude">West edge.</param>
/// <param name="MinLatitude">South edge.</param>
/// <param name="MaxLongitude">East edge.</param>
/// <param name="MaxLatitude">North edge.</param>
public sealed record OsmBoundingBox(double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude)
{
    /// <summary>True when the position lies inside the box or on its edge.</summary>
    public bool Contains(double latitude, double longitude) =>
        latitude >= MinLatitude && latitude <= MaxLatitude && longitude >= MinLongitude && longitude <= MaxLongitude;
}
