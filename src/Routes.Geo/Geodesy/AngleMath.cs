namespace Routes.Geo.Geodesy;

/// <summary>
/// Angle arithmetic in degrees that reduces arguments exactly before converting to radians,
/// so that quadrant boundaries (0, 90, 180 degrees) give exact sines and cosines.
/// </summary>
internal static class AngleMath
{
    /// <summary>Radians per degree.</summary>
    public const double Degree = Math.PI / 180;

    /// <summary>Error-free sum: returns the rounded u + v and sets <paramref name="error"/> to the exact remainder.</summary>
    public static double Sum(double u, double v, out double error)
    {
        double s = u + v;
        double up = s - v;
        double vpp = s - up;
        up -= u;
        vpp -= v;
        error = s != 0 ? 0.0 - (up + vpp) : s;
        return s;
    }

    /// <summary>Reduces an angle to [-180, 180], keeping the sign of the input at ±180.</summary>
    public static double Normalize(double x)
    {
        double y = Math.IEEERemainder(x, 360);
        return Math.Abs(y) == 180 ? Math.CopySign(180, x) : y;
    }

    /// <summary>Exact difference y - x reduced to [-180, 180]; <paramref name="error"/> receives the rounding error.</summary>
    public static double Difference(double x, double y, out double error)
    {
        double d = Sum(Math.IEEERemainder(-x, 360), Math.IEEERemainder(y, 360), out error);
        d = Sum(Math.IEEERemainder(d, 360), error, out error);
        if (d == 0 || Math.Abs(d) == 180)
        {
            d = Math.CopySign(d, error == 0 ? y - x : -error);
        }

        return d;
    }

    /// <summary>
    /// Rounds tiny angles to a multiple of 2^-57 degree so that values just off the equator
    /// behave as on it, avoiding an ill-conditioned starting guess.
    /// </summary>
    public static double Round(double x)
    {
        const double Z = 1.0 / 16;
        double y = Math.Abs(x);
        double w = Z - y;
        y = w > 0 ? Z - w : y;
        return Math.CopySign(y, x);
    }

    /// <summary>Sine and cosine of an angle in degrees, exact at multiples of 90.</summary>
    public static void SinCos(double x, out double sin, out double cos) =>
        SinCos(x, 0, rounded: false, out sin, out cos);

    /// <summary>Sine and cosine of (x + t) degrees, t being the rounding error of x; the reduced angle is <see cref="Round"/>ed.</summary>
    public static void SinCosWithError(double x, double t, out double sin, out double cos) =>
        SinCos(x, t, rounded: true, out sin, out cos);

    private static void SinCos(double x, double t, bool rounded, out double sin, out double cos)
    {
        // IEEERemainder is exact, so x - r is an exact multiple of 90 and the quadrant is exact.
        double r = Math.IEEERemainder(x, 90);
        int q = (int)((long)Math.Round((x - r) / 90) & 3);
        r = (rounded ? Round(r + t) : r) * Degree;
        (double s, double c) = Math.SinCos(r);
        (sin, cos) = q switch
        {
            0 => (s, c),
            1 => (c, -s),
            2 => (-s, -c),
            _ => (-c, s),
        };
        cos += 0.0;
        if (sin == 0)
        {
            sin = Math.CopySign(sin, x);
        }
    }

    /// <summary>atan2 in degrees, computed in the octant where atan2 is most accurate.</summary>
    public static double Atan2(double y, double x)
    {
        int q = 0;
        if (Math.Abs(y) > Math.Abs(x))
        {
            (x, y) = (y, x);
            q = 2;
        }

        if (double.IsNegative(x))
        {
            x = -x;
            q++;
        }

        double angle = Math.Atan2(y, x) / Degree;
        return q switch
        {
            1 => Math.CopySign(180, y) - angle,
            2 => 90 - angle,
            3 => -90 + angle,
            _ => angle,
        };
    }

    /// <summary>Scales (x, y) to unit length.</summary>
    public static void Normalize(ref double x, ref double y)
    {
        double r = double.Hypot(x, y);
        x /= r;
        y /= r;
    }
}
