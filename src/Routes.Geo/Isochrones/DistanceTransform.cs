using System.Buffers;

namespace Routes.Geo.Isochrones;

/// <summary>
/// Exact squared Euclidean distance transform of a grid (Felzenszwalb and Huttenlocher, "Distance Transforms of
/// Sampled Functions", 2012): one lower-envelope-of-parabolas pass along columns, then along rows, linear in cells.
/// </summary>
internal static class DistanceTransform
{
    /// <summary>Replaces each cell's value (0 at sources, +∞ elsewhere) by its squared distance, in cells, to the nearest source.</summary>
    public static void Squared(float[] grid, int width, int height)
    {
        // Rows are contiguous; columns are done as the rows of a transposed copy, read tile by tile for the cache.
        // The envelope in doubles: squared offsets of large grids outgrow a float's exact integers.
        var f = new double[Math.Max(width, height)];
        var d = new double[f.Length];
        var v = new int[f.Length];
        var z = new double[f.Length + 1];
        Rows(grid, width, height, f, d, v, z);
        // Pooled: a wide isochrone's grid is megabytes, and a fresh one per transform was a large-object allocation each time.
        float[] transposed = ArrayPool<float>.Shared.Rent(width * height);
        try
        {
            Transpose(grid, transposed, width, height);
            Rows(transposed, height, width, f, d, v, z);
            Transpose(transposed, grid, height, width);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(transposed);
        }
    }

    private static void Rows(float[] grid, int width, int height, double[] f, double[] d, int[] v, double[] z)
    {
        for (int y = 0; y < height; y++)
        {
            int row = y * width;
            // A line with no source stays +∞, one that is all source stays 0: most lines of a wide grid are one or the other.
            ReadOnlySpan<float> line = grid.AsSpan(row, width);
            if (line.IndexOfAnyExcept(float.PositiveInfinity) < 0 || line.IndexOfAnyExcept(0f) < 0)
            {
                continue;
            }

            for (int x = 0; x < width; x++)
            {
                f[x] = grid[row + x];
            }

            Line(f, width, d, v, z);
            for (int x = 0; x < width; x++)
            {
                grid[row + x] = (float)d[x];
            }
        }
    }

    // source is width × height (row-major), target height × width.
    private static void Transpose(float[] source, float[] target, int width, int height)
    {
        const int Tile = 32;
        for (int y0 = 0; y0 < height; y0 += Tile)
        {
            for (int x0 = 0; x0 < width; x0 += Tile)
            {
                int yEnd = Math.Min(y0 + Tile, height), xEnd = Math.Min(x0 + Tile, width);
                for (int y = y0; y < yEnd; y++)
                {
                    for (int x = x0; x < xEnd; x++)
                    {
                        target[(x * height) + y] = source[(y * width) + x];
                    }
                }
            }
        }
    }

    private static void Line(double[] f, int n, double[] d, int[] v, double[] z)
    {
        int k = -1;
        for (int q = 0; q < n; q++)
        {
            if (double.IsPositiveInfinity(f[q]))
            {
                continue;
            }

            while (true)
            {
                if (k < 0)
                {
                    k = 0;
                    v[0] = q;
                    z[0] = double.NegativeInfinity;
                    z[1] = double.PositiveInfinity;
                    break;
                }

                int p = v[k];
                double s = ((f[q] + ((double)q * q)) - (f[p] + ((double)p * p))) / (2.0 * (q - p));
                if (s <= z[k])
                {
                    k--;
                    continue;
                }

                k++;
                v[k] = q;
                z[k] = s;
                z[k + 1] = double.PositiveInfinity;
                break;
            }
        }

        if (k < 0)
        {
            Array.Fill(d, double.PositiveInfinity, 0, n);
            return;
        }

        int j = 0;
        for (int q = 0; q < n; q++)
        {
            while (z[j + 1] < q)
            {
                j++;
            }

            double dq = q - v[j];
            d[q] = (dq * dq) + f[v[j]];
        }
    }
}
