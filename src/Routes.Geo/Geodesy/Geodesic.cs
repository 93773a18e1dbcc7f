namespace Routes.Geo.Geodesy;

/// <summary>
/// Geodesics on an ellipsoid of revolution, after C. F. F. Karney, "Algorithms for geodesics",
/// J. Geodesy 87 (2013) 43-55: inverse problem (distance and azimuths between two points) and
/// direct problem (end point from start, azimuth and distance), accurate to a few nanometres on
/// WGS84 for any pair of points, including nearly antipodal, polar, equatorial and coincident ones.
/// Instances are immutable and safe to share between threads; the methods do not allocate.
/// </summary>
public sealed partial class Geodesic
{
    // Square root of the smallest normal double: keeps cos(beta) positive at the poles.
    private static readonly double Tiny = Math.Sqrt(2.2250738585072014E-308);
    private static readonly double Tol0 = Math.BitIncrement(1.0) - 1.0;
    private static readonly double Tol1 = 200 * Tol0;
    private static readonly double Tol2 = Math.Sqrt(Tol0);
    private static readonly double XThreshold = 1000 * Tol2;
    private const int MaxNewtonIterations = 20;
    private const int MaxIterations = MaxNewtonIterations + 53 + 10;

    private readonly double _a;
    private readonly double _f;
    private readonly double _f1;
    private readonly double _ep2;
    private readonly double _n;
    private readonly double _b;
    private readonly double _etol2;
    private readonly double[] _a3Table;
    private readonly double[] _c3Table;

    /// <summary>
    /// Creates the geodesic calculator for an ellipsoid.
    /// </summary>
    /// <param name="equatorialRadiusMetres">Equatorial radius a in metres: finite and positive.</param>
    /// <param name="flattening">
    /// Flattening f = (a - b) / a, from 0 (a sphere) to 1/100; the order-6 series used are exact to
    /// round-off only in that range, which covers every terrestrial ellipsoid.
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is outside the range above.</exception>
    public Geodesic(double equatorialRadiusMetres, double flattening)
    {
        if (!double.IsFinite(equatorialRadiusMetres) || equatorialRadiusMetres <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(equatorialRadiusMetres), equatorialRadiusMetres,
                "The equatorial radius must be a finite positive number of metres.");
        }

        if (!(flattening is >= 0 and <= 0.01))
        {
            throw new ArgumentOutOfRangeException(nameof(flattening), flattening,
                "The flattening must be in 0..0.01 (a sphere up to 1/100).");
        }

        _a = equatorialRadiusMetres;
        _f = flattening;
        _f1 = 1 - _f;
        double e2 = _f * (2 - _f);
        _ep2 = e2 / (_f1 * _f1);
        _n = _f / (2 - _f);
        _b = _a * _f1;

