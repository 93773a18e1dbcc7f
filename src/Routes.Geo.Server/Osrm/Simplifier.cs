namespace Routes.Geo.Server.Osrm;

/// <summary>
/// The <c>overview=simplified</c> line: Douglas–Peucker with a tolerance of one pixel at the Web Mercator zoom level
/// at which the whole line fits a 512-pixel view (OSRM's "highest zoom level it could be displayed on"), at most zoom 18.
/// </summary>
internal static class Simplifier
{
    private const double ViewPixels = 512;
    private const double MetresPerPixelAtZoom0 = 156_543.033_92;

    public static GeoPoint[] Simplify(GeoPoint[] points)
    {
        if (points.Length <= 2)
        {
            return points;
        }

        double tolerance = ToleranceMetres(points);
        double lat0 = points.Average(p => p.Latitude) * Math.PI / 180;
        double kx = 111_320 * Math.Cos(lat0), ky = 110_574;
        var keep = new bool[points.Length];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int From, int To)>();
        stack.Push((0, points.Length - 1));
        while (stack.Count > 0)
        {
            (int from, int to) = stack.Pop();
            double ax = points[from].Longitude * kx, ay = points[from].Latitude * ky;
            double bx = points[to].Longitude * kx, by = points[to].Latitude * ky;
            int farthest = -1;
            double worst = tolerance;
            for (int i = from + 1; i < to; i++)
            {
                double d = SegmentDistance(points[i].Longitude * kx, points[i].Latitude * ky, ax, ay, bx, by);
                if (d > worst)
                {
                    worst = d;
                    farthest = i;
                }
            }

            if (farthest >= 0)
            {
                keep[farthest] = true;
                stack.Push((from, farthest));
                stack.Push((farthest, to));
            }
        }

        var kept = new List<GeoPoint>();
        for (int i = 0; i < points.Length; i++)
        {
            if (keep[i])
            {
                kept.Add(points[i]);
            }
        }

        return [.. kept];
    }

    /// <summary>One pixel, in metres on the ground, at the zoom where the line's bounding box fits the view.</summary>
    internal static double ToleranceMetres(GeoPoint[] points)
    {
        double south = points.Min(p => p.Latitude), north = points.Max(p => p.Latitude);
        double west = points.Min(p => p.Longitude), east = points.Max(p => p.Longitude);
        double cos = Math.Cos((south + north) / 2 * Math.PI / 180);
        double extentMetres = Math.Max((east - west) * 111_320 * cos, (north - south) * 110_574);
        double zoom = 18;
        while (zoom > 0 && extentMetres / (MetresPerPixelAtZoom0 * cos / Math.Pow(2, zoom)) > ViewPixels)
        {
            zoom--;
        }

        return MetresPerPixelAtZoom0 * cos / Math.Pow(2, zoom);
    }

    private static double SegmentDistance(double px, double py, double ax, double ay, double bx, double by)
    {
        double dx = bx - ax, dy = by - ay;
        double length2 = (dx * dx) + (dy * dy);
        double t = length2 == 0 ? 0 : Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / length2, 0, 1);
        double ex = ax + (t * dx) - px, ey = ay + (t * dy) - py;
        return Math.Sqrt((ex * ex) + (ey * ey));
    }
}
