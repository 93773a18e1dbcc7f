using static Routes.Geo.Geodesy.GeodesicSeries;

namespace Routes.Geo.Geodesy;

/// <summary>The inverse problem (Karney 2013, sections 4 and 5): Newton's method on the azimuth.</summary>
public sealed partial class Geodesic
{
    /// <summary>
    /// Inverse problem on validated input. Returns a12 in degrees; s12 and m12 in metres; the
    /// azimuths as unnormalised sine/cosine pairs.
    /// </summary>
    private double SolveInverse(double lat1, double lon1, double lat2, double lon2, bool wantReducedLength,
        out double s12, out double salp1, out double calp1, out double salp2, out double calp2, out double m12)
    {
        double lon12 = AngleMath.Difference(lon1, lon2, out double lon12s);
        int lonSign = double.IsNegative(lon12) ? -1 : 1;
        lon12 *= lonSign;
        lon12s *= lonSign;
        double lam12 = lon12 * AngleMath.Degree;
        AngleMath.SinCosWithError(lon12, lon12s, out double slam12, out double clam12);
        lon12s = (180 - lon12) - lon12s;

        // Points within 2^-57 degree of the equator are put on it (see AngleMath.Round).
        lat1 = AngleMath.Round(lat1);
        lat2 = AngleMath.Round(lat2);

        // Canonical form: 0 <= lon12 <= 180, lat1 <= -0, lat1 <= lat2 <= -lat1.
        int swap = Math.Abs(lat1) < Math.Abs(lat2) ? -1 : 1;
        if (swap < 0)
        {
            lonSign = -lonSign;
            (lat1, lat2) = (lat2, lat1);
        }

        int latSign = double.IsNegative(lat1) ? 1 : -1;
        lat1 *= latSign;
        lat2 *= latSign;

        ReducedLatitude(lat1, out double sbet1, out double cbet1);
        ReducedLatitude(lat2, out double sbet2, out double cbet2);

        // Force |bet2| = |bet1| exactly when they agree to round-off (the symmetric case of Lambda12).
        if (cbet1 < -sbet1)
        {
            if (cbet2 == cbet1)
            {
                sbet2 = Math.CopySign(sbet1, sbet2);
            }
        }
        else if (Math.Abs(sbet2) == -sbet1)
        {
            cbet2 = cbet1;
        }

        double dn1 = Math.Sqrt(1 + (_ep2 * sbet1 * sbet1));
        double dn2 = Math.Sqrt(1 + (_ep2 * sbet2 * sbet2));

        double a12 = 0;
        double sig12;
        double s12x = 0;
        double m12x = 0;
        salp1 = calp1 = salp2 = calp2 = 0;

        bool meridian = lat1 == -90 || slam12 == 0;
        if (meridian)
        {
            // Both points on one full meridian: the geodesic is that meridian unless it is too long.
            calp1 = clam12;
            salp1 = slam12;
            calp2 = 1;
            salp2 = 0;
            double ssig1 = sbet1, csig1 = calp1 * cbet1;
            double ssig2 = sbet2, csig2 = calp2 * cbet2;
            sig12 = Math.Atan2(Math.Max(0, (csig1 * ssig2) - (ssig1 * csig2)) + 0.0, (csig1 * csig2) + (ssig1 * ssig2));
            Lengths(_n, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2,
                wantDistance: true, wantReducedLength: true, out s12x, out m12x);
            if (sig12 < 1 || m12x >= 0)
            {
                if (sig12 < 3 * Tiny || (sig12 < Tol0 && (s12x < 0 || m12x < 0)))
                {
                    sig12 = m12x = s12x = 0;
                }

                m12x *= _b;
                s12x *= _b;
                a12 = sig12 / AngleMath.Degree;
            }
            else
            {
                meridian = false;
            }
        }

        if (!meridian && sbet1 == 0 && lon12s >= _f * 180)
        {
            // Both points on the equator and not too far apart: the geodesic is the equator.
            calp1 = calp2 = 0;
            salp1 = salp2 = 1;
            s12x = _a * lam12;
            sig12 = lam12 / _f1;
            m12x = _b * Math.Sin(sig12);
            a12 = lon12 / _f1;
        }
        else if (!meridian)
        {
            sig12 = InverseStart(sbet1, cbet1, sbet2, cbet2, lam12, slam12, clam12,
                out salp1, out calp1, ref salp2, ref calp2, out double dnm);
            if (sig12 >= 0)
            {
                // Short line: the start is already the solution.
                s12x = sig12 * _b * dnm;
                m12x = dnm * dnm * _b * Math.Sin(sig12 / dnm);
                a12 = sig12 / AngleMath.Degree;
            }
            else
            {
                sig12 = SolveAzimuth(sbet1, cbet1, dn1, sbet2, cbet2, dn2, slam12, clam12,
                    ref salp1, ref calp1, out salp2, out calp2,
                    out double ssig1, out double csig1, out double ssig2, out double csig2, out double eps);
                Lengths(eps, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2,
                    wantDistance: true, wantReducedLength, out s12x, out m12x);
                m12x *= _b;
                s12x *= _b;
                a12 = sig12 / AngleMath.Degree;
            }
        }

        s12 = 0 + s12x;
        m12 = 0 + m12x;

        if (swap < 0)
        {
            (salp1, salp2) = (salp2, salp1);
            (calp1, calp2) = (calp2, calp1);
        }

        salp1 *= swap * lonSign;
        calp1 *= swap * latSign;
        salp2 *= swap * lonSign;
        calp2 *= swap * latSign;
        return a12;
    }

