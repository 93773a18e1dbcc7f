using System.Buffers;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Routes.Geo.Isochrones;

/// <summary>
/// Marching squares on a grid of values (inside where negative), linked into closed rings with the inside on their
/// left: counter-clockwise shells, clockwise holes. Saddle cells follow the value at the cell's centre, so rings never
/// cross. Crossings stay 2% of a cell away from grid nodes, so no two rings share a point.
/// </summary>
internal static class ContourTracer
{
    private const double NodeClearance = 0.02;

    /// <summary>
    /// Shells with their holes, from <paramref name="values"/> (row-major, row 0 first, <paramref name="width"/> by
    /// <paramref name="height"/>; nodes on the border must be outside), grid coordinates mapped through <paramref name="toWorld"/>.
    /// </summary>
    public static List<(Coordinate[] Shell, List<Coordinate[]> Holes)> Trace(float[] values, int width, int height, Func<double, double, Coordinate> toWorld)
    {
        int[] next = ArrayPool<int>.Shared.Rent(2 * width * height);
        byte[] inside = ArrayPool<byte>.Shared.Rent(width * height);
        try
        {
            return Trace(values, width, height, toWorld, next, inside);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(next);
            ArrayPool<byte>.Shared.Return(inside);
        }
    }

    private static List<(Coordinate[] Shell, List<Coordinate[]> Holes)> Trace(float[] values, int width, int height, Func<double, double, Coordinate> toWorld, int[] next, byte[] inside)
    {
        Array.Fill(next, -1, 0, 2 * width * height);
        var starts = new List<int>();
        Span<int> crossing = stackalloc int[4];
        Span<bool> leaves = stackalloc bool[4];
        for (int k = 0; k < width * height; k++)
        {
            inside[k] = values[k] < 0 ? (byte)1 : (byte)0;
        }

        for (int j = 0; j + 1 < height; j++)
        {
            ReadOnlySpan<byte> below = inside.AsSpan(j * width, width), above = inside.AsSpan((j + 1) * width, width);
            for (int i = 0; i + 1 < width; i++)
            {
                // Skip the run of cells whose four corners agree (most of the grid), found a vector at a time.
                int runBelow = below[i..].IndexOfAnyExcept(below[i]), runAbove = above[i..].IndexOfAnyExcept(below[i]);
                int run = Math.Min(runBelow < 0 ? width - i : runBelow, runAbove < 0 ? width - i : runAbove);
                if (run > 1)
                {
                    i += run - 2;
                    continue;
                }

                int n0 = (j * width) + i;
                bool b0 = values[n0] < 0, b1 = values[n0 + 1] < 0, b2 = values[n0 + width + 1] < 0, b3 = values[n0 + width] < 0;
                if (b0 == b1 && b1 == b2 && b2 == b3)
                {
                    continue;
                }

                // The cell's edges counter-clockwise from the bottom, each crossed where its two corners differ.
                int count = 0;
                Add(b0, b1, 2 * n0, crossing, leaves, ref count);
                Add(b1, b2, (2 * (n0 + 1)) + 1, crossing, leaves, ref count);
                Add(b2, b3, 2 * (n0 + width), crossing, leaves, ref count);
                Add(b3, b0, (2 * n0) + 1, crossing, leaves, ref count);
                bool joined = count == 4
                    && (values[n0] + values[n0 + 1] + values[n0 + width + 1] + values[n0 + width]) / 4 < 0;
                for (int k = 0; k < count; k++)
                {
                    if (leaves[k])
                    {
                        // Leaving the inside, the contour turns to where it came in: the crossing before, or after at a joined saddle.
                        next[crossing[k]] = crossing[(k + (joined ? 1 : count - 1)) % count];
                        starts.Add(crossing[k]);
                    }
                }
            }
        }

        var shells = new List<(Coordinate[] Ring, double Area, Envelope Box)>();
        var holes = new List<Coordinate[]>();
        foreach (int start in starts)
        {
            if (next[start] < 0)
            {
                continue;
            }

            var ring = new List<Coordinate>();
            var plane = new List<(double X, double Y)>();
            int edge = start;
            do
            {
                (double x, double y) = Point(values, width, edge);
                plane.Add((x, y));
                ring.Add(toWorld(x, y));
                int following = next[edge];
                next[edge] = -1;
                edge = following;
            }
            while (edge != start && edge >= 0);

            ring.Add(ring[0].Copy());
            plane.Add(plane[0]);
            double signed = SignedArea(plane);
            Coordinate[] coordinates = [.. ring];
            if (signed > 0)
            {
                shells.Add((coordinates, signed, new Envelope(coordinates)));
            }
            else
            {
                holes.Add(coordinates);
            }
        }

        var result = shells.Select(s => (s.Ring, new List<Coordinate[]>())).ToList();
        foreach (Coordinate[] hole in holes)
        {
            int owner = -1;
            for (int s = 0; s < shells.Count; s++)
            {
                if (shells[s].Box.Contains(hole[0]) && (owner < 0 || shells[s].Area < shells[owner].Area)
                    && (shells.Count == 1 || PointLocation.IsInRing(hole[0], shells[s].Ring)))
                {
                    owner = s;
                }
            }

            if (owner >= 0)
            {
                result[owner].Item2.Add(hole);
            }
        }

        return result;
    }

    private static void Add(bool from, bool to, int edge, Span<int> crossing, Span<bool> leaves, ref int count)
    {
        if (from != to)
        {
            crossing[count] = edge;
            leaves[count] = from;
            count++;
        }
    }

    // Grid edge 2n runs east from node n, 2n+1 north from it; the contour crosses where the value interpolates to 0.
    private static (double X, double Y) Point(float[] values, int width, int edge)
    {
        int node = edge >> 1;
        bool north = (edge & 1) == 1;
        int other = north ? node + width : node + 1;
        double v0 = values[node], v1 = values[other];
        double t = Math.Clamp(v0 / (v0 - v1), NodeClearance, 1 - NodeClearance);
        int i = node % width, j = node / width;
        return north ? (i, j + t) : (i + t, j);
    }

    private static double SignedArea(List<(double X, double Y)> ring)
    {
        double twice = 0;
        for (int k = 0; k + 1 < ring.Count; k++)
        {
            twice += (ring[k].X * ring[k + 1].Y) - (ring[k + 1].X * ring[k].Y);
        }

        return twice / 2;
    }
}
