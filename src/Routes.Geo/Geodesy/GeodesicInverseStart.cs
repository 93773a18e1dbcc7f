using static Routes.Geo.Geodesy.GeodesicSeries;

namespace Routes.Geo.Geodesy;

/// <summary>Starting guess for the inverse problem (Karney 2013, section 5 and eq. 56-57).</summary>
public sealed partial class Geodesic
{
    /// <summary>
    /// Sets a first azimuth (salp1, calp1) for Newton's method and returns -1; for very short
    /// lines the guess is exact, and it returns sig12 and also sets (salp2, calp2) and dnm.
    /// Point 1 is in canonical position (bet1 &lt;= 0, |bet2| &lt;= |bet1|, 0 &lt;= lam12 &lt;= pi).
    /// </summary>
    private double InverseStart(double sbet1, double cbet1, double sbet2, double cbet2,
        double lam12, double slam12, double clam12,
        out double salp1, out double calp1, ref double salp2, ref double calp2, out double dnm)
    {
        double sig12 = -1;
        double sbet12 = (sbet2 * cbet1) - (cbet2 * sbet1);
        double cbet12 = (cbet2 * cbet1) + (sbet2 * sbet1);
        double sbet12a = (sbet2 * cbet1) + (cbet2 * sbet1);
        bool shortLine = cbet12 >= 0 && sbet12 < 0.5 && cbet2 * lam12 < 0.5;
        double somg12, comg12;
        dnm = 1;
        if (shortLine)
        {
            // Spherical approximation on a sphere whose radius follows the mean reduced latitude.
            double sbetm2 = (sbet1 + sbet2) * (sbet1 + sbet2);
            sbetm2 /= sbetm2 + ((cbet1 + cbet2) * (cbet1 + cbet2));
            dnm = Math.Sqrt(1 + (_ep2 * sbetm2));
            double omg12 = lam12 / (_f1 * dnm);
            (somg12, comg12) = Math.SinCos(omg12);
        }
        else
        {
            somg12 = slam12;
            comg12 = clam12;
        }

        salp1 = cbet2 * somg12;
        calp1 = comg12 >= 0
            ? sbet12 + (cbet2 * sbet1 * somg12 * somg12 / (1 + comg12))
            : sbet12a - (cbet2 * sbet1 * somg12 * somg12 / (1 - comg12));

        double ssig12 = double.Hypot(salp1, calp1);
        double csig12 = (sbet1 * sbet2) + (cbet1 * cbet2 * comg12);

        if (shortLine && ssig12 < _etol2)
        {
            salp2 = cbet1 * somg12;
            calp2 = sbet12 - (cbet1 * sbet2 * (comg12 >= 0 ? somg12 * somg12 / (1 + comg12) : 1 - comg12));
            AngleMath.Normalize(ref salp2, ref calp2);
            sig12 = Math.Atan2(ssig12, csig12);
        }
        else if (_n > 0.1 || csig12 >= 0 || ssig12 >= 6 * _n * Math.PI * cbet1 * cbet1)
        {
            // Not nearly antipodal: the spherical guess above is good enough.
        }
        else
        {
            // Nearly antipodal: scale to coordinates (x, y) where the antipode is the origin and
            // solve the astroid equation (eq. 55) for the azimuth.
            double lam12x = Math.Atan2(-slam12, -clam12);
            double k2 = sbet1 * sbet1 * _ep2;
            double lamScale = _f * cbet1 * A3(_a3Table, EpsFromK2(k2)) * Math.PI;
            double betScale = lamScale * cbet1;
            double x = lam12x / lamScale;
            double y = sbet12a / betScale;

            if (y > -Tol1 && x > -1 - XThreshold)
            {
                // Strip near the cut: the geodesic leaves nearly along a meridian.
                salp1 = Math.Min(1, -x);
                calp1 = -Math.Sqrt(1 - (salp1 * salp1));
            }
            else
            {
                // Estimating omg12 from the astroid and then alp1 spherically converges faster
                // than taking alp1 from the astroid directly.
                double k = Astroid(x, y);
                double omg12a = lamScale * (-x * k / (1 + k));
                (somg12, comg12) = Math.SinCos(omg12a);
                comg12 = -comg12;
                salp1 = cbet2 * somg12;
                calp1 = sbet12a - (cbet2 * sbet1 * somg12 * somg12 / (1 - comg12));
            }
        }

        // Written as !(salp1 <= 0) so that a NaN is normalised rather than replaced.
        if (!(salp1 <= 0))
        {
            AngleMath.Normalize(ref salp1, ref calp1);
        }
        else
        {
            salp1 = 1;
            calp1 = 0;
        }

        return sig12;
    }

    /// <summary>
    /// Positive root k of k^4 + 2k^3 - (x^2 + y^2 - 1)k^2 - 2y^2 k - y^2 = 0 (eq. 55), solved in
    /// closed form, choosing at each step the branch that avoids cancellation.
    /// </summary>
    private static double Astroid(double x, double y)
    {
        double p = x * x;
        double q = y * y;
        double r = (p + q - 1) / 6;
        if (q == 0 && r <= 0)
        {
            // y = 0 inside the astroid: the root is 0.
            return 0;
        }

        // s and t scaled by r^3 and r to avoid dividing by zero when r = 0.
        double s = p * q / 4;
        double r2 = r * r;
        double r3 = r * r2;
        double disc = s * (s + (2 * r3));
        double u = r;
        if (disc >= 0)
        {
            double t3 = s + r3;
            t3 += t3 < 0 ? -Math.Sqrt(disc) : Math.Sqrt(disc);
            double t = Math.Cbrt(t3);
            u += t + (t != 0 ? r2 / t : 0);
        }
        else
        {
            // Three real roots: take the one that avoids cancellation (disc < 0 implies r < 0).
            double angle = Math.Atan2(Math.Sqrt(-disc), -(s + r3));
            u += 2 * r * Math.Cos(angle / 3);
        }

        double v = Math.Sqrt((u * u) + q);
        double uv = u < 0 ? q / (v - u) : u + v;
        double w = (uv - q) / (2 * v);
        return uv / (Math.Sqrt(uv + (w * w)) + w);
    }
}
