namespace Routes.Geo.TestSupport;

/// <summary>
/// Vincenty's inverse formula (Survey Review 23, 1975), written here as a second, independent
/// method: sub-millimetre on WGS84 for points that are not nearly antipodal.
/// </summary>
public static class Vincenty
{
    private const double A = 6378137;
    private const double F = 1 / 298.257223563;
    private const double B = A * (1 - F);

    public static double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        double u1 = Math.Atan((1 - F) * Math.Tan(Radians(lat1)));
        double u2 = Math.Atan((1 - F) * Math.Tan(Radians(lat2)));
        double l = Radians(lon2 - lon1);
        double sinU1 = Math.Sin(u1), cosU1 = Math.Cos(u1), sinU2 = Math.Sin(u2), cosU2 = Math.Cos(u2);
        double lambda = l, sigma, sinSigma, cosSigma, cos2Alpha, cos2SigmaM;
        for (int i = 0; ; i++)
        {
            double sinLambda = Math.Sin(lambda), cosLambda = Math.Cos(lambda);
            sinSigma = Math.Sqrt(Math.Pow(cosU2 * sinLambda, 2) + Math.Pow((cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda), 2));
            if (sinSigma == 0)
            {
                return 0;
            }

            cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            sigma = Math.Atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cos2Alpha = 1 - (sinAlpha * sinAlpha);
            cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - (2 * sinU1 * sinU2 / cos2Alpha);
            double c = F / 16 * cos2Alpha * (4 + (F * (4 - (3 * cos2Alpha))));
            double previous = lambda;
            lambda = l + ((1 - c) * F * sinAlpha * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < 1e-13 || i > 200)
            {
                break;
            }
        }

        double uSq = cos2Alpha * ((A * A) - (B * B)) / (B * B);
        double bigA = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
        double bigB = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
        double deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))
            - (bigB / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
        return B * bigA * (sigma - deltaSigma);
    }

    public static double Distance(GeoPoint a, GeoPoint b) => Distance(a.Latitude, a.Longitude, b.Latitude, b.Longitude);

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