        // Threshold below which a line is short enough for the closed-form start to be exact.
        _etol2 = 0.1 * Tol2 / Math.Sqrt(Math.Max(0.001, _f) * Math.Min(1, 1 - (_f / 2)) / 2);
        _a3Table = GeodesicSeries.A3Table(_n);
        _c3Table = GeodesicSeries.C3Table(_n);
    }

    /// <summary>The WGS84 ellipsoid: a = 6378137 m, f = 1/298.257223563.</summary>
    public static Geodesic Wgs84 { get; } = new(6378137, 1 / 298.257223563);

    /// <summary>Equatorial radius a in metres.</summary>
    public double EquatorialRadiusMetres => _a;

    /// <summary>Flattening f.</summary>
    public double Flattening => _f;

    /// <summary>
    /// Solves the inverse problem: the shortest geodesic from (lat1, lon1) to (lat2, lon2), in degrees.
    /// Longitudes may be any finite value (they are reduced modulo 360). At a pole the azimuths
    /// follow the convention of GeographicLib: the pole is the limit approached along the given
    /// meridian.
    /// </summary>
    /// <returns>Distance, both azimuths, arc length and reduced length.</returns>
    /// <exception cref="InvalidCoordinateException">
    /// A latitude is NaN, infinite or outside -90..90, or a longitude is NaN or infinite.
    /// </exception>
    public GeodesicInverseResult Inverse(double lat1, double lon1, double lat2, double lon2)
    {
        Validate(lat1, lon1, "Geodesic.Inverse point 1");
        Validate(lat2, lon2, "Geodesic.Inverse point 2");
        double a12 = SolveInverse(lat1, lon1, lat2, lon2, wantReducedLength: true,
            out double s12, out double salp1, out double calp1, out double salp2, out double calp2, out double m12);
        return new GeodesicInverseResult(
            s12,
            AngleMath.Atan2(salp1, calp1),
            AngleMath.Atan2(salp2, calp2),
            a12,
            m12);
    }

    /// <summary>Solves the inverse problem between two validated points.</summary>
    /// <returns>Distance, both azimuths, arc length and reduced length.</returns>
    public GeodesicInverseResult Inverse(GeoPoint from, GeoPoint to) =>
        Inverse(from.Latitude, from.Longitude, to.Latitude, to.Longitude);

    /// <summary>
    /// Length in metres of the shortest geodesic between two points given in degrees; the same
    /// value as <see cref="Inverse(double, double, double, double)"/> returns, computed without
    /// the azimuths and reduced length.
    /// </summary>
    /// <returns>The distance in metres, 0 for coincident points.</returns>
    /// <exception cref="InvalidCoordinateException">
    /// A latitude is NaN, infinite or outside -90..90, or a longitude is NaN or infinite.
    /// </exception>
    public double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        Validate(lat1, lon1, "Geodesic.Distance point 1");
        Validate(lat2, lon2, "Geodesic.Distance point 2");
        SolveInverse(lat1, lon1, lat2, lon2, wantReducedLength: false,
            out double s12, out _, out _, out _, out _, out _);
        return s12;
    }

    /// <summary>Length in metres of the shortest geodesic between two validated points.</summary>
    /// <returns>The distance in metres, 0 for coincident points.</returns>
    public double Distance(GeoPoint from, GeoPoint to) =>
        Distance(from.Latitude, from.Longitude, to.Latitude, to.Longitude);

    /// <summary>
    /// Solves the direct problem: the end of the geodesic that leaves (lat1, lon1) with azimuth
    /// <paramref name="azi1"/> (degrees clockwise from north) and runs for
    /// <paramref name="distanceMetres"/> (negative runs backwards). At a pole the azimuth is
    /// taken relative to the meridian <paramref name="lon1"/>.
    /// </summary>
    /// <returns>End latitude, longitude (in [-180, 180]), forward azimuth there and arc length.</returns>
    /// <exception cref="InvalidCoordinateException">
    /// The latitude is NaN, infinite or outside -90..90, or the longitude is NaN or infinite.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The azimuth or the distance is NaN or infinite.</exception>
    public GeodesicDirectResult Direct(double lat1, double lon1, double azi1, double distanceMetres)
    {
        Validate(lat1, lon1, "Geodesic.Direct start");
        if (!double.IsFinite(azi1))
        {
            throw new ArgumentOutOfRangeException(nameof(azi1), azi1, "The azimuth must be a finite number of degrees.");
        }

        if (!double.IsFinite(distanceMetres))
        {
            throw new ArgumentOutOfRangeException(nameof(distanceMetres), distanceMetres,
                "The distance must be a finite number of metres.");
        }

        return SolveDirect(lat1, lon1, azi1, distanceMetres);
    }

    /// <summary>Solves the direct problem from a validated point; see <see cref="Direct(double, double, double, double)"/>.</summary>
    /// <returns>End latitude, longitude, forward azimuth there and arc length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The azimuth or the distance is NaN or infinite.</exception>
    public GeodesicDirectResult Direct(GeoPoint from, double azi1, double distanceMetres) =>
        Direct(from.Latitude, from.Longitude, azi1, distanceMetres);

    private static void Validate(double latitude, double longitude, string context)
    {
        if (!(latitude is >= -90 and <= 90) || !double.IsFinite(longitude))
        {
            throw new InvalidCoordinateException(latitude, longitude, context);
        }
    }
}
