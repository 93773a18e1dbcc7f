using NetTopologySuite.Geometries;

namespace Routes.Geo.Isochrones;

/// <summary>The area reachable within one travel time.</summary>
/// <param name="Within">The travel time.</param>
/// <param name="Area">The area, a <see cref="Polygon"/> or <see cref="MultiPolygon"/> in WGS84 (X = longitude, Y = latitude, SRID 4326); it contains the smaller bands.</param>
/// <param name="AreaSquareMetres">Its area on the WGS84 ellipsoid (<see cref="Geodesy.EllipsoidMeasure.Area"/>), square metres.</param>
/// <param name="ReachedPieces">How many pieces of road (whole edges, plus the parts cut where time runs out) were reached.</param>
public sealed record IsochroneBand(TimeSpan Within, Geometry Area, double AreaSquareMetres, int ReachedPieces);