    /// <summary>Sine and cosine of the reduced latitude beta, with cos(beta) kept positive at the poles.</summary>
    private void ReducedLatitude(double latitude, out double sbet, out double cbet)
    {
        AngleMath.SinCos(latitude, out sbet, out cbet);
        sbet *= _f1;
        AngleMath.Normalize(ref sbet, ref cbet);
        cbet = Math.Max(Tiny, cbet);
    }

    /// <summary>eps of eq. (16) for k^2 = ep2 cos^2(alpha0); written this way to avoid cancellation.</summary>
    private static double EpsFromK2(double k2) => k2 / ((2 * (1 + Math.Sqrt(1 + k2))) + k2);

    /// <summary>
    /// Newton's method on alpha1 for lambda12(alpha1) = lam12 (section 5), with a bracket that falls
    /// back to bisection when a Newton step leaves it. Returns sig12.
    /// </summary>
    private double SolveAzimuth(double sbet1, double cbet1, double dn1, double sbet2, double cbet2, double dn2,
        double slam12, double clam12, ref double salp1, ref double calp1, out double salp2, out double calp2,
        out double ssig1, out double csig1, out double ssig2, out double csig2, out double eps)
    {
        double salp1a = Tiny, calp1a = 1, salp1b = Tiny, calp1b = -1;
        bool tripNewton = false, tripBisection = false;
        double sig12;
        for (int iteration = 0; ; iteration++)
        {
            double v = Lambda12(sbet1, cbet1, dn1, sbet2, cbet2, dn2, salp1, calp1, slam12, clam12,
                out salp2, out calp2, out sig12, out ssig1, out csig1, out ssig2, out csig2, out eps,
                iteration < MaxNewtonIterations, out double dv);

            // Written as !(x >= t) so that a NaN ends the loop.
            if (tripBisection || !(Math.Abs(v) >= (tripNewton ? 8 : 1) * Tol0) || iteration == MaxIterations)
            {
                break;
            }

            if (v > 0 && (iteration > MaxNewtonIterations || calp1 / salp1 > calp1b / salp1b))
            {
                salp1b = salp1;
                calp1b = calp1;
            }
            else if (v < 0 && (iteration > MaxNewtonIterations || calp1 / salp1 < calp1a / salp1a))
            {
                salp1a = salp1;
                calp1a = calp1;
            }

            if (iteration < MaxNewtonIterations && dv > 0)
            {
                double dalp1 = -v / dv;
                if (Math.Abs(dalp1) < Math.PI)
                {
                    (double sdalp1, double cdalp1) = Math.SinCos(dalp1);
                    double nsalp1 = (salp1 * cdalp1) + (calp1 * sdalp1);
                    if (nsalp1 > 0)
                    {
                        calp1 = (calp1 * cdalp1) - (salp1 * sdalp1);
                        salp1 = nsalp1;
                        AngleMath.Normalize(ref salp1, ref calp1);

                        // Convergence can be linear when the slope vanishes: then test against eps, not sqrt(eps).
                        tripNewton = Math.Abs(v) <= 16 * Tol0;
                        continue;
                    }
                }
            }

            salp1 = (salp1a + salp1b) / 2;
            calp1 = (calp1a + calp1b) / 2;
            AngleMath.Normalize(ref salp1, ref calp1);
            tripNewton = false;
            tripBisection = (Math.Abs(salp1a - salp1) + (calp1a - calp1) < Tol0)
                || (Math.Abs(salp1 - salp1b) + (calp1 - calp1b) < Tol0);
        }

        return sig12;
    }

