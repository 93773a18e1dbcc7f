using System.Buffers;

namespace Routes.Geo.Server.Osrm;

/// <summary>Google's encoded polyline (latitude first), with precision 1e5 (<c>polyline</c>) or 1e6 (<c>polyline6</c>).</summary>
internal static class Polyline
{
    public static void Encode(ReadOnlySpan<GeoPoint> points, double factor, ArrayBufferWriter<byte> into)
    {
        long lastLat = 0, lastLon = 0;
        foreach (GeoPoint p in points)
        {
            long lat = (long)Math.Round(p.Latitude * factor, MidpointRounding.AwayFromZero);
            long lon = (long)Math.Round(p.Longitude * factor, MidpointRounding.AwayFromZero);
            Write(lat - lastLat, into);
            Write(lon - lastLon, into);
            lastLat = lat;
            lastLon = lon;
        }
    }

    /// <summary>The points of <paramref name="encoded"/>, or null when it is not a whole polyline.</summary>
    public static GeoPoint[]? Decode(string encoded, double factor)
    {
        var points = new List<GeoPoint>();
        int i = 0;
        long lat = 0, lon = 0;
        while (i < encoded.Length)
        {
            if (Read(encoded, ref i) is not { } dLat || Read(encoded, ref i) is not { } dLon)
            {
                return null;
            }

            lat += dLat;
            lon += dLon;
            double la = lat / factor, lo = lon / factor;
            if (!GeoPoint.IsValid(la, lo))
            {
                return null;
            }

            points.Add(new GeoPoint(la, lo));
        }

        return [.. points];
    }

    private static void Write(long value, ArrayBufferWriter<byte> into)
    {
        ulong v = (ulong)(value < 0 ? ~(value << 1) : value << 1);
        Span<byte> span = into.GetSpan(13);
        int n = 0;
        while (v >= 0x20)
        {
            span[n++] = (byte)((int)(0x20 | (v & 0x1f)) + 63);
            v >>= 5;
        }

        span[n++] = (byte)((int)v + 63);
        into.Advance(n);
    }

    private static long? Read(string text, ref int i)
    {
        long result = 0;
        int shift = 0;
        while (i < text.Length && shift < 60)
        {
            int b = text[i++] - 63;
            if (b is < 0 or > 63)
            {
                return null;
            }

            result |= (long)(b & 0x1f) << shift;
            shift += 5;
            if (b < 0x20)
            {
                return (result & 1) != 0 ? ~(result >> 1) : result >> 1;
            }
        }

        return null;
    }
}
