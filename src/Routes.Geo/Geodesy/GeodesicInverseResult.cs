namespace Routes.Geo.Geodesy;

/// <summary>
/// Solution of the inverse geodesic problem: the shortest path on the ellipsoid from point 1 to
/// point 2. Azimuths are in degrees clockwise from north, in [-180, 180].
/// </summary>
/// <param name="DistanceMetres">Length s12 of the geodesic in metres (0 for coincident points).</param>
/// <param name="Azimuth1Degrees">Azimuth azi1 of the geodesic at point 1, in degrees.</param>
/// <param name="Azimuth2Degrees">Forward azimuth azi2 at point 2 (the direction of travel on arrival), in degrees.</param>
/// <param name="ArcDegrees">Arc length a12 on the auxiliary sphere, in degrees.</param>
/// <param name="ReducedLengthMetres">Reduced length m12 in metres (Karney 2013, eq. 33).</param>
public readonly record struct GeodesicInverseResult(
    double DistanceMetres,
    double Azimuth1Degrees,
    double Azimuth2Degrees,
    double ArcDegrees,
    double ReducedLengthMetres);