    /// <summary>
    /// lambda12(alpha1) - lam12 of eq. (49) for the azimuth (salp1, calp1) at point 1, and its
    /// derivative (eq. 46) when <paramref name="wantDerivative"/>.
    /// </summary>
    private double Lambda12(double sbet1, double cbet1, double dn1, double sbet2, double cbet2, double dn2,
        double salp1, double calp1, double slam120, double clam120,
        out double salp2, out double calp2, out double sig12,
        out double ssig1, out double csig1, out double ssig2, out double csig2, out double eps,
        bool wantDerivative, out double dlam12)
    {
        if (sbet1 == 0 && calp1 == 0)
        {
            // Break the degeneracy of the equatorial line (that case was handled before).
            calp1 = -Tiny;
        }

        double salp0 = salp1 * cbet1;
        double calp0 = double.Hypot(calp1, salp1 * sbet1);

        ssig1 = sbet1;
        double somg1 = salp0 * sbet1;
        csig1 = calp1 * cbet1;
        double comg1 = csig1;
        AngleMath.Normalize(ref ssig1, ref csig1);

        salp2 = cbet2 != cbet1 ? salp0 / cbet2 : salp1;
        calp2 = cbet2 != cbet1 || Math.Abs(sbet2) != -sbet1
            ? Math.Sqrt((calp1 * cbet1 * calp1 * cbet1)
                + (cbet1 < -sbet1 ? (cbet2 - cbet1) * (cbet1 + cbet2) : (sbet1 - sbet2) * (sbet1 + sbet2))) / cbet2
            : Math.Abs(calp1);

        ssig2 = sbet2;
        double somg2 = salp0 * sbet2;
        csig2 = calp2 * cbet2;
        double comg2 = csig2;
        AngleMath.Normalize(ref ssig2, ref csig2);

        sig12 = Math.Atan2(Math.Max(0, (csig1 * ssig2) - (ssig1 * csig2)) + 0.0, (csig1 * csig2) + (ssig1 * ssig2));
        double somg12 = Math.Max(0, (comg1 * somg2) - (somg1 * comg2)) + 0.0;
        double comg12 = (comg1 * comg2) + (somg1 * somg2);
        double eta = Math.Atan2((somg12 * clam120) - (comg12 * slam120), (comg12 * clam120) + (somg12 * slam120));

        eps = EpsFromK2(calp0 * calp0 * _ep2);
        Span<double> c3 = stackalloc double[BufferLength];
        C3(_c3Table, eps, c3);
        double b312 = SinSeries(ssig2, csig2, c3, Order - 1) - SinSeries(ssig1, csig1, c3, Order - 1);
        double domg12 = -_f * A3(_a3Table, eps) * salp0 * (sig12 + b312);
        double lam12 = eta + domg12;

        dlam12 = 0;
        if (wantDerivative)
        {
            if (calp2 == 0)
            {
                dlam12 = -2 * _f1 * dn1 / sbet1;
            }
            else
            {
                Lengths(eps, sig12, ssig1, csig1, dn1, ssig2, csig2, dn2,
                    wantDistance: false, wantReducedLength: true, out _, out dlam12);
                dlam12 *= _f1 / (calp2 * cbet2);
            }
        }

        return lam12;
    }

    /// <summary>Distance s12/b and reduced length m12/b (eqs. 7 and 38 with the series of section 3).</summary>
    private static void Lengths(double eps, double sig12,
        double ssig1, double csig1, double dn1, double ssig2, double csig2, double dn2,
        bool wantDistance, bool wantReducedLength, out double s12b, out double m12b)
    {
        Span<double> ca = stackalloc double[BufferLength];
        Span<double> cb = stackalloc double[BufferLength];
        s12b = m12b = 0;
        double a1 = A1m1(eps);
        C1(eps, ca);
        double a2 = 0, m0x = 0, j12 = 0;
        if (wantReducedLength)
        {
            a2 = A2m1(eps);
            C2(eps, cb);
            m0x = a1 - a2;
            a2 = 1 + a2;
        }

        a1 = 1 + a1;
        if (wantDistance)
        {
            double b1 = SinSeries(ssig2, csig2, ca, Order) - SinSeries(ssig1, csig1, ca, Order);
            s12b = a1 * (sig12 + b1);
            if (wantReducedLength)
            {
                double b2 = SinSeries(ssig2, csig2, cb, Order) - SinSeries(ssig1, csig1, cb, Order);
                j12 = (m0x * sig12) + ((a1 * b1) - (a2 * b2));
            }
        }
        else if (wantReducedLength)
        {
            for (int l = 1; l <= Order; l++)
            {
                cb[l] = (a1 * ca[l]) - (a2 * cb[l]);
            }

            j12 = (m0x * sig12) + (SinSeries(ssig2, csig2, cb, Order) - SinSeries(ssig1, csig1, cb, Order));
        }

        if (wantReducedLength)
        {
            // Parenthesised products cancel exactly for coincident points.
            m12b = (dn2 * (csig1 * ssig2)) - (dn1 * (ssig1 * csig2)) - (csig1 * csig2 * j12);
        }
    }
}
