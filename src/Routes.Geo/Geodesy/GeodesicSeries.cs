namespace Routes.Geo.Geodesy;

/// <summary>
/// Series expansions of Karney (2013), "Algorithms for geodesics", J. Geodesy 87:43-55, truncated at
/// order 6 in the small parameter eps, which is exact to round-off for |f| up to 1/100.
/// Coefficient arrays are 1-based (index 0 unused) to match the paper's notation C_l.
/// </summary>
internal static class GeodesicSeries
{
    /// <summary>Number of terms kept in the C1, C1', C2 series; C3 keeps one fewer.</summary>
    public const int Order = 6;

    /// <summary>Length of a coefficient buffer (index 0 unused).</summary>
    public const int BufferLength = Order + 1;

    /// <summary>Packed length of the C3 coefficient table (l = 1..5, j = l..5).</summary>
    public const int C3TableLength = 15;

    /// <summary>A1 - 1, eq. (17): distance integral scale.</summary>
    public static double A1m1(double eps)
    {
        double e2 = eps * eps;
        double t = e2 * ((e2 * (e2 + 4)) + 64) / 256;
        return (t + eps) / (1 - eps);
    }

    /// <summary>C1_l for l = 1..6, eq. (18): Fourier coefficients of the distance integral.</summary>
    public static void C1(double eps, Span<double> c)
    {
        double e2 = eps * eps;
        double d = eps;
        c[1] = d * ((e2 * (6 - e2)) - 16) / 32;
        d *= eps;
        c[2] = d * ((e2 * (64 - (9 * e2))) - 128) / 2048;
        d *= eps;
        c[3] = d * ((9 * e2) - 16) / 768;
        d *= eps;
        c[4] = d * ((3 * e2) - 5) / 512;
        d *= eps;
        c[5] = d * -7 / 1280;
        d *= eps;
        c[6] = d * -7 / 2048;
    }

    /// <summary>C1'_l for l = 1..6, eq. (21): coefficients of the reverted distance series.</summary>
    public static void C1Prime(double eps, Span<double> c)
    {
        double e2 = eps * eps;
        double d = eps;
        c[1] = d * ((e2 * ((205 * e2) - 432)) + 768) / 1536;
        d *= eps;
        c[2] = d * ((e2 * ((4005 * e2) - 4736)) + 3840) / 12288;
        d *= eps;
        c[3] = d * (116 - (225 * e2)) / 384;
        d *= eps;
        c[4] = d * (2695 - (7173 * e2)) / 7680;
        d *= eps;
        c[5] = d * 3467 / 7680;
        d *= eps;
        c[6] = d * 38081 / 61440;
    }

    /// <summary>A2 - 1, eq. (42): reduced-length integral scale.</summary>
    public static double A2m1(double eps)
    {
        double e2 = eps * eps;
        double t = e2 * ((e2 * ((-11 * e2) - 28)) - 192) / 256;
        return (t - eps) / (1 + eps);
    }

    /// <summary>C2_l for l = 1..6, eq. (43).</summary>
    public static void C2(double eps, Span<double> c)
    {
        double e2 = eps * eps;
        double d = eps;
        c[1] = d * ((e2 * (e2 + 2)) + 16) / 32;
        d *= eps;
        c[2] = d * ((e2 * ((35 * e2) + 64)) + 384) / 2048;
        d *= eps;
        c[3] = d * ((15 * e2) + 80) / 768;
        d *= eps;
        c[4] = d * ((7 * e2) + 35) / 512;
        d *= eps;
        c[5] = d * 63 / 1280;
        d *= eps;
        c[6] = d * 77 / 2048;
    }

    /// <summary>Coefficients of eps^0..eps^5 in A3, eq. (24), for third flattening n.</summary>
    public static double[] A3Table(double n) =>
    [
        1,
        (n - 1) / 2,
        ((n * ((3 * n) - 1)) - 2) / 8,
        ((n * (-n - 3)) - 1) / 16,
        ((-2 * n) - 3) / 64,
        -3.0 / 128,
    ];

    /// <summary>
    /// Coefficients of eps^j in C3_l, eq. (25), for third flattening n, packed by l = 1..5 then
    /// j = l..5 (15 values).
    /// </summary>
    public static double[] C3Table(double n) =>
    [
        (1 - n) / 4, (1 - (n * n)) / 8, ((n * (3 - n)) + 3) / 64, ((2 * n) + 5) / 128, 3.0 / 128,
        ((n * (n - 3)) + 2) / 32, ((n * ((-3 * n) - 2)) + 3) / 64, (n + 3) / 128, 5.0 / 256,
        ((n * ((5 * n) - 9)) + 5) / 192, (9 - (10 * n)) / 384, 7.0 / 512,
        (7 - (14 * n)) / 512, 7.0 / 512,
        21.0 / 2560,
    ];

    /// <summary>A3(eps) from the table made by <see cref="A3Table"/>.</summary>
    public static double A3(ReadOnlySpan<double> table, double eps)
    {
        double y = table[^1];
        for (int j = table.Length - 2; j >= 0; j--)
        {
            y = (y * eps) + table[j];
        }

        return y;
    }

    /// <summary>C3_l for l = 1..5 from the table made by <see cref="C3Table"/>.</summary>
    public static void C3(ReadOnlySpan<double> table, double eps, Span<double> c)
    {
        int start = 0;
        double power = 1;
        for (int l = 1; l < Order; l++)
        {
            power *= eps;
            int count = Order - l;
            ReadOnlySpan<double> row = table.Slice(start, count);
            double y = row[^1];
            for (int j = count - 2; j >= 0; j--)
            {
                y = (y * eps) + row[j];
            }

            c[l] = power * y;
            start += count;
        }
    }

    /// <summary>
    /// Clenshaw sum of c[l] * sin(2 l sigma) for l = 1..n, given sin and cos of sigma.
    /// </summary>
    public static double SinSeries(double sinSigma, double cosSigma, ReadOnlySpan<double> c, int n)
    {
        double ar = 2 * (cosSigma - sinSigma) * (cosSigma + sinSigma);
        int k = n;
        double y0 = (n & 1) != 0 ? c[k--] : 0;
        double y1 = 0;
        for (int i = n / 2; i > 0; i--)
        {
            y1 = (ar * y0) - y1 + c[k--];
            y0 = (ar * y1) - y0 + c[k--];
        }

        return 2 * sinSigma * cosSigma * y0;
    }
}
