namespace Routes.Geo.Cli;

/// <summary>Spots a point typed as "lon,lat": too far from the network, while the swapped point lies inside the network's bounds.</summary>
internal static class SwappedCoordinates
{
    /// <summary>Runs <paramref name="work"/>; a snapping failure that a swap explains becomes a <see cref="UsageException"/> saying so.</summary>
    public static T Explain<T>(RoadNetwork network, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SnapTooFarException e) when (Hint(e.Point, network) is { } hint)
        {
            throw new UsageException($"{e.Message} {hint}");
        }
    }

    /// <summary>The hint for <paramref name="point"/>, or null when swapping it would not put it inside the network's bounds.</summary>
    public static string? Hint(GeoPoint point, RoadNetwork network)
    {
        if (network.VertexCount == 0 || !GeoPoint.IsValid(point.Longitude, point.Latitude))
        {
            return null;
        }

        (double south, double west, double north, double east) = Bounds(network);
        bool Inside(double lat, double lon) => lat >= south && lat <= north && lon >= west && lon <= east;
        return Inside(point.Latitude, point.Longitude) || !Inside(point.Longitude, point.Latitude) ? null
            : FormattableString.Invariant($"Latitude and longitude look swapped: {point.Longitude},{point.Latitude} lies inside the network (latitude {south:0.###}..{north:0.###}, longitude {west:0.###}..{east:0.###}); points are written lat,lon.");
    }

    private static (double South, double West, double North, double East) Bounds(RoadNetwork network)
    {
        double south = double.MaxValue, west = double.MaxValue, north = double.MinValue, east = double.MinValue;
        for (int v = 0; v < network.VertexCount; v++)
        {
            GeoPoint p = network.GetVertex(v);
            (south, north) = (Math.Min(south, p.Latitude), Math.Max(north, p.Latitude));
            (west, east) = (Math.Min(west, p.Longitude), Math.Max(east, p.Longitude));
        }

        return (south, west, north, east);
    }
}
