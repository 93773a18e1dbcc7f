using NetTopologySuite.Geometries;
using Routes.Geo.Routing;

namespace Routes.Geo.Tours;

/// <summary>The area reachable from a point within a travel time.</summary>
/// <param name="Origin">Where the origin was snapped.</param>
/// <param name="Within">The travel time.</param>
/// <param name="Profile">The profile's name.</param>
/// <param name="Area">The area, a <see cref="Polygon"/> or <see cref="MultiPolygon"/> in WGS84 (X = longitude, Y = latitude, SRID 4326).</param>
/// <param name="AreaSquareMetres">Its area in square metres, measured in Lambert-93 (see <see cref="Isochrone"/>).</param>
/// <param name="ReachedPieces">How many edge pieces (whole edges, plus the parts cut at the boundary) were reached.</param>
public sealed record IsochroneResult(SnapResult Origin, TimeSpan Within, string Profile, Geometry Area, double AreaSquareMetres, int ReachedPieces);
