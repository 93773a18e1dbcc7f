using static Routes.Geo.Geodesy.GeodesicSeries;

namespace Routes.Geo.Geodesy;

/// <summary>The direct problem (Karney 2013, section 3): reverted distance series, no iteration.</summary>
public sealed partial class Geodesic
{
    private GeodesicDirectResult SolveDirect(double lat1, double lon1, double azi1, double s12)
    {
        azi1 = AngleMath.Normalize(azi1);
        AngleMath.SinCos(AngleMath.Round(azi1), out double salp1, out double calp1);
        ReducedLatitude(AngleMath.Round(lat1), out double sbet1, out double cbet1);

        // Equatorial crossing of the geodesic: alpha0 (eq. 5), and sigma1, omega1 (eqs. 11-12).
        double salp0 = salp1 * cbet1;
        double calp0 = double.Hypot(calp1, salp1 * sbet1);
        double ssig1 = sbet1;
        double somg1 = salp0 * sbet1;
        double csig1 = sbet1 != 0 || calp1 != 0 ? cbet1 * calp1 : 1;
        double comg1 = csig1;
        AngleMath.Normalize(ref ssig1, ref csig1);

        double eps = EpsFromK2(calp0 * calp0 * _ep2);
        Span<double> c1 = stackalloc double[BufferLength];
        Span<double> c1p = stackalloc double[BufferLength];
        Span<double> c3 = stackalloc double[BufferLength];
        double a1m1 = A1m1(eps);
        C1(eps, c1);
        C1Prime(eps, c1p);
        C3(_c3Table, eps, c3);

        double b11 = SinSeries(ssig1, csig1, c1, Order);
        (double sb11, double cb11) = Math.SinCos(b11);
        double stau1 = (ssig1 * cb11) + (csig1 * sb11);
        double ctau1 = (csig1 * cb11) - (ssig1 * sb11);

        // tau12 from the distance, then sigma12 from the reverted series (eq. 20).
        double tau12 = s12 / (_b * (1 + a1m1));
        (double stau12, double ctau12) = Math.SinCos(tau12);
        double b12 = -SinSeries((stau1 * ctau12) + (ctau1 * stau12), (ctau1 * ctau12) - (stau1 * stau12), c1p, Order);
        double sig12 = tau12 - (b12 - b11);
        (double ssig12, double csig12) = Math.SinCos(sig12);

        double ssig2 = (ssig1 * csig12) + (csig1 * ssig12);
        double csig2 = (csig1 * csig12) - (ssig1 * ssig12);
        double sbet2 = calp0 * ssig2;
        double cbet2 = double.Hypot(salp0, calp0 * csig2);
        if (cbet2 == 0)
        {
            // Meridional geodesic ending at a pole: keep the azimuth defined.
            cbet2 = csig2 = Tiny;
        }

        double salp2 = salp0;
        double calp2 = calp0 * csig2;
        double somg2 = salp0 * ssig2;
        double comg2 = csig2;
        double omg12 = Math.Atan2((somg2 * comg1) - (comg2 * somg1), (comg2 * comg1) + (somg2 * somg1));

        // Longitude on the ellipsoid from longitude on the auxiliary sphere (eq. 8 with the I3 series).
        double a3c = -_f * salp0 * A3(_a3Table, eps);
        double b31 = SinSeries(ssig1, csig1, c3, Order - 1);
        double lam12 = omg12 + (a3c * (sig12 + (SinSeries(ssig2, csig2, c3, Order - 1) - b31)));
        double lon12 = lam12 / AngleMath.Degree;
        double lon2 = AngleMath.Normalize(AngleMath.Normalize(lon1) + AngleMath.Normalize(lon12));

        return new GeodesicDirectResult(
            AngleMath.Atan2(sbet2, _f1 * cbet2),
            lon2,
            AngleMath.Atan2(salp2, calp2),
            sig12 / AngleMath.Degree);
    }
}
