using Routes.Geo.Geodesy;

namespace Routes.Geo.Maps.Tests;

/// <summary>Hand-made routes: a straight line between two points, as a walk.</summary>
internal static class MapsTestData
{
    public static Route Line(double lat1, double lon1, double lat2, double lon2)
    {
        GeoPoint a = new(lat1, lon1), b = new(lat2, lon2), mid = new((lat1 + lat2) / 2, ((lon1 + lon2) / 2) + 0.01);
        double metres = Geodesic.Wgs84.Distance(a, mid) + Geodesic.Wgs84.Distance(mid, b);
        return new Route("foot", RouteMetric.Shortest, [a, mid, b], metres, metres / 1.3, [],
            [new SnapResult(a, a, 0, 0, 0), new SnapResult(b, b, 0, 0, 0)]);
    }
}
